import { Alert, App, Col, DatePicker, Form, Input, Modal, Row, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { firstLessonDay, schoolYearOf } from '../../../domain/school-year.js';
import { isApiError } from '../../api/client.js';
import { API_DATE_FORMAT, DISPLAY_DATE_FORMAT, formatDisplayDate } from '../../shared/dates.js';
import { applyFieldErrors } from '../../shared/formErrors.js';
import { gradeOptions, letterOptions } from '../../shared/gradeOptions.js';
import { translateError } from '../../shared/translateError.js';
import { dictionaryOptions, useDictionaries } from '../../shared/useDictionaries.js';
import { useHealth } from '../../shared/useHealth.js';
import { useLanguage } from '../../shared/useLanguage.js';
import { localizedName } from '../../shared/localizedName.js';
import { fullName } from '../graduation/studentName.js';
import type { PendingArrivalItem } from './types.js';
import { useAcceptArrival } from './useArrivals.js';

const FIELDS = new Set(['grade', 'letter', 'studyForm', 'orderNumber', 'orderDate']);

interface AcceptFormValues {
  grade: number;
  letter: string;
  studyForm: string;
  orderNumber: string;
  orderDate: Dayjs;
}

interface AcceptArrivalDialogProps {
  organizationId: number;
  student: PendingArrivalItem;
  onClose: () => void;
}

/** Accepts a student another school sent: the grade and letter here, the study form, and the arrival order. Rendered only while open. */
export function AcceptArrivalDialog({ organizationId, student, onClose }: AcceptArrivalDialogProps) {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<AcceptFormValues>();
  const dictionaries = useDictionaries();
  const health = useHealth();
  const accept = useAcceptArrival(organizationId);
  const [alert, setAlert] = useState<string | null>(null);

  const grade = Form.useWatch('grade', form);
  const today = health.data?.today ?? dayjs().format(API_DATE_FORMAT);
  const from = firstLessonDay(schoolYearOf(today));
  const required = [{ required: true, message: t('common:required') }];

  const submit = (values: AcceptFormValues) => {
    setAlert(null);
    accept.mutate(
      {
        moveId: student.moveId,
        request: { grade: values.grade, letter: values.letter, studyForm: values.studyForm, orderNumber: values.orderNumber.trim(), orderDate: values.orderDate.format(API_DATE_FORMAT) },
      },
      {
        onSuccess: () => {
          message.success(t('arrivals:accept.success', { name: fullName(student) }));
          onClose();
        },
        onError: (error) => {
          const unmatched = isApiError(error) ? applyFieldErrors(form, i18n, error, FIELDS) : [];
          const hasFieldErrors = isApiError(error) && error.fieldErrors.length > 0;
          setAlert(hasFieldErrors ? (unmatched[0] ?? null) : translateError(i18n, error));
        },
      },
    );
  };

  return (
    <Modal
      open
      title={t('arrivals:accept.title')}
      okText={t('arrivals:accept.submit')}
      cancelText={t('common:cancel')}
      confirmLoading={accept.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={620}
      maskClosable={false}
    >
      <Typography.Paragraph strong>{t('arrivals:accept.summary', { name: fullName(student), school: localizedName(student.sendingSchool.names, language) })}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t('arrivals:accept.passportNote')}</Typography.Paragraph>
      {alert && <Alert type="error" showIcon className="form-alert" title={alert} />}
      <Form<AcceptFormValues>
        form={form}
        name="acceptArrival"
        layout="vertical"
        onFinish={submit}
        initialValues={{ grade: student.grade, letter: student.letter, studyForm: student.studyForm }}
      >
        <Row gutter={16}>
          <Col xs={24} sm={8}>
            <Form.Item label={t('passport:personal.grade')} name="grade" rules={required}>
              <Select options={gradeOptions(t)} showSearch={{ optionFilterProp: 'label' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item label={t('passport:personal.letter')} name="letter" rules={required}>
              <Select options={letterOptions} showSearch />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item label={t('passport:personal.studyForm')} name="studyForm" rules={required}>
              <Select options={dictionaryOptions(dictionaries.data?.studyForms, language, grade, student.studyForm)} loading={dictionaries.isPending} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item label={t('arrivals:accept.orderNumber')} name="orderNumber" rules={[{ required: true, whitespace: true, message: t('common:required') }]}>
              <Input maxLength={50} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              label={t('arrivals:accept.orderDate')}
              name="orderDate"
              rules={required}
              extra={t('departures:dialog.dateLimit', { from: formatDisplayDate(from), today: formatDisplayDate(today) })}
            >
              <DatePicker
                format={DISPLAY_DATE_FORMAT}
                className="departure-date"
                disabledDate={(date) => date.format(API_DATE_FORMAT) < from || date.format(API_DATE_FORMAT) > today}
              />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
