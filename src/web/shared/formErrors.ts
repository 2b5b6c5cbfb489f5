import type { FormInstance } from 'antd';
import type { i18n as I18n } from 'i18next';
import type { ApiError } from '../api/client.js';
import { translateFieldErrors } from './translateError.js';

/**
 * Returns the form field that a server field path belongs to: `passport.exams.0.score`
 * belongs to the table indicator `['passport', 'exams']`, `iin` to `['iin']`.
 */
export function formFieldOf(field: string): string[] {
  const parts = field.split('.');
  return parts[0] === 'passport' && parts.length > 1 ? ['passport', parts[1]] : [parts[0]];
}

/**
 * Shows the server's field errors under the matching inputs. Returns the
 * translated errors of fields the form does not have, for a general alert.
 */
export function applyFieldErrors(form: FormInstance, i18n: I18n, error: ApiError, knownFields: Set<string>): string[] {
  const unmatched: string[] = [];
  const byName = new Map<string, { name: string[]; errors: string[] }>();

  for (const [field, errors] of Object.entries(translateFieldErrors(i18n, error))) {
    const name = formFieldOf(field);
    const key = name.join('.');

    if (!knownFields.has(key)) {
      unmatched.push(...errors);
      continue;
    }

    const entry = byName.get(key) ?? { name, errors: [] };
    entry.errors.push(...errors);
    byName.set(key, entry);
  }

  form.setFields([...byName.values()].map(({ name, errors }) => ({ name, errors })));
  return unmatched;
}
