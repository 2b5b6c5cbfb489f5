import { Alert, Button, Modal, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Shows a generated password once, with a button to copy it; the caller drops the password when the dialog closes. */
export function PasswordNotice({ username, password, onClose }: { username: string; password: string | null; onClose: () => void }) {
  const { t } = useTranslation();

  return (
    <Modal
      open={password !== null}
      title={t('admin:users.passwordTitle', { username })}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{t('admin:users.done')}</Button>}
      destroyOnHidden
    >
      <Space orientation="vertical" size="middle">
        <Alert type="warning" showIcon title={t('admin:users.passwordOnce')} />
        <Typography.Text className="admin-password" copyable={{ text: password ?? '', tooltips: [t('admin:users.copy'), t('admin:users.copied')] }} aria-label={t('admin:users.password')}>
          {password}
        </Typography.Text>
      </Space>
    </Modal>
  );
}
