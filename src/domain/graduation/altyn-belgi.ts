import { DICTIONARY_FLAGS } from '../dictionaries.js';
import { appliesToGrade, hasFlag, type RuleEntry } from './rule-entry.js';

export type DocumentKindErrorCode =
  | 'graduation.document_kind_grade'
  | 'graduation.altyn_belgi_final_grade_only'
  | 'graduation.altyn_belgi_not_confirmed';

export interface GraduatingStudent {
  grade: number;
  finalGrade: number;
  passport: Record<string, unknown>;
}

/**
 * Tells whether to warn about a final-grade Altyn Belgi candidate whose
 * confirmation is not checked. Grade 9 has no Altyn Belgi, so it never warns.
 */
export function altynBelgiWarning(passport: Record<string, unknown>, grade: number, finalGrade: number): boolean {
  return grade === finalGrade && passport.altyn_belgi_candidate === true && passport.altyn_belgi_confirmed !== true;
}

/**
 * Checks that a document kind may be issued to the student, and returns the
 * error code or null. The kind's grades come first. A kind flagged
 * `altyn_belgi` also needs the school's final grade, even where an
 * administrator added other grades to it, and a checked "Altyn Belgi
 * confirmed" indicator.
 */
export function checkDocumentKind(kind: RuleEntry, student: GraduatingStudent): DocumentKindErrorCode | null {
  if (!appliesToGrade(kind, student.grade)) {
    return 'graduation.document_kind_grade';
  }

  if (!hasFlag(kind, DICTIONARY_FLAGS.altynBelgi)) {
    return null;
  }

  if (student.grade !== student.finalGrade) {
    return 'graduation.altyn_belgi_final_grade_only';
  }

  return student.passport.altyn_belgi_confirmed === true ? null : 'graduation.altyn_belgi_not_confirmed';
}
