import { Form } from 'antd';
import type { Indicator } from '../../../domain/passport/types.js';
import { useLanguage } from '../../shared/useLanguage.js';
import { sameValue } from './formValues.js';
import { TableIndicator } from './TableIndicator.js';
import { renderValueInput, valueItemProps, type ValueInputContext } from './valueInput.js';
import { valueRule } from './valueRules.js';

interface IndicatorFieldProps {
  indicator: Indicator;
  required: boolean;
  context: ValueInputContext;
}

/** DOM id of the block that holds a field, the target of "Missing" links and of `?field=`. */
export function fieldAnchorId(code: string): string {
  return `field-${code}`;
}

/**
 * Renders one indicator with its label and a required mark. The mark follows
 * the current values. Saving does not demand the value, because operators fill
 * passports over several sessions, but a value that is there is checked as the
 * server checks it.
 */
export function IndicatorField({ indicator, required, context }: IndicatorFieldProps) {
  const language = useLanguage();
  const label = indicator.labels[language];

  if (indicator.type === 'table') {
    return (
      <div id={fieldAnchorId(indicator.code)} className="passport-field" role="group" aria-label={label}>
        <Form.Item label={label} required={required} layout="vertical" labelCol={{ span: 24 }} wrapperCol={{ span: 24 }}>
          <TableIndicator indicator={indicator} context={context} />
        </Form.Item>
      </div>
    );
  }

  const ariaLabel = indicator.type === 'boolean' ? label : undefined;
  const unchanged = (value: unknown) => sameValue(value, context.saved[indicator.code]);
  const rules = [valueRule(context.i18n, indicator, { today: context.today, unchanged })];

  return (
    <div id={fieldAnchorId(indicator.code)} className="passport-field">
      <Form.Item
        name={['passport', indicator.code]}
        label={label}
        required={required}
        rules={rules}
        {...valueItemProps(indicator)}
      >
        {renderValueInput(indicator, context, ariaLabel)}
      </Form.Item>
    </div>
  );
}
