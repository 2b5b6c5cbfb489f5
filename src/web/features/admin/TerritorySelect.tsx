import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localizedName } from '../../shared/localizedName.js';
import { useLanguage } from '../../shared/useLanguage.js';
import { useTerritorySearch } from './adminApi.js';

interface TerritorySelectProps {
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** Only territories of this KATO level: district, oblast, settlement. */
  level?: string;
  currentLabel?: string;
}

/** Renders a select of KATO territories that searches by name or code. */
export function TerritorySelect({ id, value, onChange, level, currentLabel }: TerritorySelectProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [text, setText] = useState('');
  const search = useTerritorySearch(text, level);

  const options = (search.data ?? []).map((territory) => ({ value: territory.kato, label: `${localizedName(territory.names, language)} (${territory.kato})` }));
  if (value && !options.some((option) => option.value === value)) options.unshift({ value, label: currentLabel ? `${currentLabel} (${value})` : value });

  return (
    <Select<string>
      id={id}
      showSearch={{ filterOption: false, onSearch: setText }}
      allowClear
      value={value ?? undefined}
      placeholder={t('admin:users.territoryPlaceholder')}
      options={options}
      loading={search.isFetching}
      notFoundContent={search.isFetching ? null : t('errors:territory.not_found')}
      onChange={(next) => onChange?.(next ?? null)}
    />
  );
}
