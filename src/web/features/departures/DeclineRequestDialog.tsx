import { Alert, App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { translateError } from '../../shared/translateError.js';
import { useDeclineRequest } from './useDepartureActions.js';

interface DeclineRequestDialogProps {
  organizationId: number;
  moveId: number;
  onClose: () => void;
}

/** Asks for the reason to decline another school's request for a student; rendered only while open. */
export function DeclineRequestDialog({ organizationId, moveId, onClose }: DeclineRequestDialogProps) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const decline = useDeclineRequest(organizationId);
  const [alert, setAlert] = useState<string | null>(null);

  const submit = ({ reason }: { reason: string }) =>
    decline.mutate(
      { moveId, reason: reason.trim() },
      {
        onSuccess: () => {
          message.success(t('departures:requests.declined'));
          onClose();
        },
        onError: (error) => setAlert(translateError(i18n, error)),
      },
    );

  return (
    <Modal
      open
      title={t('departures:requests.declineTitle')}
      okText={t('departures:requests.decline')}
      okButtonProps={{ danger: true }}
      cancelText={t('common:cancel')}
      confirmLoading={decline.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      maskClosable={false}
    >
      {alert && <Alert type="error" showIcon className="form-alert" title={alert} />}
      <Form form={form} name="declineRequest" layout="vertical" onFinish={submit}>
        <Form.Item
          label={t('departures:requests.declineReason')}
          name="reason"
          rules={[{ required: true, whitespace: true, message: t('common:required') }]}
          extra={t('departures:requests.declineReasonHint')}
        >
          <Input.TextArea maxLength={500} rows={3} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
