import type { FormRule } from 'antd';
import type { i18n as I18n } from 'i18next';
import { checkValue } from '../../../domain/passport/check-value.js';
import { hasValue } from '../../../domain/passport/fill.js';
import type { IndicatorColumn, Indicator } from '../../../domain/passport/types.js';
import { problemText } from './problemText.js';

export interface ValueRuleOptions {
  /** Reject an empty value, as a required table cell does; indicators may be saved empty. */
  required?: boolean;
  /** Today as 'YYYY-MM-DD' from the server's clock, or undefined until the health check returns. */
  today?: string;
  /** Tells whether the value is still the saved one, which the server does not check again. */
  unchanged?: (value: unknown) => boolean;
}

/**
 * Returns the antd rule that checks one value as the server will, before the
 * form is sent: the type, range, length, pattern and date limits of
 * checkValue. Choices are left to the server, which has the active codes.
 * A saved value that has not changed passes, as on the server, so a stored
 * date that lies after a rehearsal's "today" does not block other changes.
 */
export function valueRule(i18n: I18n, definition: Indicator | IndicatorColumn, options: ValueRuleOptions = {}): FormRule {
  return {
    validator: async (_rule, value: unknown) => {
      if (options.unchanged?.(value)) return;

      if (!hasValue(value)) {
        if (options.required) throw new Error(problemText(i18n, { code: 'missing' }, definition));
        return;
      }

      if (definition.type === 'choice' || definition.type === 'table') return;

      const problem = checkValue(definition, value, {}, { today: options.today });
      if (problem) throw new Error(problemText(i18n, problem, definition));
    },
  };
}
