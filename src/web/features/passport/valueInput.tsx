import { DatePicker, Input, Radio } from 'antd';
import type { FormItemProps } from 'antd';
import type { i18n as I18n, TFunction } from 'i18next';
import type { ReactElement } from 'react';
import type { Indicator, IndicatorColumn } from '../../../domain/passport/types.js';
import { DISPLAY_DATE_FORMAT, fromDayjs, toDayjs } from '../../shared/dates.js';
import type { Dictionaries } from '../../shared/useDictionaries.js';
import { ChoiceSelect } from './ChoiceSelect.js';
import { NumberInput } from './NumberInput.js';
import type { PassportValues } from './types.js';

export type ValueDefinition = Indicator | IndicatorColumn;

export interface ValueInputContext {
  t: TFunction;
  i18n: I18n;
  /** Today as 'YYYY-MM-DD' from the server's clock, for dates that cannot lie ahead; unknown while loading. */
  today: string | undefined;
  /** The indicator values as saved, which the client checks do not repeat. */
  saved: PassportValues;
  dictionaries: Dictionaries | undefined;
  dictionariesLoading: boolean;
  grade: number | null;
  /** The user only reads the passport: tables show no buttons to add or delete rows. */
  readOnly: boolean;
}

/** Form.Item props that keep dates as 'YYYY-MM-DD' strings in the form while the DatePicker works with dayjs. */
export function valueItemProps(definition: ValueDefinition): Pick<FormItemProps, 'getValueProps' | 'normalize'> {
  if (definition.type !== 'date') return {};

  return {
    getValueProps: (value: unknown) => ({ value: toDayjs(value) }),
    normalize: (value) => fromDayjs(value),
  };
}

/**
 * Renders the input for one value of a type other than 'table'. `ariaLabel`
 * names inputs that have no label element, such as the cells of a table.
 */
export function renderValueInput(definition: ValueDefinition, context: ValueInputContext, ariaLabel?: string): ReactElement {
  const { t } = context;

  switch (definition.type) {
    case 'text':
      return <Input aria-label={ariaLabel} maxLength={definition.maxLength} />;
    case 'number':
      return <NumberInput aria-label={ariaLabel} />;
    case 'date':
      return <DatePicker aria-label={ariaLabel} format={DISPLAY_DATE_FORMAT} />;
    case 'boolean':
      return (
        <Radio.Group
          aria-label={ariaLabel}
          options={[
            { value: true, label: t('common:yes') },
            { value: false, label: t('common:no') },
          ]}
        />
      );
    case 'choice':
      return (
        <ChoiceSelect
          aria-label={ariaLabel}
          options={definition.options}
          entries={definition.dictionary ? context.dictionaries?.[definition.dictionary] : undefined}
          grade={context.grade}
          loading={context.dictionariesLoading}
        />
      );
    case 'table':
      throw new Error(`renderValueInput received the table "${definition.code}"; TableIndicator renders tables`);
  }
}
