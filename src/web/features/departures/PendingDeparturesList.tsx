import { Space, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDisplayDate } from '../../shared/dates.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { RecordCount } from '../../shared/RecordCount.js';
import { PagedTable } from '../contingent/PagedTable.js';
import type { ContingentQuery } from '../contingent/types.js';
import { CancelDepartureButton } from './CancelDepartureButton.js';
import { IncomingRequests } from './IncomingRequests.js';
import { ReturnedStudents } from './ReturnedStudents.js';
import { SchoolCell } from './SchoolCell.js';
import { orderText, studentColumns } from './studentColumns.js';
import type { PendingDepartureItem } from './types.js';
import { usePendingDepartures } from './useDepartureLists.js';
import './departures.css';

interface TabListProps {
  organizationId: number;
  query: ContingentQuery;
  onChange: (change: Partial<ContingentQuery>) => void;
}

/**
 * Renders the body of the Pending departure tab: other schools' requests and
 * rejected departures above, then the students who wait for the receiving
 * school, with "Cancel departure".
 */
export function PendingDeparturesList({ organizationId, query, onChange }: TabListProps) {
  const { t } = useTranslation();
  const pending = usePendingDepartures(organizationId, query);

  const columns: TableColumnsType<PendingDepartureItem> = [
    ...studentColumns<PendingDepartureItem>(t, (query.page - 1) * query.pageSize + 1),
    { key: 'receivingSchool', title: t('departures:columns.receivingSchool'), render: (_value, student) => <SchoolCell school={student.receivingSchool} /> },
    { key: 'departureDate', title: t('departures:columns.departureDate'), render: (_value, student) => (student.departure ? formatDisplayDate(student.departure.departureDate) : '—') },
    { key: 'order', title: t('departures:columns.order'), render: (_value, student) => (student.departure ? orderText(student.departure, formatDisplayDate) : '—') },
    {
      key: 'action',
      title: t('contingent:columns.action'),
      fixed: 'right',
      render: (_value, student) => (
        <Space orientation="vertical" size={4}>
          <Link to={`/students/${student.id}`}>{t('contingent:actions.openPassport')}</Link>
          <CancelDepartureButton organizationId={organizationId} student={student} />
        </Space>
      ),
    },
  ];

  return (
    <>
      <IncomingRequests organizationId={organizationId} />
      <ReturnedStudents organizationId={organizationId} />
      {pending.isError ? (
        <ErrorState error={pending.error} onRetry={() => void pending.refetch()} />
      ) : (
        <>
          <RecordCount page={pending.data} />
          <PagedTable<PendingDepartureItem> rowKey="id" columns={columns} page={pending.data} loading={pending.isFetching} query={query} onPageChange={onChange} />
        </>
      )}
    </>
  );
}
