import type { FormInstance } from 'antd';
import type { i18n as I18n } from 'i18next';
import type { ApiError, FieldError } from '../../api/client.js';
import { indicatorByCode } from '../../../domain/passport/catalogue.js';
import { translateCode } from '../../shared/translateError.js';
import { PERSONAL_FIELD_NAMES } from './formValues.js';
import { problemText } from './problemText.js';

type FieldName = (string | number)[];

/**
 * Returns the form field of a server field error. A table's row problem
 * (`passport.<code>` with `row` and `column`) goes to that cell, with the
 * 1-based row turned into the form list's 0-based index.
 */
function formFieldOf(error: FieldError, indicatorCodes: Set<string>): FieldName | null {
  const [head, code] = error.field.split('.');

  if (head === 'passport' && code && indicatorCodes.has(code)) {
    const row = Number(error.params?.row);
    const column = error.params?.column;
    const isCell = error.code === 'passport.invalid_row' && Number.isInteger(row) && row > 0 && typeof column === 'string';
    return isCell ? ['passport', code, row - 1, column] : ['passport', code];
  }

  return (PERSONAL_FIELD_NAMES as readonly string[]).includes(head) ? [head] : null;
}

function messageOf(i18n: I18n, error: FieldError, name: FieldName): string {
  const [head, code] = error.field.split('.');
  if (head !== 'passport' || error.code === 'passport.unknown_indicator') return translateCode(i18n, error, error.code);

  const indicator = indicatorByCode(code);

  // A cell shows only the reason, because its position already gives the row and column.
  if (name.length === 4) {
    const { row: _row, column, reason, ...params } = error.params ?? {};
    const definition = indicator?.columns?.find((candidate) => candidate.code === column);
    return problemText(i18n, { code: String(reason), params }, definition);
  }

  if (error.code === 'passport.invalid_row') return translateCode(i18n, error, error.code);

  return problemText(i18n, { code: error.code.replace(/^passport\./, ''), params: error.params }, indicator);
}

/** Show the server's field errors under their inputs; returns the texts that belong to no input. */
export function showFieldErrors(form: FormInstance, i18n: I18n, error: ApiError, indicatorCodes: Set<string>): string[] {
  const unmatched: string[] = [];
  const byName = new Map<string, { name: FieldName; errors: string[] }>();

  for (const fieldError of error.fieldErrors) {
    const name = formFieldOf(fieldError, indicatorCodes);
    if (!name) {
      unmatched.push(translateCode(i18n, fieldError, fieldError.code));
      continue;
    }

    const key = JSON.stringify(name);
    const entry = byName.get(key) ?? { name, errors: [] };
    entry.errors.push(messageOf(i18n, fieldError, name));
    byName.set(key, entry);
  }

  form.setFields([...byName.values()]);
  return unmatched;
}
