import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DictionaryEntry } from '../../shared/useDictionaries.js';
import { useSaveEntry } from './adminApi.js';
import { showSaveError } from './submitErrors.js';

const FIELDS = new Set(['code', 'names.kk', 'names.ru', 'names.en']);

interface EntryForm {
  code: string;
  names: { kk: string; ru: string; en: string };
}

/** Adds an entry to a dictionary or renames one; the code of an existing entry stays as it is. */
export function EntryDialog({ dictionary, entry, onClose, onSaved }: { dictionary: string; entry: DictionaryEntry | null; onClose: () => void; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<EntryForm>();
  const save = useSaveEntry(dictionary);
  const [alerts, setAlerts] = useState<string[]>([]);
  const required = [{ required: true, whitespace: true, message: t('common:required') }];

  const submit = (values: EntryForm) => {
    setAlerts([]);
    save.mutate(
      { existing: entry !== null, entry: { code: entry?.code ?? values.code.trim(), names: values.names } },
      { onSuccess: onSaved, onError: (error) => setAlerts(showSaveError(form, i18n, error, FIELDS)) },
    );
  };

  return (
    <Modal
      open
      title={entry ? t('admin:dictionaries.editTitle', { code: entry.code }) : t('admin:dictionaries.createTitle')}
      okText={entry ? t('common:save') : t('admin:create')}
      cancelText={t('common:cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {alerts.map((text) => (
        <Alert key={text} type="error" showIcon title={text} className="form-alert" />
      ))}
      <Form<EntryForm> form={form} name="dictionaryEntry" layout="vertical" initialValues={entry ?? undefined} onFinish={submit}>
        <Form.Item label={t('admin:dictionaries.code')} name="code" extra={entry ? undefined : t('admin:dictionaries.codeHint')} rules={required}>
          <Input maxLength={64} disabled={entry !== null} />
        </Form.Item>
        <Form.Item label={t('admin:dictionaries.nameKk')} name={['names', 'kk']} rules={required}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item label={t('admin:dictionaries.nameRu')} name={['names', 'ru']} rules={required}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item label={t('admin:dictionaries.nameEn')} name={['names', 'en']} rules={required}>
          <Input maxLength={300} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
