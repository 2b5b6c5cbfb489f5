import { Empty, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatAlmatyDateTime } from '../passport/trajectory/formatMovement.js';
import { gradeLabel } from '../../shared/gradeLabel.js';
import { useCanWrite } from '../auth/permissions.js';
import { fullName } from '../graduation/studentName.js';
import type { MovedStudent } from './types.js';
import { UndoMovementButton } from './UndoMovementButton.js';

interface MovedStudentsTableProps {
  organizationId: number;
  kind: 'transfer' | 'admission';
  students: MovedStudent[];
  emptyText: string;
}

/**
 * Renders the students transferred or admitted this year, each with the grade
 * they came from and an undo button while the movement is their latest.
 */
export function MovedStudentsTable({ organizationId, kind, students, emptyText }: MovedStudentsTableProps) {
  const { t } = useTranslation();
  const canWrite = useCanWrite();

  const columns: TableColumnsType<MovedStudent> = [
    { key: 'number', title: '№', width: 56, render: (_value, _student, index) => index + 1 },
    { key: 'id', title: t('contingent:columns.id'), render: (_value, student) => <Link to={`/students/${student.id}`}>{student.id}</Link> },
    { key: 'iin', title: t('contingent:columns.iin'), dataIndex: 'iin' },
    { key: 'lastName', title: t('contingent:columns.lastName'), dataIndex: 'lastName' },
    { key: 'firstName', title: t('contingent:columns.firstName'), dataIndex: 'firstName' },
    { key: 'middleName', title: t('contingent:columns.middleName'), dataIndex: 'middleName' },
    { key: 'fromGrade', title: t('yearEnd:moved.fromGrade'), render: (_value, student) => gradeLabel(t, student.fromGrade) },
    { key: 'grade', title: t('yearEnd:moved.toGrade'), render: (_value, student) => gradeLabel(t, student.grade) },
    { key: 'letter', title: t('contingent:columns.letter'), dataIndex: 'letter' },
    { key: 'movedAt', title: t('yearEnd:moved.movedAt'), render: (_value, student) => formatAlmatyDateTime(student.movedAt) },
    {
      key: 'action',
      title: t('contingent:columns.action'),
      render: (_value, student) => {
        const name = fullName(student);
        if (!canWrite) return null;
        return student.canUndo ? (
          <UndoMovementButton
            organizationId={organizationId}
            studentId={student.id}
            kind={kind}
            label={t(`yearEnd:${kind}.undo`)}
            confirmTitle={t(`yearEnd:${kind}.undoConfirmTitle`, { name })}
            confirmText={t(`yearEnd:${kind}.undoConfirmText`, { from: gradeLabel(t, student.fromGrade), to: gradeLabel(t, student.grade) })}
            successText={t(`yearEnd:${kind}.undone`, { name })}
          />
        ) : (
          t('yearEnd:moved.final')
        );
      },
    },
  ];

  return (
    <Table<MovedStudent>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={students}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: <Empty description={emptyText} /> }}
    />
  );
}
