import { Space, type TableColumnsType, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { FillTag } from '../../shared/FillTag.js';
import { useCanWrite } from '../auth/permissions.js';
import { gradeLabel } from '../../shared/gradeLabel.js';
import { studentRowActions } from './rowActions.js';
import { PagedTable } from './PagedTable.js';
import { type ContingentQuery, type StudentListItem, type StudentPage } from './types.js';

interface StudentTableProps {
  query: ContingentQuery;
  data: StudentPage | undefined;
  loading: boolean;
  onPageChange: (change: Partial<ContingentQuery>) => void;
  rowSelection?: TableProps<StudentListItem>['rowSelection'];
}

export function StudentTable({ query, data, loading, onPageChange, rowSelection }: StudentTableProps) {
  const { t } = useTranslation();
  const firstRowNumber = (query.page - 1) * query.pageSize + 1;
  const canWrite = useCanWrite();
  const actions = studentRowActions.filter((action) => (!action.statuses || action.statuses.includes(query.status)) && (canWrite || !action.changesData));

  const columns: TableColumnsType<StudentListItem> = [
    { key: 'number', title: '№', width: 56, render: (_value, _student, index) => firstRowNumber + index },
    { key: 'id', title: t('contingent:columns.id'), dataIndex: 'id' },
    { key: 'iin', title: t('contingent:columns.iin'), dataIndex: 'iin' },
    { key: 'fill', title: t('common:fillStatistics'), render: (_value, student) => <FillTag fill={student.fill} /> },
    { key: 'lastName', title: t('contingent:columns.lastName'), dataIndex: 'lastName' },
    { key: 'firstName', title: t('contingent:columns.firstName'), dataIndex: 'firstName' },
    { key: 'middleName', title: t('contingent:columns.middleName'), dataIndex: 'middleName' },
    { key: 'grade', title: t('contingent:columns.grade'), render: (_value, student) => gradeLabel(t, student.grade) },
    { key: 'letter', title: t('contingent:columns.letter'), dataIndex: 'letter' },
    {
      key: 'action',
      title: t('contingent:columns.action'),
      render: (_value, student) => (
        <Space size="middle" wrap>
          {actions.map(({ key, Component }) => (
            <Component key={key} student={student} />
          ))}
        </Space>
      ),
    },
  ];

  return (
    <PagedTable<StudentListItem>
      rowKey="id"
      columns={columns}
      page={data}
      loading={loading}
      query={query}
      onPageChange={onPageChange}
      rowSelection={rowSelection}
    />
  );
}
