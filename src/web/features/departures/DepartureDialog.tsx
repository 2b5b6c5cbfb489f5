import { Alert, App, Col, DatePicker, Form, Input, Modal, Row, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DICTIONARY_FLAGS } from '../../../domain/dictionaries.js';
import { firstLessonDay, schoolYearOf } from '../../../domain/school-year.js';
import { isApiError } from '../../api/client.js';
import { API_DATE_FORMAT, DISPLAY_DATE_FORMAT, formatDisplayDate } from '../../shared/dates.js';
import { applyFieldErrors } from '../../shared/formErrors.js';
import { gradeLabel } from '../../shared/gradeLabel.js';
import { localizedName } from '../../shared/localizedName.js';
import { translateError } from '../../shared/translateError.js';
import { dictionaryOptions, useDictionaries } from '../../shared/useDictionaries.js';
import { useHealth } from '../../shared/useHealth.js';
import { useLanguage } from '../../shared/useLanguage.js';
import { countryOptions } from '../graduation/dialogOptions.js';
import { fullName } from '../graduation/studentName.js';
import { SchoolSelect } from './SchoolSelect.js';
import type { DepartingStudent, DepartureRequest, SchoolView } from './types.js';
import { useProcessDeparture } from './useDepartureActions.js';

const FIELDS = new Set(['reason', 'receivingOrganizationId', 'country', 'departureDate', 'orderDate', 'orderNumber']);

interface DepartureFormValues {
  reason: string;
  receivingOrganizationId?: number;
  country?: string;
  departureDate: Dayjs;
  orderDate: Dayjs;
  orderNumber: string;
}

export interface DepartureDialogProps {
  organizationId: number;
  student: DepartingStudent;
  /** The school that asked for the student: the dialog starts with a move to it. */
  requestingSchool?: SchoolView;
  onClose: () => void;
}

/**
 * Collects the departure of one student: the reason, the receiving school or
 * the country where the reason needs one, the departure date and the order.
 * Rendered only while open.
 */
export function DepartureDialog({ organizationId, student, requestingSchool, onClose }: DepartureDialogProps) {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<DepartureFormValues>();
  const dictionaries = useDictionaries();
  const health = useHealth();
  const depart = useProcessDeparture(organizationId);
  const [alert, setAlert] = useState<string | null>(null);
  // The chosen school's name for the success message, from the option the user picked.
  const [receivingSchoolName, setReceivingSchoolName] = useState<string | null>(requestingSchool ? localizedName(requestingSchool.names, language) : null);

  const reasons = dictionaries.data?.departureReasons ?? [];
  const toSchoolReason = reasons.find((entry) => entry.active && entry.flags.includes(DICTIONARY_FLAGS.toSchoolInKazakhstan));
  const reasonCode = Form.useWatch('reason', form);
  const reason = reasons.find((entry) => entry.code === reasonCode);
  const toSchool = reason?.flags.includes(DICTIONARY_FLAGS.toSchoolInKazakhstan) ?? false;
  const needsCountry = reason?.flags.includes(DICTIONARY_FLAGS.requiresCountry) ?? false;

  const today = health.data?.today ?? dayjs().format(API_DATE_FORMAT);
  const from = firstLessonDay(schoolYearOf(today));
  const outsideYear = (date: Dayjs) => {
    const day = date.format(API_DATE_FORMAT);
    return day < from || day > today;
  };
  const dateLimit = t('departures:dialog.dateLimit', { from: formatDisplayDate(from), today: formatDisplayDate(today) });
  const required = [{ required: true, message: t('common:required') }];
  const requiredText = [{ required: true, whitespace: true, message: t('common:required') }];

  const submit = (values: DepartureFormValues) => {
    const request: DepartureRequest = {
      reason: values.reason,
      departureDate: values.departureDate.format(API_DATE_FORMAT),
      orderDate: values.orderDate.format(API_DATE_FORMAT),
      orderNumber: values.orderNumber.trim(),
      ...(toSchool && values.receivingOrganizationId ? { receivingOrganizationId: values.receivingOrganizationId } : {}),
      ...(needsCountry && values.country ? { country: values.country } : {}),
    };
    setAlert(null);

    depart.mutate(
      { studentId: student.id, request },
      {
        onSuccess: (result) => {
          const schoolId = request.receivingOrganizationId;
          message.success(
            schoolId && result.moveId !== null
              ? t('departures:dialog.pendingSuccess', { school: receivingSchoolName ?? `ID ${schoolId}` })
              : t('departures:dialog.departedSuccess', { name: fullName(student) }),
          );
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
      title={t('departures:dialog.title')}
      okText={t('departures:dialog.submit')}
      cancelText={t('common:cancel')}
      confirmLoading={depart.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={620}
      maskClosable={false}
    >
      <Typography.Paragraph strong>{t('departures:dialog.summary', { name: fullName(student), grade: gradeLabel(t, student.grade), letter: student.letter })}</Typography.Paragraph>
      {alert && <Alert type="error" showIcon className="form-alert" title={alert} />}
      <Form<DepartureFormValues>
        form={form}
        name="departure"
        layout="vertical"
        onFinish={submit}
        initialValues={requestingSchool && toSchoolReason ? { reason: toSchoolReason.code, receivingOrganizationId: requestingSchool.id } : undefined}
      >
        <Form.Item label={t('departures:dialog.reason')} name="reason" rules={required} extra={reason && t(toSchool ? 'departures:dialog.toSchoolNote' : 'departures:dialog.finalNote')}>
          <Select
            options={dictionaryOptions(reasons, language)}
            showSearch={{ optionFilterProp: 'label' }}
            loading={dictionaries.isPending}
            placeholder={t('common:select')}
          />
        </Form.Item>
        {toSchool && (
          <Form.Item label={t('departures:dialog.receivingSchool')} name="receivingOrganizationId" rules={required} extra={t('departures:dialog.receivingSchoolHint')}>
            <SchoolSelect
              organizationId={organizationId}
              initialSchool={requestingSchool}
              onSchoolChosen={(school) => setReceivingSchoolName(localizedName(school.names, language))}
            />
          </Form.Item>
        )}
        {needsCountry && (
          <Form.Item label={t('departures:dialog.country')} name="country" rules={required}>
            <Select
              options={countryOptions(dictionaries.data?.countries, language)}
              showSearch={{ optionFilterProp: 'label' }}
              loading={dictionaries.isPending}
              placeholder={t('common:select')}
            />
          </Form.Item>
        )}
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item label={t('departures:dialog.departureDate')} name="departureDate" rules={required} extra={dateLimit}>
              <DatePicker format={DISPLAY_DATE_FORMAT} disabledDate={outsideYear} className="departure-date" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item label={t('departures:dialog.orderDate')} name="orderDate" rules={required} extra={dateLimit}>
              <DatePicker format={DISPLAY_DATE_FORMAT} disabledDate={outsideYear} className="departure-date" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={t('departures:dialog.orderNumber')} name="orderNumber" rules={requiredText}>
          <Input maxLength={50} autoComplete="off" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
