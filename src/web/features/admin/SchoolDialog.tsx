import { Alert, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FINAL_GRADES } from '../../../domain/grades.js';
import { useSaveSchool } from './adminApi.js';
import { showSaveError } from './submitErrors.js';
import { TerritorySelect } from './TerritorySelect.js';
import type { School } from './types.js';

const FIELDS = new Set(['id', 'nameKk', 'nameRu', 'kato', 'finalGrade']);

/** Registers a school under its id in the national education database, or changes its names, KATO code and final grade. */
export function SchoolDialog({ school, onClose, onSaved }: { school: School | null; onClose: () => void; onSaved: (school: School) => void }) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<School>();
  const save = useSaveSchool();
  const [alerts, setAlerts] = useState<string[]>([]);
  const required = [{ required: true, whitespace: true, message: t('common:required') }];

  const submit = (values: School) => {
    setAlerts([]);
    save.mutate(
      { existing: school !== null, school: { ...values, id: school?.id ?? values.id } },
      { onSuccess: onSaved, onError: (error) => setAlerts(showSaveError(form, i18n, error, FIELDS)) },
    );
  };

  return (
    <Modal
      open
      title={school ? t('admin:schools.editTitle', { id: school.id }) : t('admin:schools.createTitle')}
      okText={school ? t('common:save') : t('admin:create')}
      cancelText={t('common:cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {alerts.map((text) => (
        <Alert key={text} type="error" showIcon title={text} className="form-alert" />
      ))}
      <Form<School> form={form} name="school" layout="vertical" initialValues={school ?? { finalGrade: 11 }} onFinish={submit}>
        <Form.Item label={t('admin:schools.id')} name="id" rules={[{ required: true, message: t('common:required') }]}>
          <InputNumber min={1} max={2_147_483_647} precision={0} disabled={school !== null} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label={t('admin:schools.nameKk')} name="nameKk" rules={required}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item label={t('admin:schools.nameRu')} name="nameRu" rules={required}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item label={t('admin:schools.kato')} name="kato" rules={[{ required: true, message: t('common:required') }]}>
          <TerritorySelect level="settlement" />
        </Form.Item>
        <Form.Item label={t('admin:schools.finalGrade')} name="finalGrade" rules={[{ required: true, message: t('common:required') }]}>
          <Select<number> options={FINAL_GRADES.map((grade) => ({ value: grade, label: String(grade) }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
