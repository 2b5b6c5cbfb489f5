import { SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Col, DatePicker, Form, Input, Modal, Row, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { firstLessonDay, schoolYearOf } from '../../../domain/school-year.js';
import { isApiError } from '../../api/client.js';
import { API_DATE_FORMAT, DISPLAY_DATE_FORMAT, formatDisplayDate } from '../../shared/dates.js';
import { applyFieldErrors } from '../../shared/formErrors.js';
import { gradeOptions, letterOptions } from '../../shared/gradeOptions.js';
import { iinRule } from '../../shared/iinRule.js';
import { localizedName } from '../../shared/localizedName.js';
import { translateError } from '../../shared/translateError.js';
import { dictionaryOptions, useDictionaries } from '../../shared/useDictionaries.js';
import { useHealth } from '../../shared/useHealth.js';
import { useLanguage } from '../../shared/useLanguage.js';
import { fullName } from '../graduation/studentName.js';
import { useRegisterArrival, useRequestMove } from './useArrivals.js';

const FIELDS = new Set(['iin', 'lastName', 'firstName', 'middleName', 'grade', 'letter', 'studyForm', 'orderNumber', 'orderDate']);

interface ArrivalFormValues {
  iin: string;
  lastName: string;
  firstName: string;
  middleName?: string;
  grade: number;
  letter: string;
  studyForm: string;
  orderNumber: string;
  orderDate: Dayjs;
}

/** The notice above the form after a rejection: an error, or the school that has the IIN with the offer to request the move. */
type Notice = { kind: 'error'; text: string } | { kind: 'elsewhere'; text: string; iin: string };

/**
 * Registers the arrival of a student who is in no school now, then opens the
 * passport. For an IIN that another school has, it shows that school's name
 * and territory and a button that requests the move from it.
 */
export function RegisterArrivalDialog({ organizationId, onClose }: { organizationId: number; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<ArrivalFormValues>();
  const dictionaries = useDictionaries();
  const health = useHealth();
  const register = useRegisterArrival(organizationId);
  const requestMove = useRequestMove(organizationId);
  const [notice, setNotice] = useState<Notice | null>(null);

  const grade = Form.useWatch('grade', form);
  const today = health.data?.today ?? dayjs().format(API_DATE_FORMAT);
  const from = firstLessonDay(schoolYearOf(today));
  const requiredText = [{ required: true, whitespace: true, message: t('common:required') }];
  const requiredChoice = [{ required: true, message: t('common:required') }];

  const submit = (values: ArrivalFormValues) => {
    const middleName = values.middleName?.trim();
    setNotice(null);

    register.mutate(
      {
        iin: values.iin.trim(),
        lastName: values.lastName,
        firstName: values.firstName,
        ...(middleName ? { middleName } : {}),
        grade: values.grade,
        letter: values.letter,
        studyForm: values.studyForm,
        orderNumber: values.orderNumber.trim(),
        orderDate: values.orderDate.format(API_DATE_FORMAT),
      },
      {
        onSuccess: (student) => {
          message.success(t('arrivals:register.success', { name: fullName(student) }));
          onClose();
          navigate(`/students/${student.id}`);
        },
        onError: (error) => {
          if (isApiError(error) && error.code === 'arrival.enrolled_elsewhere') {
            setNotice({ kind: 'elsewhere', text: translateError(i18n, error), iin: values.iin.trim() });
            return;
          }

          const unmatched = isApiError(error) ? applyFieldErrors(form, i18n, error, FIELDS) : [];
          const hasFieldErrors = isApiError(error) && error.fieldErrors.length > 0;
          const text = hasFieldErrors ? unmatched[0] : translateError(i18n, error);
          setNotice(text ? { kind: 'error', text } : null);
        },
      },
    );
  };

  const sendRequest = (iin: string) =>
    requestMove.mutate(iin, {
      onSuccess: (result) => {
        message.success(t('arrivals:register.requested', { school: localizedName(result.school.names, language) }));
        onClose();
      },
      onError: (error) => setNotice({ kind: 'error', text: translateError(i18n, error) }),
    });

  return (
    <Modal
      open
      title={t('arrivals:register.title')}
      okText={t('arrivals:register.submit')}
      cancelText={t('common:cancel')}
      confirmLoading={register.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={720}
      maskClosable={false}
    >
      <Typography.Paragraph type="secondary">{t('arrivals:register.hint')}</Typography.Paragraph>
      {notice?.kind === 'error' && <Alert type="error" showIcon className="form-alert" title={notice.text} />}
      {notice?.kind === 'elsewhere' && (
        <Alert
          type="warning"
          showIcon
          className="form-alert"
          title={notice.text}
          action={
            <Button type="primary" size="small" icon={<SendOutlined />} loading={requestMove.isPending} onClick={() => sendRequest(notice.iin)}>
              {t('arrivals:register.requestMove')}
            </Button>
          }
        />
      )}
      <Form<ArrivalFormValues> form={form} name="arrival" layout="vertical" onFinish={submit} initialValues={{ studyForm: 'full_time' }}>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item label={t('passport:personal.iin')} name="iin" rules={[...requiredText, iinRule(i18n)]}>
              <Input inputMode="numeric" maxLength={12} autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} sm={8}>
            <Form.Item label={t('passport:personal.lastName')} name="lastName" rules={requiredText}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item label={t('passport:personal.firstName')} name="firstName" rules={requiredText}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item label={t('passport:personal.middleName')} name="middleName">
              <Input maxLength={100} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} sm={8}>
            <Form.Item label={t('passport:personal.grade')} name="grade" rules={requiredChoice}>
              <Select options={gradeOptions(t)} showSearch={{ optionFilterProp: 'label' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item label={t('passport:personal.letter')} name="letter" rules={requiredChoice}>
              <Select options={letterOptions} showSearch />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item label={t('passport:personal.studyForm')} name="studyForm" rules={requiredChoice}>
              <Select options={dictionaryOptions(dictionaries.data?.studyForms, language, grade)} loading={dictionaries.isPending} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item label={t('arrivals:accept.orderNumber')} name="orderNumber" rules={requiredText}>
              <Input maxLength={50} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              label={t('arrivals:accept.orderDate')}
              name="orderDate"
              rules={requiredChoice}
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
