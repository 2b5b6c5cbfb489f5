import { App, Alert, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { isApiError } from '../../api/client.js';
import { applyFieldErrors } from '../../shared/formErrors.js';
import { gradeOptions, letterOptions } from '../../shared/gradeOptions.js';
import { iinRule } from '../../shared/iinRule.js';
import { translateError } from '../../shared/translateError.js';
import { dictionaryOptions, useDictionaries } from '../../shared/useDictionaries.js';
import { useLanguage } from '../../shared/useLanguage.js';
import { useCreateStudent, type NewStudent } from './useCreateStudent.js';

const FIELDS = new Set(['iin', 'lastName', 'firstName', 'middleName', 'grade', 'letter', 'studyForm']);

interface AddStudentDialogProps {
  organizationId: number;
  open: boolean;
  onClose: () => void;
}

/** Enrols a new student into the contingent and opens the passport; birth date and sex come from the IIN. */
export function AddStudentDialog({ organizationId, open, onClose }: AddStudentDialogProps) {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<NewStudent>();
  const create = useCreateStudent(organizationId);
  const dictionaries = useDictionaries();
  const grade = Form.useWatch('grade', form);

  const [alerts, setAlerts] = useState<string[]>([]);
  const requiredText = [{ required: true, whitespace: true, message: t('common:required') }];
  const requiredChoice = [{ required: true, message: t('common:required') }];

  const submit = (values: NewStudent) => {
    const middleName = values.middleName?.trim();
    const student = { ...values, middleName: middleName ? middleName : undefined };
    setAlerts([]);

    create.mutate(student, {
      onSuccess: (created) => {
        message.success(t('contingent:add.success'));
        form.resetFields();
        onClose();
        navigate(`/students/${created.id}`);
      },
      onError: (error) => {
        const unmatched = isApiError(error) ? applyFieldErrors(form, i18n, error, FIELDS) : [];
        const hasFieldErrors = isApiError(error) && error.fieldErrors.length > 0;
        setAlerts(hasFieldErrors ? unmatched : [translateError(i18n, error)]);
      },
    });
  };

  return (
    <Modal
      open={open}
      title={t('contingent:add.title')}
      okText={t('contingent:add.submit')}
      cancelText={t('common:cancel')}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={() => {
        setAlerts([]);
        onClose();
      }}
      destroyOnHidden
    >
      {alerts.map((text) => (
        <Alert key={text} type="error" showIcon title={text} className="form-alert" />
      ))}
      <Form<NewStudent> form={form} name="newStudent" layout="vertical" onFinish={submit} preserve={false}>
        <Form.Item
          label={t('passport:personal.iin')}
          name="iin"
          rules={[...requiredText, iinRule(i18n)]}
        >
          <Input inputMode="numeric" maxLength={12} autoComplete="off" />
        </Form.Item>
        <Form.Item label={t('passport:personal.lastName')} name="lastName" rules={requiredText}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item label={t('passport:personal.firstName')} name="firstName" rules={requiredText}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item label={t('passport:personal.middleName')} name="middleName">
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item label={t('passport:personal.grade')} name="grade" rules={requiredChoice}>
          <Select options={gradeOptions(t)} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
        <Form.Item label={t('passport:personal.letter')} name="letter" rules={requiredChoice}>
          <Select options={letterOptions} showSearch />
        </Form.Item>
        <Form.Item label={t('passport:personal.studyForm')} name="studyForm" rules={requiredChoice}>
          <Select options={dictionaryOptions(dictionaries.data?.studyForms, language, grade)} loading={dictionaries.isPending} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
