import { ExportOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ErrorState } from '../../shared/ErrorState.js';
import { useCanWrite } from '../auth/permissions.js';
import { RecordCount } from '../../shared/RecordCount.js';
import { NoOrganization } from '../organization/NoOrganization.js';
import { useCurrentOrganizationId } from '../organization/useCurrentOrganizationId.js';
import { GraduatesList } from '../graduation/GraduatesList.js';
import { yearEndPath } from '../graduation/yearEndSections.js';
import { AddStudentDialog } from './AddStudentDialog.js';
import { ContingentFilters } from './ContingentFilters.js';
import { StudentTable } from './StudentTable.js';
import { STUDENT_STATUSES, isStudentStatus, type ContingentQuery } from './types.js';
import { useContingentQuery } from './useContingentQuery.js';
import { useStudents } from './useStudents.js';

export function ContingentPage() {
  const { t } = useTranslation();
  const organizationId = useCurrentOrganizationId();

  if (organizationId === null) return <NoOrganization />;

  return <ContingentList organizationId={organizationId} />;
}

function ContingentList({ organizationId }: { organizationId: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [query, update] = useContingentQuery();
  const [adding, setAdding] = useState(false);
  const canWrite = useCanWrite();
  // The graduates endpoint has its own columns and filters by grade and search only.
  const graduatesTab = query.status === 'graduated';

  return (
    <Card>
      <Space className="contingent-toolbar" wrap>
        <Typography.Title level={4} className="contingent-toolbar__title">
          {t('contingent:title')}
        </Typography.Title>
        <Space wrap>
          {canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              {t('contingent:add.button')}
            </Button>
          )}
          {canWrite && (
            <Button icon={<ExportOutlined />} onClick={() => navigate(yearEndPath('graduation'))}>
              {t('graduation:yearEnd.open')}
            </Button>
          )}
        </Space>
      </Space>
      <Tabs
        activeKey={query.status}
        onChange={(key) => isStudentStatus(key) && update({ status: key })}
        items={STUDENT_STATUSES.map((status) => ({ key: status, label: t(`contingent:tabs.${status}`) }))}
      />
      <ContingentFilters query={query} onChange={update} showLetter={!graduatesTab} />
      {graduatesTab ? (
        <GraduatesList organizationId={organizationId} query={query} onChange={update} />
      ) : (
        <StudentList organizationId={organizationId} query={query} onChange={update} />
      )}
      {canWrite && <AddStudentDialog organizationId={organizationId} open={adding} onClose={() => setAdding(false)} />}
    </Card>
  );
}

interface StudentListProps {
  organizationId: number;
  query: ContingentQuery;
  onChange: (change: Partial<ContingentQuery>) => void;
}

/** Renders the body of every tab but Graduates: the record count and one page of students. */
function StudentList({ organizationId, query, onChange }: StudentListProps) {
  const { t } = useTranslation();
  const students = useStudents(organizationId, query);

  if (students.isError) return <ErrorState error={students.error} onRetry={() => void students.refetch()} />;

  return (
    <>
      <RecordCount page={students.data} />
      <StudentTable query={query} data={students.data} loading={students.isFetching} onPageChange={onChange} />
    </>
  );
}
