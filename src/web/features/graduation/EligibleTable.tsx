import { Empty, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { gradeLabel } from '../../shared/gradeLabel.js';
import type { StudentListItem } from '../contingent/types.js';
import { fullName } from './studentName.js';

interface EligibleTableProps<T extends StudentListItem> {
  students: T[];
  /** Columns after the letter, such as the Altyn Belgi tag or the grade a student moves to. */
  extraColumns?: TableColumnsType<T>;
  selectedIds: number[];
  /** Absent for a user who only reads: the rows have no checkboxes. */
  onSelect?: (ids: number[]) => void;
  emptyText: string;
}

/** Renders the students ready for a year-end action with a checkbox each. The selection keeps the students that the filters hide. */
export function EligibleTable<T extends StudentListItem>({ students, extraColumns = [], selectedIds, onSelect, emptyText }: EligibleTableProps<T>) {
  const { t } = useTranslation();

  const columns: TableColumnsType<T> = [
    { key: 'number', title: '№', width: 56, render: (_value, _student, index) => index + 1 },
    { key: 'id', title: t('contingent:columns.id'), dataIndex: 'id' },
    { key: 'iin', title: t('contingent:columns.iin'), dataIndex: 'iin' },
    { key: 'lastName', title: t('contingent:columns.lastName'), dataIndex: 'lastName' },
    { key: 'firstName', title: t('contingent:columns.firstName'), dataIndex: 'firstName' },
    { key: 'middleName', title: t('contingent:columns.middleName'), dataIndex: 'middleName' },
    { key: 'grade', title: t('contingent:columns.grade'), render: (_value, student) => gradeLabel(t, student.grade) },
    { key: 'letter', title: t('contingent:columns.letter'), dataIndex: 'letter' },
    ...extraColumns,
  ];

  return (
    <Table<T>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={students}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: <Empty description={emptyText} /> }}
      rowSelection={
        onSelect && {
          selectedRowKeys: selectedIds,
          preserveSelectedRowKeys: true,
          onChange: (keys) => onSelect(keys.map(Number)),
          getCheckboxProps: (student) => ({ 'aria-label': t('graduation:eligible.selectRow', { name: fullName(student) }) }),
          getTitleCheckboxProps: () => ({ 'aria-label': t('graduation:eligible.selectAll') }),
        }
      }
    />
  );
}
