import { CheckOutlined, CloseOutlined, UserAddOutlined } from '@ant-design/icons';
import { Button, Space, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDisplayDate } from '../../shared/dates.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { RecordCount } from '../../shared/RecordCount.js';
import { PagedTable } from '../contingent/PagedTable.js';
import type { ContingentQuery } from '../contingent/types.js';
import { SchoolCell } from '../departures/SchoolCell.js';
import { orderText, studentColumns } from '../departures/studentColumns.js';
import { AcceptArrivalDialog } from './AcceptArrivalDialog.js';
import { OutgoingRequests } from './OutgoingRequests.js';
import { RegisterArrivalDialog } from './RegisterArrivalDialog.js';
import { RejectArrivalDialog } from './RejectArrivalDialog.js';
import type { PendingArrivalItem } from './types.js';
import { usePendingArrivals } from './useArrivals.js';
import '../departures/departures.css';

interface TabListProps {
  organizationId: number;
  query: ContingentQuery;
  onChange: (change: Partial<ContingentQuery>) => void;
}

type Dialog = { kind: 'accept' | 'reject'; student: PendingArrivalItem } | { kind: 'register' } | null;

/**
 * Renders the body of the Pending arrival tab: "Register arrival", this
 * school's requests to other schools, and the students other schools sent
 * here, each with "Accept" and "Reject".
 */
export function PendingArrivalsList({ organizationId, query, onChange }: TabListProps) {
  const { t } = useTranslation();
  const arrivals = usePendingArrivals(organizationId, query);
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);

  const columns: TableColumnsType<PendingArrivalItem> = [
    ...studentColumns<PendingArrivalItem>(t, (query.page - 1) * query.pageSize + 1),
    { key: 'sendingSchool', title: t('arrivals:columns.sendingSchool'), render: (_value, student) => <SchoolCell school={student.sendingSchool} /> },
    { key: 'departureDate', title: t('departures:columns.departureDate'), render: (_value, student) => (student.departure ? formatDisplayDate(student.departure.departureDate) : '—') },
    { key: 'order', title: t('departures:columns.order'), render: (_value, student) => (student.departure ? orderText(student.departure, formatDisplayDate) : '—') },
    {
      key: 'action',
      title: t('contingent:columns.action'),
      fixed: 'right',
      render: (_value, student) => (
        <Space orientation="vertical" size={4}>
          <Button type="primary" size="small" icon={<CheckOutlined />} onClick={() => setDialog({ kind: 'accept', student })}>
            {t('arrivals:pending.accept')}
          </Button>
          <Button size="small" danger icon={<CloseOutlined />} onClick={() => setDialog({ kind: 'reject', student })}>
            {t('arrivals:pending.reject')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <>
      <Space className="moves-toolbar" wrap>
        <Button icon={<UserAddOutlined />} onClick={() => setDialog({ kind: 'register' })}>
          {t('arrivals:register.button')}
        </Button>
      </Space>
      <OutgoingRequests organizationId={organizationId} />
      {arrivals.isError ? (
        <ErrorState error={arrivals.error} onRetry={() => void arrivals.refetch()} />
      ) : (
        <>
          <RecordCount page={arrivals.data} />
          <PagedTable<PendingArrivalItem> rowKey="id" columns={columns} page={arrivals.data} loading={arrivals.isFetching} query={query} onPageChange={onChange} />
        </>
      )}
      {dialog?.kind === 'accept' && <AcceptArrivalDialog organizationId={organizationId} student={dialog.student} onClose={close} />}
      {dialog?.kind === 'reject' && <RejectArrivalDialog organizationId={organizationId} student={dialog.student} onClose={close} />}
      {dialog?.kind === 'register' && <RegisterArrivalDialog organizationId={organizationId} onClose={close} />}
    </>
  );
}
