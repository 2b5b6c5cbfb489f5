import { App, Form, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CLASS_LETTERS } from '../../../domain/kazakh-order.js';
import { gradeLabel } from '../../shared/gradeLabel.js';
import type { StudentListItem } from '../contingent/types.js';
import { StudentErrorsAlert } from '../graduation/StudentErrorsAlert.js';
import type { AdmissionCandidateItem } from '../year-end/types.js';
import { useYearEndAction } from '../year-end/useYearEndQueries.js';

interface AdmissionDialogProps {
  organizationId: number;
  selected: AdmissionCandidateItem[];
  onClose: () => void;
  onAdmitted: () => void;
}

/** The value of the letter field that keeps each student's own letter. */
const KEEP_LETTER = '';

/** Asks for the letter of the new class and sends the admission of the selected graduates as one request. */
export function AdmissionDialog({ organizationId, selected, onClose, onAdmitted }: AdmissionDialogProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [letter, setLetter] = useState(KEEP_LETTER);
  const admit = useYearEndAction<{ studentIds: number[]; letter?: string }, { batchId: string; admitted: number }>(organizationId, 'admission');

  const grades = [...new Set(selected.map((student) => student.admissionGrade))].sort((a, b) => a - b);
  const knownStudents = new Map<number, StudentListItem>(selected.map((student) => [student.id, student]));

  const submit = () =>
    admit.mutate(
      { studentIds: selected.map((student) => student.id), ...(letter === KEEP_LETTER ? {} : { letter }) },
      {
        onSuccess: ({ admitted }) => {
          void message.success(t('yearEnd:admission.success', { count: admitted }));
          onAdmitted();
          onClose();
        },
      },
    );

  return (
    <Modal
      open
      title={t('yearEnd:admission.submit')}
      okText={t('yearEnd:admission.submit')}
      cancelText={t('common:cancel')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={admit.isPending}
    >
      <Typography.Paragraph>
        {t('yearEnd:admission.dialogText', { count: selected.length, grade: grades.map((grade) => gradeLabel(t, grade)).join(', ') })}
      </Typography.Paragraph>
      <Form layout="vertical" component="div">
        <Form.Item label={t('yearEnd:admission.letter')} htmlFor="admission-letter" extra={t('yearEnd:admission.letterHint')}>
          <Select<string>
            id="admission-letter"
            value={letter}
            onChange={setLetter}
            showSearch
            options={[{ value: KEEP_LETTER, label: t('yearEnd:admission.keepLetter') }, ...CLASS_LETTERS.map((value) => ({ value, label: value }))]}
          />
        </Form.Item>
      </Form>
      {admit.isError && <StudentErrorsAlert error={admit.error} students={knownStudents} intro={t('yearEnd:admission.studentErrors')} />}
    </Modal>
  );
}
