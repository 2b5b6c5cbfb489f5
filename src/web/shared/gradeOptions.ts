import type { TFunction } from 'i18next';
import { GRADES } from '../../domain/grades.js';
import { CLASS_LETTERS } from '../../domain/kazakh-order.js';
import { gradeLabel } from './gradeLabel.js';

export function gradeOptions(t: TFunction): { value: number; label: string }[] {
  return GRADES.map((grade) => ({ value: grade, label: gradeLabel(t, grade) }));
}

export const letterOptions: { value: string; label: string }[] = CLASS_LETTERS.map((letter) => ({ value: letter, label: letter }));
