import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Form, Select, Space, Switch, Table, Tag, Tooltip, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DICTIONARY_NAMES } from '../../../domain/dictionaries.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { translateError } from '../../shared/translateError.js';
import { useDictionaries, type DictionaryEntry } from '../../shared/useDictionaries.js';
import { useSaveEntry } from './adminApi.js';
import { EntryDialog } from './EntryDialog.js';

/** Renders one dictionary at a time: its entries in kk, ru and en, switched on or off, renamed or added. */
export function DictionariesTab() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [dictionary, setDictionary] = useState<string>(DICTIONARY_NAMES[0]);
  const [editing, setEditing] = useState<DictionaryEntry | null | 'new'>(null);
  const dictionaries = useDictionaries();
  const save = useSaveEntry(dictionary);

  const toggle = (entry: DictionaryEntry, active: boolean) =>
    save.mutate({ existing: true, entry: { code: entry.code, names: entry.names, active } }, { onError: (error) => void message.error(translateError(i18n, error)) });

  const columns: TableColumnsType<DictionaryEntry> = [
    { key: 'code', title: t('admin:dictionaries.columns.code'), dataIndex: 'code' },
    { key: 'kk', title: t('admin:dictionaries.columns.kk'), render: (_value, entry) => entry.names.kk },
    { key: 'ru', title: t('admin:dictionaries.columns.ru'), render: (_value, entry) => entry.names.ru },
    { key: 'en', title: t('admin:dictionaries.columns.en'), render: (_value, entry) => entry.names.en },
    { key: 'flags', title: t('admin:dictionaries.columns.flags'), render: (_value, entry) => entry.flags.map((flag) => <Tag key={flag}>{flag}</Tag>) },
    {
      key: 'active',
      title: t('admin:dictionaries.columns.active'),
      render: (_value, entry) => {
        const flagged = entry.flags.length > 0;
        const control = <Switch checked={entry.active} disabled={flagged && entry.active} aria-label={t('admin:dictionaries.toggleActive', { code: entry.code })} onChange={(active) => toggle(entry, active)} />;
        return flagged ? <Tooltip title={t('admin:dictionaries.flaggedHint')}>{control}</Tooltip> : control;
      },
    },
    {
      key: 'actions',
      title: t('admin:dictionaries.columns.actions'),
      render: (_value, entry) => (
        <Button size="small" onClick={() => setEditing(entry)}>
          {t('admin:edit')}
        </Button>
      ),
    },
  ];

  if (dictionaries.isError) return <ErrorState error={dictionaries.error} onRetry={() => void dictionaries.refetch()} />;

  return (
    <>
      <Space className="admin-toolbar" wrap>
        <Form layout="inline" component="div" colon={false}>
          <Form.Item label={t('admin:dictionaries.choose')} htmlFor="admin-dictionary">
            <Select<string>
              id="admin-dictionary"
              style={{ minWidth: 320 }}
              value={dictionary}
              options={DICTIONARY_NAMES.map((name) => ({ value: name, label: t(`admin:dictionaries.names.${name}`) }))}
              onChange={setDictionary}
            />
          </Form.Item>
        </Form>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          {t('admin:dictionaries.add')}
        </Button>
      </Space>
      <Table<DictionaryEntry> rowKey="code" size="middle" columns={columns} dataSource={dictionaries.data?.[dictionary] ?? []} loading={dictionaries.isFetching} pagination={false} scroll={{ x: 'max-content' }} />
      {editing !== null && (
        <EntryDialog
          dictionary={dictionary}
          entry={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            message.success(t('admin:saved'));
            setEditing(null);
          }}
        />
      )}
    </>
  );
}
