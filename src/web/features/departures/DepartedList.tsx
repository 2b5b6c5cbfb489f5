import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDisplayDate } from '../../shared/dates.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { RecordCount } from '../../shared/RecordCount.js';
import { useDictionaries } from '../../shared/useDictionaries.js';
import { useLanguage } from '../../shared/useLanguage.js';
import { PagedTable } from '../contingent/PagedTable.js';
import type { ContingentQuery } from '../contingent/types.js';
import { orderText, studentColumns } from './studentColumns.js';
import type { DepartedItem } from './types.js';
import { useDeparted } from './useDepartureLists.js';
import './departures.css';

interface TabListProps {
  organizationId: number;
  query: ContingentQuery;
  onChange: (change: Partial<ContingentQuery>) => void;
}

/** Renders the body of the Departed tab: students whose departure out of the register was processed, with its date, reason and order. */
export function DepartedList({ organizationId, query, onChange }: TabListProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const departed = useDeparted(organizationId, query);
  const dictionaries = useDictionaries();
  const entryName = (dictionary: string, code: string) => dictionaries.data?.[dictionary]?.find((entry) => entry.code === code)?.names[language] ?? code;

  if (departed.isError) return <ErrorState error={departed.error} onRetry={() => void departed.refetch()} />;

  const columns: TableColumnsType<DepartedItem> = [
    ...studentColumns<DepartedItem>(t, (query.page - 1) * query.pageSize + 1),
    { key: 'departureDate', title: t('departures:columns.departureDate'), render: (_value, student) => (student.departure ? formatDisplayDate(student.departure.departureDate) : '—') },
    {
      key: 'reason',
      title: t('departures:columns.reason'),
      render: (_value, student) => {
        if (!student.departure) return '—';
        const country = student.departure.country ? ` (${entryName('countries', student.departure.country)})` : '';
        return `${entryName('departureReasons', student.departure.reason)}${country}`;
      },
    },
    { key: 'order', title: t('departures:columns.order'), render: (_value, student) => (student.departure ? orderText(student.departure, formatDisplayDate) : '—') },
    { key: 'action', title: t('contingent:columns.action'), fixed: 'right', render: (_value, student) => <Link to={`/students/${student.id}`}>{t('contingent:actions.openPassport')}</Link> },
  ];

  return (
    <>
      <RecordCount page={departed.data} />
      <PagedTable<DepartedItem> rowKey="id" columns={columns} page={departed.data} loading={departed.isFetching} query={query} onPageChange={onChange} />
    </>
  );
}
