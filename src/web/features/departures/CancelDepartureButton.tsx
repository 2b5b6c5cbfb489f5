import { RollbackOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { translateError } from '../../shared/translateError.js';
import { fullName } from '../graduation/studentName.js';
import type { PendingDepartureItem } from './types.js';
import { useCancelDeparture } from './useDepartureActions.js';

/** Renders "Cancel departure" for a student who waits for the receiving school, behind a confirmation pop-up. */
export function CancelDepartureButton({ organizationId, student }: { organizationId: number; student: PendingDepartureItem }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const cancel = useCancelDeparture(organizationId);
  const name = fullName(student);

  const confirm = () =>
    cancel.mutateAsync({ moveId: student.moveId, studentId: student.id }).then(
      () => void message.success(t('departures:pending.cancelled', { name })),
      (error: unknown) => void message.error(translateError(i18n, error)),
    );

  return (
    <Popconfirm
      title={t('departures:pending.confirmTitle', { name })}
      description={t('departures:pending.confirmText')}
      okText={t('departures:pending.cancel')}
      cancelText={t('common:no')}
      okButtonProps={{ danger: true }}
      onConfirm={confirm}
    >
      <Button size="small" icon={<RollbackOutlined />} loading={cancel.isPending}>
        {t('departures:pending.cancel')}
      </Button>
    </Popconfirm>
  );
}
