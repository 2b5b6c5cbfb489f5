import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { useLanguage } from '../../shared/useLanguage.js';
import { schoolLabel, territoryText } from './schoolName.js';
import type { SchoolView } from './types.js';

/** Milliseconds of typing pause before the search goes to the server. */
const SEARCH_DELAY_MS = 300;

interface SchoolSelectProps {
  id?: string;
  organizationId: number;
  value?: number;
  onChange?: (value: number | undefined) => void;
  /** Receives the school the user picked, with its names. */
  onSchoolChosen?: (school: SchoolView) => void;
  /** A school to offer before any search, e.g. the one that requested the student. */
  initialSchool?: SchoolView;
}

/** Renders a select of the receiving school, searched on the server by name, ID, KATO code or territory, with each school's territory under its name. */
export function SchoolSelect({ id, organizationId, value, onChange, onSchoolChosen, initialSchool }: SchoolSelectProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [text, setText] = useState('');
  const [searched, setSearched] = useState('');

  useEffect(() => {
    const timer = window.setTimeout(() => setSearched(text.trim()), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [text]);

  const search = useQuery({
    queryKey: ['organizations', organizationId, 'receiving-schools', searched],
    queryFn: () => api.get<{ items: SchoolView[] }>(`/organizations/${organizationId}/receiving-schools`, { q: searched || undefined }),
    placeholderData: keepPreviousData,
  });

  const found = search.data?.items ?? [];
  const schools = initialSchool && !found.some((school) => school.id === initialSchool.id) && searched === '' ? [initialSchool, ...found] : found;

  return (
    <Select<number>
      id={id}
      value={value}
      onChange={(schoolId, option) => {
        onChange?.(schoolId);
        const chosen = Array.isArray(option) ? undefined : (option as { school?: SchoolView } | undefined)?.school;
        if (chosen) onSchoolChosen?.(chosen);
      }}
      showSearch={{ filterOption: false, onSearch: setText }}
      placeholder={t('departures:dialog.receivingSchoolPlaceholder')}
      loading={search.isFetching}
      notFoundContent={search.isFetching ? null : t('departures:dialog.noSchools')}
      optionLabelProp="label"
      options={schools.map((school) => ({
        value: school.id,
        label: schoolLabel(school, language),
        school,
      }))}
      optionRender={(option) => (
        <div className="school-option">
          <div>{option.label}</div>
          <Typography.Text type="secondary" className="school-option__territory">
            {territoryText((option.data as { school: SchoolView }).school, language)}
          </Typography.Text>
        </div>
      )}
    />
  );
}
