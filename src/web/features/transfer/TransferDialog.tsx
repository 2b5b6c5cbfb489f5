import { App, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { gradeLabel } from '../../shared/gradeLabel.js';
import type { StudentListItem } from '../contingent/types.js';
import { StudentErrorsAlert } from '../graduation/StudentErrorsAlert.js';
import { useYearEndAction } from '../year-end/useYearEndQueries.js';

interface TransferDialogProps {
  organizationId: number;
  selected: StudentListItem[];
  /** The students of the loaded lists, by id, to name the students the server rejected. */
  knownStudents: Map<number, StudentListItem>;
  onClose: () => void;
  onTransferred: () => void;
}

/** Asks to confirm the transfer of the selected students, grade by grade, and sends it as one request. */
export function TransferDialog({ organizationId, selected, knownStudents, onClose, onTransferred }: TransferDialogProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const transfer = useYearEndAction<{ studentIds: number[] }, { batchId: string; transferred: number }>(organizationId, 'transfer');

  const countByGrade = new Map<number, number>();
  for (const student of selected) countByGrade.set(student.grade, (countByGrade.get(student.grade) ?? 0) + 1);
  const grades = [...countByGrade.keys()].sort((a, b) => a - b);

  const submit = () =>
    transfer.mutate(
      { studentIds: selected.map((student) => student.id) },
      {
        onSuccess: ({ transferred }) => {
          void message.success(t('yearEnd:transfer.success', { count: transferred }));
          onTransferred();
          onClose();
        },
      },
    );

  return (
    <Modal
      open
      title={t('yearEnd:transfer.dialogTitle')}
      okText={t('yearEnd:transfer.submit')}
      cancelText={t('common:cancel')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={transfer.isPending}
      okButtonProps={{ disabled: selected.length === 0 }}
    >
      <Typography.Paragraph>{t('yearEnd:transfer.dialogText', { count: selected.length })}</Typography.Paragraph>
      <ul className="year-end-dialog__grades">
        {grades.map((grade) => (
          <li key={grade}>
            {t('yearEnd:transfer.gradeLine', { from: gradeLabel(t, grade), to: gradeLabel(t, grade + 1), count: countByGrade.get(grade) })}
          </li>
        ))}
      </ul>
      {transfer.isError && <StudentErrorsAlert error={transfer.error} students={knownStudents} intro={t('yearEnd:transfer.studentErrors')} />}
    </Modal>
  );
}
