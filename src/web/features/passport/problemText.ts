import type { i18n as I18n } from 'i18next';
import type { ValueProblem } from '../../../domain/passport/check-value.js';
import type { IndicatorColumn, Indicator } from '../../../domain/passport/types.js';
import { DEFAULT_LANGUAGE, isLanguage } from '../../../i18n/resources.js';
import { translateCode } from '../../shared/translateError.js';

/** Message keys for the kind of number an input takes, by the `expected` parameter of `invalid_type`. */
const EXPECTED_NUMBER_KEYS: Record<string, string> = {
  number: 'errors:passport.number_expected',
  integer: 'errors:passport.integer_expected',
};

function capitalize(text: string, language: string): string {
  return text.charAt(0).toLocaleUpperCase(language) + text.slice(1);
}

/**
 * Translates a problem with one value of an indicator or a table cell, as
 * checkValue reports it or as a server field error carries it (the code
 * without 'passport.', or a row's `reason`). A pattern error names the
 * definition's format hint, and a cell's `missing` becomes "a required cell
 * is empty".
 */
export function problemText(i18n: I18n, problem: ValueProblem, definition: Indicator | IndicatorColumn | undefined): string {
  const language = isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
  const expected = problem.params?.expected;

  if (problem.code === 'invalid_type' && typeof expected === 'string' && EXPECTED_NUMBER_KEYS[expected]) {
    return i18n.t(EXPECTED_NUMBER_KEYS[expected]);
  }

  const formatHint = definition?.formatHint?.[language];
  if (problem.code === 'invalid_format' && formatHint) {
    return i18n.t('errors:passport.invalid_format', { format: formatHint });
  }

  // Codes that only occur in table rows, such as `missing`, have only a row reason text.
  const rowReasonKey = `errors:passport.row_reason.${problem.code}`;
  if (!i18n.exists(`errors:passport.${problem.code}`) && i18n.exists(rowReasonKey)) {
    return capitalize(translateCode(i18n, { code: `passport.row_reason.${problem.code}`, params: problem.params }), language);
  }

  return translateCode(i18n, { code: `passport.${problem.code}`, params: problem.params });
}
