import type { TFunction } from 'i18next';

/** "6 класс", "6-сынып" or "Grade 6"; grade 0 is the pre-school class. */
export function gradeLabel(t: TFunction, grade: number): string {
  return t('common:grade', { grade });
}
