import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localizedName } from '../../shared/localizedName.js';
import { useLanguage } from '../../shared/useLanguage.js';
import { useOrganizationSearch } from '../organization/useOrganizationSearch.js';

interface OrganizationSelectProps {
  id?: string;
  value?: number | null;
  onChange?: (value: number | null) => void;
  /** The name of the current value, shown before the search loads it. */
  currentLabel?: string;
}

/** Renders a select of schools that searches by name, id or KATO code. */
export function OrganizationSelect({ id, value, onChange, currentLabel }: OrganizationSelectProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [text, setText] = useState('');
  const search = useOrganizationSearch(text, true);

  const options = (search.data?.items ?? []).map((school) => ({ value: school.id, label: `${localizedName(school.names, language)} (${school.id})` }));
  if (value && currentLabel && !options.some((option) => option.value === value)) options.unshift({ value, label: currentLabel });

  return (
    <Select<number>
      id={id}
      showSearch={{ filterOption: false, onSearch: setText }}
      allowClear
      value={value ?? undefined}
      placeholder={t('admin:users.organizationPlaceholder')}
      options={options}
      loading={search.isFetching}
      notFoundContent={search.isFetching ? null : t('shell:organizationPicker.notFound')}
      onChange={(next) => onChange?.(next ?? null)}
    />
  );
}
