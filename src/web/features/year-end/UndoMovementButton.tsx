import { RollbackOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { translateError } from '../../shared/translateError.js';
import { useUndoMovement, type UndoableKind } from './useUndoMovement.js';

interface UndoMovementButtonProps {
  organizationId: number;
  studentId: number;
  kind: UndoableKind;
  label: string;
  confirmTitle: string;
  confirmText: string;
  successText: string;
  /** Shown on hover, such as the last day of the undo window. */
  tooltip?: string;
}

/** Renders an undo button for a student's latest movement, behind a confirmation pop-up. */
export function UndoMovementButton({ organizationId, studentId, kind, label, confirmTitle, confirmText, successText, tooltip }: UndoMovementButtonProps) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const undo = useUndoMovement(organizationId, kind);
  // The tooltip hides while the confirmation is open, which it would otherwise cover.
  const [hovered, setHovered] = useState(false);
  const [confirming, setConfirming] = useState(false);

  const confirm = () =>
    undo.mutateAsync(studentId).then(
      () => void message.success(successText),
      (error: unknown) => void message.error(translateError(i18n, error)),
    );

  return (
    <Popconfirm
      title={confirmTitle}
      description={confirmText}
      okText={label}
      cancelText={t('common:no')}
      okButtonProps={{ danger: true }}
      onConfirm={confirm}
      open={confirming}
      onOpenChange={setConfirming}
    >
      <Tooltip title={tooltip} open={tooltip !== undefined && hovered && !confirming} onOpenChange={setHovered}>
        <Button size="small" icon={<RollbackOutlined />} loading={undo.isPending}>
          {label}
        </Button>
      </Tooltip>
    </Popconfirm>
  );
}
