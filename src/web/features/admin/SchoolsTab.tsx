import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Input, Space, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../shared/ErrorState.js';
import type { OrganizationSummary } from '../organization/types.js';
import { useSchools } from './adminApi.js';
import { SchoolDialog } from './SchoolDialog.js';
import type { School } from './types.js';

const PAGE_SIZE = 25;

/** Renders the registered schools and the dialog that adds or changes one. */
export function SchoolsTab() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<School | null | 'new'>(null);
  const schools = useSchools({ q: q || undefined, page, pageSize: PAGE_SIZE });

  const columns: TableColumnsType<OrganizationSummary> = [
    { key: 'id', title: t('admin:schools.columns.id'), dataIndex: 'id' },
    { key: 'name', title: t('admin:schools.columns.name'), render: (_value, school) => `${school.names.kk} / ${school.names.ru}` },
    { key: 'kato', title: t('admin:schools.columns.kato'), dataIndex: 'kato' },
    { key: 'finalGrade', title: t('admin:schools.columns.finalGrade'), dataIndex: 'finalGrade' },
    {
      key: 'actions',
      title: t('admin:schools.columns.actions'),
      render: (_value, school) => (
        <Button size="small" onClick={() => setEditing({ id: school.id, nameKk: school.names.kk, nameRu: school.names.ru, kato: school.kato, finalGrade: school.finalGrade })}>
          {t('admin:edit')}
        </Button>
      ),
    },
  ];

  return (
    <>
      <Space className="admin-toolbar" wrap>
        <Input.Search
          className="admin-toolbar__search"
          aria-label={t('admin:search')}
          placeholder={t('admin:schools.searchPlaceholder')}
          allowClear
          onSearch={(text) => {
            setQ(text.trim());
            setPage(1);
          }}
        />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          {t('admin:schools.add')}
        </Button>
      </Space>
      {schools.isError ? (
        <ErrorState error={schools.error} onRetry={() => void schools.refetch()} />
      ) : (
        <Table<OrganizationSummary>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={schools.data?.items ?? []}
          loading={schools.isFetching}
          scroll={{ x: 'max-content' }}
          pagination={{ current: page, pageSize: PAGE_SIZE, total: schools.data?.total ?? 0, showSizeChanger: false, onChange: setPage }}
        />
      )}
      {editing !== null && (
        <SchoolDialog
          school={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(school) => {
            message.success(editing === 'new' ? t('admin:schools.created', { id: school.id }) : t('admin:saved'));
            setEditing(null);
          }}
        />
      )}
    </>
  );
}
