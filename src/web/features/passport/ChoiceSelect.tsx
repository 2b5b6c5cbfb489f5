import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { IndicatorOption } from '../../../domain/passport/types.js';
import type { DictionaryEntry } from '../../shared/useDictionaries.js';
import { dictionaryOptions } from '../../shared/useDictionaries.js';
import { useLanguage } from '../../shared/useLanguage.js';

interface ChoiceSelectProps {
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** Entries of the indicator's dictionary; used when `options` is absent. */
  entries?: DictionaryEntry[];
  options?: IndicatorOption[];
  grade?: number | null;
  loading?: boolean;
  'aria-label'?: string;
}

/** Renders a choice indicator with its own options, or the active dictionary entries for the grade, labelled in the UI language. */
export function ChoiceSelect({ id, value, onChange, entries, options, grade, loading, ...aria }: ChoiceSelectProps) {
  const { t } = useTranslation();
  const language = useLanguage();

  const selectOptions = options
    ? options.map((option) => ({ value: option.code, label: option.labels[language] }))
    : dictionaryOptions(entries, language, grade, value);

  return (
    <Select<string>
      id={id}
      aria-label={aria['aria-label']}
      className="passport-select"
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? null)}
      options={selectOptions}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={t('common:select')}
      loading={loading}
      popupMatchSelectWidth={false}
    />
  );
}
