import { Space, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { FillTag } from '../../shared/FillTag.js';
import { useCanWrite } from '../auth/permissions.js';
import { gradeLabel } from '../../shared/gradeLabel.js';
import { PagedTable } from '../contingent/PagedTable.js';
import type { ContingentQuery } from '../contingent/types.js';
import type { GraduateItem, GraduatePage } from './types.js';
import { UndoGraduationButton } from './UndoGraduationButton.js';

interface GraduatesTableProps {
  organizationId: number;
  query: ContingentQuery;
  data: GraduatePage | undefined;
  loading: boolean;
  onPageChange: (change: Partial<ContingentQuery>) => void;
}

/** Renders the Graduates tab of the contingent list: graduates with their graduation year and, within 14 days, "Undo graduation". */
export function GraduatesTable({ organizationId, query, data, loading, onPageChange }: GraduatesTableProps) {
  const { t } = useTranslation();
  const firstRowNumber = (query.page - 1) * query.pageSize + 1;
  const canWrite = useCanWrite();

  const columns: TableColumnsType<GraduateItem> = [
    { key: 'number', title: '№', width: 56, render: (_value, _graduate, index) => firstRowNumber + index },
    { key: 'id', title: t('contingent:columns.id'), dataIndex: 'id' },
    { key: 'iin', title: t('contingent:columns.iin'), dataIndex: 'iin' },
    { key: 'fill', title: t('common:fillStatistics'), render: (_value, graduate) => <FillTag fill={graduate.fill} /> },
    { key: 'lastName', title: t('contingent:columns.lastName'), dataIndex: 'lastName' },
    { key: 'firstName', title: t('contingent:columns.firstName'), dataIndex: 'firstName' },
    { key: 'middleName', title: t('contingent:columns.middleName'), dataIndex: 'middleName' },
    { key: 'grade', title: t('contingent:columns.grade'), render: (_value, graduate) => gradeLabel(t, graduate.grade) },
    { key: 'letter', title: t('contingent:columns.letter'), dataIndex: 'letter' },
    { key: 'graduationYear', title: t('graduation:columns.graduationYear'), dataIndex: 'graduationYear' },
    {
      key: 'action',
      title: t('contingent:columns.action'),
      render: (_value, graduate) => (
        <Space orientation="vertical" size={4}>
          <Link to={`/students/${graduate.id}`}>{t('contingent:actions.openPassport')}</Link>
          {canWrite && graduate.canUndo && <UndoGraduationButton organizationId={organizationId} graduate={graduate} />}
        </Space>
      ),
    },
  ];

  return (
    <PagedTable<GraduateItem> rowKey="enrolmentId" columns={columns} page={data} loading={loading} query={query} onPageChange={onPageChange} />
  );
}
