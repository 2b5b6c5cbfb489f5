import { Form, Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { gradeOptions, letterOptions } from '../../shared/gradeOptions.js';
import type { ContingentQuery } from './types.js';

/** Milliseconds of typing pause before the search text goes to the URL and the server. */
const SEARCH_DELAY_MS = 400;

interface ContingentFiltersProps {
  query: ContingentQuery;
  onChange: (change: Partial<ContingentQuery>) => void;
  /** False on tabs whose list cannot be filtered by letter. */
  showLetter?: boolean;
}

export function ContingentFilters({ query, onChange, showLetter = true }: ContingentFiltersProps) {
  const { t } = useTranslation();
  const [searchText, setSearchText] = useState(query.q);

  // Follow the URL when it changes from outside, e.g. the browser's back button.
  useEffect(() => setSearchText(query.q), [query.q]);

  useEffect(() => {
    if (searchText === query.q) return;

    const timer = window.setTimeout(() => onChange({ q: searchText }), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [searchText, query.q, onChange]);

  return (
    <Form layout="inline" className="contingent-filters" component="div" colon={false}>
      <Form.Item label={t('contingent:filters.grade')} htmlFor="contingent-grade">
        <Select<number>
          id="contingent-grade"
          className="contingent-filters__select"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('contingent:filters.all')}
          value={query.grade ?? undefined}
          options={gradeOptions(t)}
          onChange={(grade) => onChange({ grade: grade ?? null })}
        />
      </Form.Item>
      {showLetter && (
        <Form.Item label={t('contingent:filters.letter')} htmlFor="contingent-letter">
          <Select<string>
            id="contingent-letter"
            className="contingent-filters__select"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('contingent:filters.all')}
            value={query.letter ?? undefined}
            options={letterOptions}
            onChange={(letter) => onChange({ letter: letter ?? null })}
          />
        </Form.Item>
      )}
      <Form.Item label={t('contingent:filters.search')} htmlFor="contingent-search">
        <Input.Search
          id="contingent-search"
          className="contingent-filters__search"
          allowClear
          // The server accepts 100 characters: longer text could only fail.
          maxLength={100}
          placeholder={t('contingent:filters.searchPlaceholder')}
          value={searchText}
          onChange={(event) => setSearchText(event.target.value)}
          onSearch={(text) => onChange({ q: text })}
        />
      </Form.Item>
    </Form>
  );
}
