import { useTranslation } from 'react-i18next';
import { formatDisplayDate } from '../../shared/dates.js';
import { gradeLabel } from '../../shared/gradeLabel.js';
import { UndoMovementButton } from '../year-end/UndoMovementButton.js';
import { fullName } from './studentName.js';
import type { GraduateItem } from './types.js';

/** Renders "Undo graduation" for a graduate whose graduation can still be undone, with the last day of the window on hover. */
export function UndoGraduationButton({ organizationId, graduate }: { organizationId: number; graduate: GraduateItem }) {
  const { t } = useTranslation();
  const name = fullName(graduate);

  return (
    <UndoMovementButton
      organizationId={organizationId}
      studentId={graduate.id}
      kind="graduation"
      label={t('graduation:graduates.undo')}
      confirmTitle={t('graduation:graduates.confirmTitle', { name })}
      confirmText={t('graduation:graduates.confirmText', { grade: gradeLabel(t, graduate.grade), letter: graduate.letter })}
      successText={t('graduation:graduates.undone', { name })}
      tooltip={graduate.undoUntil ? t('graduation:graduates.undoUntil', { date: formatDisplayDate(graduate.undoUntil) }) : undefined}
    />
  );
}
