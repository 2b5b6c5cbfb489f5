import { DEFAULT_DICTIONARIES, isDictionaryName } from '../../src/domain/dictionaries.js';
import { indicatorByCode } from '../../src/domain/passport/catalogue.js';
import { computeFill } from '../../src/domain/passport/fill.js';
import type { Indicator } from '../../src/domain/passport/types.js';

/** Values for text indicators with a pattern, which the generic 'Тест' would not match. */
const PATTERNED_TEXT: Record<string, string> = {
  territorial_affiliation: '596430100',
};

/** Return a valid value of an indicator: false, 'Тест', 1, '2026-05-30', the first active choice, or an empty table. */
function sampleValue(indicator: Indicator): unknown {
  switch (indicator.type) {
    case 'boolean':
      return false;
    case 'text':
      if (!indicator.pattern) return 'Тест';
      if (PATTERNED_TEXT[indicator.code]) return PATTERNED_TEXT[indicator.code];
      throw new Error(`completePassport has no sample for the patterned text indicator "${indicator.code}"`);
    case 'number':
      return Math.max(1, indicator.min ?? 1);
    case 'date':
      return '2026-05-30';
    case 'choice':
      return firstChoice(indicator);
    case 'table':
      return [];
  }
}

function firstChoice(indicator: Indicator): string {
  if (indicator.options) return indicator.options[0].code;

  const dictionary = indicator.dictionary ?? '';
  if (!isDictionaryName(dictionary)) throw new Error(`completePassport cannot fill "${indicator.code}" from the dictionary "${dictionary}"`);

  return DEFAULT_DICTIONARIES[dictionary][0].code;
}

/**
 * Build a passport in which every indicator required for the grade has a
 * valid value, so the student is ready to graduate. `overrides` replace values; an
 * override of null or undefined removes the indicator.
 */
export function completePassport(grade: number, finalGrade = 11, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  const withOverrides = () => ({ ...values, ...overrides });

  // Filling one indicator can require another (a `when` rule), so fill until nothing is missing.
  for (let round = 0; round < 10; round += 1) {
    const missing = computeFill(withOverrides(), { grade, finalGrade }).missing.filter((code) => !(code in overrides));
    if (missing.length === 0) break;

    for (const code of missing) values[code] = sampleValue(indicatorByCode(code)!);
  }

  const passport = withOverrides();
  for (const [code, value] of Object.entries(passport)) {
    if (value === null || value === undefined) delete passport[code];
  }

  return passport;
}
