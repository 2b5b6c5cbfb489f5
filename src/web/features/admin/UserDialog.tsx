import { Alert, Form, Input, Modal, Select, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, scopeRequirement, type Role } from '../../../domain/roles.js';
import { localizedName } from '../../shared/localizedName.js';
import { useLanguage } from '../../shared/useLanguage.js';
import { useSaveUser } from './adminApi.js';
import { OrganizationSelect } from './OrganizationSelect.js';
import { showSaveError } from './submitErrors.js';
import { TerritorySelect } from './TerritorySelect.js';
import type { AdminUser, UserForm } from './types.js';

const FIELDS = new Set(['username', 'role', 'organizationId', 'territoryKato', 'password', 'disabled']);

interface UserDialogProps {
  /** The account to change; null creates one. */
  user: AdminUser | null;
  onClose: () => void;
  /** Called after a save, with the generated password when the server made one. */
  onSaved: (username: string, password: string | null) => void;
}

/** Creates an account or changes its role, school or territory, and disables it. The fields follow the role: a school for an operator, a district or an oblast for their staff. */
export function UserDialog({ user, onClose, onSaved }: UserDialogProps) {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const [form] = Form.useForm<UserForm>();
  const save = useSaveUser();
  const [alerts, setAlerts] = useState<string[]>([]);
  const role = (Form.useWatch('role', form) ?? user?.role ?? 'operator') as Role;
  const scope = scopeRequirement(role);

  const submit = (values: UserForm) => {
    setAlerts([]);
    const request: UserForm = { ...values, password: values.password || undefined, organizationId: values.organizationId ?? null, territoryKato: values.territoryKato ?? null };

    save.mutate(
      { id: user?.id ?? null, form: request },
      {
        onSuccess: ({ password }) => onSaved(values.username ?? user!.username, password),
        onError: (error) => setAlerts(showSaveError(form, i18n, error, FIELDS)),
      },
    );
  };

  const initialValues: Partial<UserForm> = user
    ? { username: user.username, role: user.role, organizationId: user.organizationId, territoryKato: user.territoryKato, disabled: user.disabled }
    : { role: 'operator' };

  return (
    <Modal
      open
      title={user ? t('admin:users.editTitle', { username: user.username }) : t('admin:users.createTitle')}
      okText={user ? t('common:save') : t('admin:create')}
      cancelText={t('common:cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {alerts.map((text) => (
        <Alert key={text} type="error" showIcon title={text} className="form-alert" />
      ))}
      <Form<UserForm> form={form} name="user" layout="vertical" initialValues={initialValues} onFinish={submit}>
        <Form.Item label={t('admin:users.username')} name="username" extra={user ? undefined : t('admin:users.usernameHint')} rules={[{ required: true, whitespace: true, message: t('common:required') }]}>
          <Input autoComplete="off" disabled={user !== null} />
        </Form.Item>
        <Form.Item label={t('admin:users.role')} name="role" rules={[{ required: true, message: t('common:required') }]}>
          <Select<Role>
            options={ROLES.map((value) => ({ value, label: t(`admin:roles.${value}`) }))}
            onChange={() => form.setFieldsValue({ organizationId: null, territoryKato: null })}
          />
        </Form.Item>
        {scope.kind === 'organization' && (
          <Form.Item label={t('admin:users.organization')} name="organizationId" rules={[{ required: true, message: t('common:required') }]}>
            <OrganizationSelect currentLabel={user?.organizationNames ? localizedName(user.organizationNames, language) : undefined} />
          </Form.Item>
        )}
        {scope.kind === 'territory' && (
          <Form.Item label={t('admin:users.territory')} name="territoryKato" extra={t(`errors:level_name.${scope.level}`)} rules={[{ required: true, message: t('common:required') }]}>
            <TerritorySelect level={scope.level} currentLabel={user?.territoryNames ? localizedName(user.territoryNames, language) : undefined} />
          </Form.Item>
        )}
        {user === null && (
          <Form.Item label={t('admin:users.password')} name="password" extra={t('admin:users.passwordHint')}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        )}
        {user !== null && (
          <Form.Item label={t('admin:users.disabled')} name="disabled" valuePropName="checked" extra={t('admin:users.disabledHint')}>
            <Switch />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
