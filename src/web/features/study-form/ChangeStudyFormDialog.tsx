import { Alert, App, DatePicker, Form, Input, Modal, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client.js';
import { API_DATE_FORMAT, DISPLAY_DATE_FORMAT } from '../../shared/dates.js';
import { applyFieldErrors } from '../../shared/formErrors.js';
import { translateError } from '../../shared/translateError.js';
import { dictionaryOptions, useDictionaries } from '../../shared/useDictionaries.js';
import { useHealth } from '../../shared/useHealth.js';
import { useLanguage } from '../../shared/useLanguage.js';
import { useChangeStudyForm } from './useChangeStudyForm.js';

const FIELDS = new Set(['studyForm', 'orderNumber', 'orderDate']);

interface StudyFormValues {
  studyForm: string;
  orderNumber?: string;
  orderDate?: Dayjs | null;
}

interface ChangeStudyFormDialogProps {
  organizationId: number;
  studentIds: number[];
  onClose: () => void;
  onChanged: () => void;
}

/** Changes the study form of the selected students, with an optional order; all of them or none. Rendered only while open. */
export function ChangeStudyFormDialog({ organizationId, studentIds, onClose, onChanged }: ChangeStudyFormDialogProps) {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<StudyFormValues>();
  const dictionaries = useDictionaries();
  const health = useHealth();
  const change = useChangeStudyForm(organizationId);
  const [alert, setAlert] = useState<string | null>(null);
  const today = health.data?.today ?? dayjs().format(API_DATE_FORMAT);

  const submit = (values: StudyFormValues) => {
    const orderNumber = values.orderNumber?.trim();
    setAlert(null);

    change.mutate(
      {
        studentIds,
        studyForm: values.studyForm,
        ...(orderNumber ? { orderNumber } : {}),
        ...(values.orderDate ? { orderDate: values.orderDate.format(API_DATE_FORMAT) } : {}),
      },
      {
        onSuccess: (result) => {
          const unchanged = result.unchanged > 0 ? ` ${t('studyForm:dialog.unchanged', { count: result.unchanged })}` : '';
          message.success(`${t('studyForm:dialog.success', { changed: result.changed })}.${unchanged}`);
          onChanged();
          onClose();
        },
        onError: (error) => {
          // Errors of the form's fields show under them; any other problem, such as a student who left the contingent meanwhile, shows above.
          const unmatched = isApiError(error) ? applyFieldErrors(form, i18n, error, FIELDS) : [];
          const onlyFieldErrors = isApiError(error) && error.fieldErrors.length > 0 && unmatched.length === 0;
          setAlert(onlyFieldErrors ? null : translateError(i18n, error));
        },
      },
    );
  };

  return (
    <Modal
      open
      title={t('studyForm:dialog.title')}
      okText={t('studyForm:dialog.submit')}
      cancelText={t('common:cancel')}
      confirmLoading={change.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      maskClosable={false}
    >
      <Typography.Paragraph strong>{t('studyForm:dialog.summary', { count: studentIds.length })}</Typography.Paragraph>
      {alert && <Alert type="error" showIcon className="form-alert" title={alert} />}
      <Form<StudyFormValues> form={form} name="studyFormChange" layout="vertical" onFinish={submit}>
        <Form.Item label={t('studyForm:dialog.studyForm')} name="studyForm" rules={[{ required: true, message: t('common:required') }]}>
          <Select
            options={dictionaryOptions(dictionaries.data?.studyForms, language)}
            showSearch={{ optionFilterProp: 'label' }}
            loading={dictionaries.isPending}
            placeholder={t('common:select')}
          />
        </Form.Item>
        <Typography.Paragraph type="secondary">{t('studyForm:dialog.orderHint')}</Typography.Paragraph>
        <Form.Item label={t('studyForm:dialog.orderNumber')} name="orderNumber">
          <Input maxLength={50} autoComplete="off" />
        </Form.Item>
        <Form.Item label={t('studyForm:dialog.orderDate')} name="orderDate">
          <DatePicker format={DISPLAY_DATE_FORMAT} className="departure-date" disabledDate={(date) => date.format(API_DATE_FORMAT) > today} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
