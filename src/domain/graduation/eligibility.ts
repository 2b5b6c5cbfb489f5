import { GRADUATION_DOCUMENT_INDICATORS } from '../passport/catalogue.js';
import { computeFill, hasValue, type PassportContext } from '../passport/fill.js';

export interface GraduationReadiness {
  ready: boolean;
  /** Codes of the indicators still to fill: the attestat series, number and issue date first, then the rest in catalogue order. */
  missing: string[];
}

/**
 * Tells whether a student's passport allows graduation: the attestat series,
 * number and issue date and every indicator that computeFill requires for the
 * grade must have a value. The attestat fields are checked in every grade, so
 * a student of a grade that does not graduate is never ready.
 */
export function checkGraduationReadiness(passport: Record<string, unknown>, context: PassportContext): GraduationReadiness {
  const documentMissing: string[] = GRADUATION_DOCUMENT_INDICATORS.filter((code) => !hasValue(passport[code]));
  const otherMissing = computeFill(passport, context).missing.filter((code) => !documentMissing.includes(code));

  const missing = [...documentMissing, ...otherMissing];
  return { ready: missing.length === 0, missing };
}
