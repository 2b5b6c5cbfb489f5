import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Result, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../shared/ErrorState.js';
import { useMe } from '../auth/useMe.js';
import { AddStudentDialog } from './AddStudentDialog.js';
import { ContingentFilters } from './ContingentFilters.js';
import { StudentTable } from './StudentTable.js';
import { STUDENT_STATUSES, isStudentStatus } from './types.js';
import { useContingentQuery } from './useContingentQuery.js';
import { useStudents } from './useStudents.js';

export function ContingentPage() {
  const { t } = useTranslation();
  const me = useMe();
  const organizationId = me.data?.organizationId ?? null;

  if (organizationId === null) {
    return <Result status="info" title={t('contingent:noOrganization')} />;
  }

  return <ContingentList organizationId={organizationId} />;
}

function ContingentList({ organizationId }: { organizationId: number }) {
  const { t } = useTranslation();
  const [query, update] = useContingentQuery();
  const students = useStudents(organizationId, query);
  const [adding, setAdding] = useState(false);

  const rowsShown = students.data?.items.length ?? 0;
  const total = students.data?.total ?? 0;

  return (
    <Card>
      <Space className="contingent-toolbar" wrap>
        <Typography.Title level={4} className="contingent-toolbar__title">
          {t('contingent:title')}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
          {t('contingent:add.button')}
        </Button>
      </Space>
      <Tabs
        activeKey={query.status}
        onChange={(key) => isStudentStatus(key) && update({ status: key })}
        items={STUDENT_STATUSES.map((status) => ({ key: status, label: t(`contingent:tabs.${status}`) }))}
      />
      <ContingentFilters query={query} onChange={update} />
      {students.isError ? (
        <ErrorState error={students.error} onRetry={() => void students.refetch()} />
      ) : (
        <>
          <Typography.Paragraph className="contingent-count" aria-live="polite">
            {t('contingent:shown', { shown: rowsShown, total })}
          </Typography.Paragraph>
          <StudentTable query={query} data={students.data} loading={students.isFetching} onPageChange={update} />
        </>
      )}
      <AddStudentDialog organizationId={organizationId} open={adding} onClose={() => setAdding(false)} />
    </Card>
  );
}
