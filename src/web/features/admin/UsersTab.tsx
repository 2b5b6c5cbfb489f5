import { EditOutlined, KeyOutlined, PlusOutlined, UnlockOutlined } from '@ant-design/icons';
import { App, Button, Input, Popconfirm, Select, Space, Table, Tag, Tooltip, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../domain/roles.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { localizedName } from '../../shared/localizedName.js';
import { translateError } from '../../shared/translateError.js';
import { useLanguage } from '../../shared/useLanguage.js';
import { useAdminUsers, useResetPassword, useUnlockUser } from './adminApi.js';
import { PasswordNotice } from './PasswordNotice.js';
import type { AdminUser } from './types.js';
import { UserDialog } from './UserDialog.js';

const PAGE_SIZE = 25;

/** Renders the accounts with their role, scope and state, and the actions on them. */
export function UsersTab() {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const { message } = App.useApp();
  const [q, setQ] = useState('');
  const [role, setRole] = useState<Role | undefined>();
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<AdminUser | null | 'new'>(null);
  const [shownPassword, setShownPassword] = useState<{ username: string; password: string } | null>(null);
  const users = useAdminUsers({ q: q || undefined, role, page, pageSize: PAGE_SIZE });
  const reset = useResetPassword();
  const unlock = useUnlockUser();

  const dateTime = (iso: string) => new Date(iso).toLocaleString(language === 'en' ? 'en-GB' : language, { timeZone: 'Asia/Almaty', dateStyle: 'short', timeStyle: 'short' });

  const scopeOf = (user: AdminUser) => {
    if (user.organizationNames) return `${localizedName(user.organizationNames, language)} (${user.organizationId})`;
    if (user.territoryNames) return `${localizedName(user.territoryNames, language)} (${user.territoryKato})`;
    return user.role === 'ministry' ? t('admin:users.wholeCountry') : '—';
  };

  const columns: TableColumnsType<AdminUser> = [
    { key: 'username', title: t('admin:users.columns.username'), dataIndex: 'username' },
    { key: 'role', title: t('admin:users.columns.role'), render: (_value, user) => t(`admin:roles.${user.role}`) },
    { key: 'scope', title: t('admin:users.columns.scope'), render: (_value, user) => scopeOf(user) },
    {
      key: 'status',
      title: t('admin:users.columns.status'),
      render: (_value, user) => (
        <Space size={4} wrap>
          {user.disabled ? <Tag>{t('admin:users.status.disabled')}</Tag> : <Tag color="green">{t('admin:users.status.active')}</Tag>}
          {user.lockedUntil && <Tag color="red">{t('admin:users.status.locked', { time: dateTime(user.lockedUntil) })}</Tag>}
        </Space>
      ),
    },
    { key: 'lastLogin', title: t('admin:users.columns.lastLogin'), render: (_value, user) => (user.lastLoginAt ? dateTime(user.lastLoginAt) : '—') },
    {
      key: 'actions',
      title: t('admin:users.columns.actions'),
      render: (_value, user) => (
        // Icon buttons with their names as tooltips keep the table within a laptop screen.
        <Space size="small">
          <Tooltip title={t('admin:edit')}>
            <Button size="small" icon={<EditOutlined />} aria-label={t('admin:edit')} onClick={() => setEditing(user)} />
          </Tooltip>
          <Popconfirm
            title={t('admin:users.resetConfirm', { username: user.username })}
            okText={t('admin:users.resetPassword')}
            cancelText={t('common:cancel')}
            onConfirm={() =>
              reset.mutateAsync(user.id).then(
                ({ password }) => setShownPassword({ username: user.username, password }),
                (error: unknown) => void message.error(translateError(i18n, error)),
              )
            }
          >
            <Tooltip title={t('admin:users.resetPassword')}>
              <Button size="small" icon={<KeyOutlined />} aria-label={t('admin:users.resetPassword')} />
            </Tooltip>
          </Popconfirm>
          {user.lockedUntil && (
            <Tooltip title={t('admin:users.unlock')}>
              <Button
                size="small"
                icon={<UnlockOutlined />}
                aria-label={t('admin:users.unlock')}
                onClick={() =>
                  unlock.mutate(user.id, {
                    onSuccess: () => void message.success(t('admin:users.unlocked', { username: user.username })),
                    onError: (error) => void message.error(translateError(i18n, error)),
                  })
                }
              />
            </Tooltip>
          )}
        </Space>
      ),
    },
  ];

  return (
    <>
      <Space className="admin-toolbar" wrap>
        <Space wrap>
          <Input.Search
            className="admin-toolbar__search"
            aria-label={t('admin:search')}
            placeholder={t('admin:users.searchPlaceholder')}
            allowClear
            onSearch={(text) => {
              setQ(text.trim());
              setPage(1);
            }}
          />
          <Select<Role>
            aria-label={t('admin:users.roleFilter')}
            allowClear
            placeholder={t('admin:users.allRoles')}
            style={{ minWidth: 240 }}
            value={role}
            options={ROLES.map((value) => ({ value, label: t(`admin:roles.${value}`) }))}
            onChange={(value) => {
              setRole(value);
              setPage(1);
            }}
          />
        </Space>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          {t('admin:users.add')}
        </Button>
      </Space>
      {users.isError ? (
        <ErrorState error={users.error} onRetry={() => void users.refetch()} />
      ) : (
        <Table<AdminUser>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={users.data?.items ?? []}
          loading={users.isFetching}
          scroll={{ x: 'max-content' }}
          pagination={{ current: page, pageSize: PAGE_SIZE, total: users.data?.total ?? 0, showSizeChanger: false, onChange: setPage }}
        />
      )}
      {editing !== null && (
        <UserDialog
          user={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(username, password) => {
            setEditing(null);
            message.success(editing === 'new' ? t('admin:users.created', { username }) : t('admin:saved'));
            if (password) setShownPassword({ username, password });
          }}
        />
      )}
      <PasswordNotice username={shownPassword?.username ?? ''} password={shownPassword?.password ?? null} onClose={() => setShownPassword(null)} />
    </>
  );
}
