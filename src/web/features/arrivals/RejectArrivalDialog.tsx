import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { translateError } from '../../shared/translateError.js';
import { fullName } from '../graduation/studentName.js';
import type { PendingArrivalItem } from './types.js';
import { useRejectArrival } from './useArrivals.js';

interface RejectArrivalDialogProps {
  organizationId: number;
  student: PendingArrivalItem;
  onClose: () => void;
}

/** Rejects a student another school sent, with a reason that school reads; rendered only while open. */
export function RejectArrivalDialog({ organizationId, student, onClose }: RejectArrivalDialogProps) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const reject = useRejectArrival(organizationId);
  const [alert, setAlert] = useState<string | null>(null);

  const submit = ({ reason }: { reason: string }) =>
    reject.mutate(
      { moveId: student.moveId, reason: reason.trim() },
      {
        onSuccess: () => {
          message.success(t('arrivals:reject.success', { name: fullName(student) }));
          onClose();
        },
        onError: (error) => setAlert(translateError(i18n, error)),
      },
    );

  return (
    <Modal
      open
      title={t('arrivals:reject.title')}
      okText={t('arrivals:reject.submit')}
      okButtonProps={{ danger: true }}
      cancelText={t('common:cancel')}
      confirmLoading={reject.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      maskClosable={false}
    >
      <Typography.Paragraph strong>{fullName(student)}</Typography.Paragraph>
      {alert && <Alert type="error" showIcon className="form-alert" title={alert} />}
      <Form form={form} name="rejectArrival" layout="vertical" onFinish={submit}>
        <Form.Item
          label={t('arrivals:reject.reason')}
          name="reason"
          rules={[{ required: true, whitespace: true, message: t('common:required') }]}
          extra={t('arrivals:reject.reasonHint')}
        >
          <Input.TextArea maxLength={500} rows={3} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
