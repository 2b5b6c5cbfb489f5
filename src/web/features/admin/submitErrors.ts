import type { FormInstance } from 'antd';
import type { i18n as I18n } from 'i18next';
import { isApiError } from '../../api/client.js';
import { translateError, translateFieldErrors } from '../../shared/translateError.js';

/**
 * Show a failed save: field errors under their inputs (a server path such as
 * `names.kk` is the form field ['names', 'kk']), everything else as texts for
 * an alert above the form, which this returns.
 */
export function showSaveError(form: FormInstance, i18n: I18n, error: unknown, fields: Set<string>): string[] {
  if (!isApiError(error) || error.fieldErrors.length === 0) return [translateError(i18n, error)];

  const unmatched: string[] = [];
  const matched: { name: string[]; errors: string[] }[] = [];

  for (const [field, errors] of Object.entries(translateFieldErrors(i18n, error))) {
    if (fields.has(field)) matched.push({ name: field.split('.'), errors });
    else unmatched.push(...errors);
  }

  form.setFields(matched);
  return matched.length === 0 ? [translateError(i18n, error), ...unmatched] : unmatched;
}
