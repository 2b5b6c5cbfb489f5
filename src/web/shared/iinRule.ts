import type { FormRule } from 'antd';
import type { i18n as I18n } from 'i18next';
import { parseIin } from '../../domain/iin.js';
import { translateCode } from './translateError.js';

/** Returns an antd form rule that checks the IIN's length, digits, birth date and check digit before the server does. */
export function iinRule(i18n: I18n): FormRule {
  return {
    validator: async (_rule, value: unknown) => {
      if (typeof value !== 'string' || value === '') return;

      const parsed = parseIin(value);
      if (!parsed.ok) throw new Error(translateCode(i18n, { code: 'student.iin_invalid', params: { reason: parsed.reason } }));
    },
  };
}
