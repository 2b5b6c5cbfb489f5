import { ExportOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Space, Tabs, Typography } from 'antd';
import { useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ErrorState } from '../../shared/ErrorState.js';
import { useCanWrite } from '../auth/permissions.js';
import { RecordCount } from '../../shared/RecordCount.js';
import { CONTINGENT_IMPORT_PATH } from '../contingent-import/paths.js';
import { ExportButton } from '../exports/ExportButton.js';
import { NoOrganization } from '../organization/NoOrganization.js';
import { useCurrentOrganizationId } from '../organization/useCurrentOrganizationId.js';
import { PendingArrivalsList } from '../arrivals/PendingArrivalsList.js';
import { DepartedList } from '../departures/DepartedList.js';
import { PendingDeparturesList } from '../departures/PendingDeparturesList.js';
import { GraduatesList } from '../graduation/GraduatesList.js';
import { fullName } from '../graduation/studentName.js';
import { yearEndPath } from '../graduation/yearEndSections.js';
import { StudyFormToolbar } from '../study-form/StudyFormToolbar.js';
import { AddStudentDialog } from './AddStudentDialog.js';
import { ContingentFilters } from './ContingentFilters.js';
import { StudentTable } from './StudentTable.js';
import { STUDENT_STATUSES, isStudentStatus, type ContingentQuery, type StudentStatus } from './types.js';
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
  const TabList = TAB_LISTS[query.status] ?? StudentList;

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
          {canWrite && (
            <Button icon={<UploadOutlined />} onClick={() => navigate(CONTINGENT_IMPORT_PATH)}>
              {t('excel:import.button')}
            </Button>
          )}
          <ContingentExportButton organizationId={organizationId} query={query} />
        </Space>
      </Space>
      <Tabs
        activeKey={query.status}
        onChange={(key) => isStudentStatus(key) && update({ status: key })}
        items={STUDENT_STATUSES.map((status) => ({ key: status, label: t(`contingent:tabs.${status}`) }))}
      />
      <ContingentFilters query={query} onChange={update} showLetter={!graduatesTab} />
      <TabList organizationId={organizationId} query={query} onChange={update} />
      {canWrite && <AddStudentDialog organizationId={organizationId} open={adding} onClose={() => setAdding(false)} />}
    </Card>
  );
}

/** Exports of the tabs whose lists have endpoints and columns of their own, by tab. */
const TAB_EXPORTS: Partial<Record<StudentStatus, string>> = {
  graduated: 'graduates',
  departed: 'departed',
  pending_departure: 'pending-departures',
  pending_arrival: 'pending-arrivals',
};

/**
 * Renders "Export to Excel" for the open tab with its filters. The tabs of
 * TAB_EXPORTS export their own lists. The Contingent tab offers the list's
 * columns or the whole passport, which is the layout the import reads back.
 */
function ContingentExportButton({ organizationId, query }: { organizationId: number; query: ContingentQuery }) {
  const { t } = useTranslation();
  const filters = { grade: query.grade, q: query.q.trim() };
  const tabExport = TAB_EXPORTS[query.status];

  if (tabExport) {
    // The Graduates tab filters by grade and search only, so its export takes no letter.
    const params = query.status === 'graduated' ? filters : { ...filters, letter: query.letter };
    return <ExportButton organizationId={organizationId} list={tabExport} params={params} />;
  }

  return (
    <ExportButton
      organizationId={organizationId}
      list="contingent"
      params={{ ...filters, status: query.status, letter: query.letter }}
      variants={[
        { key: 'list', label: t('excel:export.list'), params: { columns: 'list' } },
        { key: 'passport', label: t('excel:export.withPassport'), params: { columns: 'passport' } },
      ]}
    />
  );
}

interface StudentListProps {
  organizationId: number;
  query: ContingentQuery;
  onChange: (change: Partial<ContingentQuery>) => void;
}

/** Tabs whose lists have endpoints and columns of their own; the others show StudentList. */
const TAB_LISTS: Partial<Record<StudentStatus, ComponentType<StudentListProps>>> = {
  graduated: GraduatesList,
  departed: DepartedList,
  pending_departure: PendingDeparturesList,
  pending_arrival: PendingArrivalsList,
};

/**
 * Renders the body of the Contingent tab: "Change study form" for the
 * selected students, the record count and one page of students. The
 * selection survives paging and filtering.
 */
function StudentList({ organizationId, query, onChange }: StudentListProps) {
  const { t } = useTranslation();
  const students = useStudents(organizationId, query);
  const canWrite = useCanWrite();
  const [selectedIds, setSelectedIds] = useState<number[]>([]);

  if (students.isError) return <ErrorState error={students.error} onRetry={() => void students.refetch()} />;

  return (
    <>
      {canWrite && (
        <StudyFormToolbar organizationId={organizationId} selectedIds={selectedIds} total={students.data?.total ?? 0} onChanged={() => setSelectedIds([])} />
      )}
      <RecordCount page={students.data} />
      <StudentTable
        query={query}
        data={students.data}
        loading={students.isFetching}
        onPageChange={onChange}
        rowSelection={
          canWrite
            ? {
                selectedRowKeys: selectedIds,
                preserveSelectedRowKeys: true,
                onChange: (keys) => setSelectedIds(keys.map(Number)),
                getCheckboxProps: (student) => ({ 'aria-label': t('studyForm:selectRow', { name: fullName(student) }) }),
                getTitleCheckboxProps: () => ({ 'aria-label': t('studyForm:selectPage') }),
              }
            : undefined
        }
      />
    </>
  );
}
