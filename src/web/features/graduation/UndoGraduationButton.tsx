import { RollbackOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDisplayDate } from '../../shared/dates.js';
import { gradeLabel } from '../../shared/gradeLabel.js';
import { translateError } from '../../shared/translateError.js';
import { fullName } from './studentName.js';
import type { GraduateItem } from './types.js';
import { useUndoGraduation } from './useUndoGraduation.js';

/** Renders "Undo graduation" for a graduate whose graduation can still be undone, behind a confirmation pop-up. */
export function UndoGraduationButton({ organizationId, graduate }: { organizationId: number; graduate: GraduateItem }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const undo = useUndoGraduation(organizationId);
  const name = fullName(graduate);
  // The deadline tooltip hides while the confirmation is open, which it would otherwise cover.
  const [hovered, setHovered] = useState(false);
  const [confirming, setConfirming] = useState(false);

  const confirm = () =>
    undo.mutateAsync(graduate.id).then(
      () => void message.success(t('graduation:graduates.undone', { name })),
      (error: unknown) => void message.error(translateError(i18n, error)),
    );

  return (
    <Popconfirm
      title={t('graduation:graduates.confirmTitle', { name })}
      description={t('graduation:graduates.confirmText', { grade: gradeLabel(t, graduate.grade), letter: graduate.letter })}
      okText={t('graduation:graduates.undo')}
      cancelText={t('common:no')}
      okButtonProps={{ danger: true }}
      onConfirm={confirm}
      open={confirming}
      onOpenChange={setConfirming}
    >
      <Tooltip
        title={graduate.undoUntil ? t('graduation:graduates.undoUntil', { date: formatDisplayDate(graduate.undoUntil) }) : undefined}
        open={hovered && !confirming}
        onOpenChange={setHovered}
      >
        <Button size="small" icon={<RollbackOutlined />} loading={undo.isPending}>
          {t('graduation:graduates.undo')}
        </Button>
      </Tooltip>
    </Popconfirm>
  );
}
