import { Alert, App, DatePicker, Form, Input, Modal, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client.js';
import { API_DATE_FORMAT, DISPLAY_DATE_FORMAT, formatDisplayDate } from '../../shared/dates.js';
import { applyFieldErrors } from '../../shared/formErrors.js';
import { gradeLabel } from '../../shared/gradeLabel.js';
import { useDictionaries } from '../../shared/useDictionaries.js';
import { useHealth } from '../../shared/useHealth.js';
import { useLanguage } from '../../shared/useLanguage.js';
import type { StudentListItem } from '../contingent/types.js';
import { countryOptions, departureLimit, destinationOptions, documentKindOptions, isAfterToday, isBefore, isOutsideLimit, requiresCountry, schoolYearStartOf } from './dialogOptions.js';
import { StudentErrorsAlert } from './StudentErrorsAlert.js';
import { withoutStudentErrors } from './studentErrors.js';
import type { EligibleStudent, GraduationRequest } from './types.js';
import { useGraduate } from './useGraduate.js';

const FIELDS = new Set(['documentKind', 'departureDate', 'orderDate', 'orderNumber', 'destination', 'country']);

interface GraduationFormValues {
  documentKind: string;
  departureDate: Dayjs;
  orderDate: Dayjs;
  orderNumber: string;
  destination: string;
  country?: string;
}

export interface GraduationDialogProps {
  organizationId: number;
  grade: number;
  finalGrade: number;
  departureWindow: { from: string; to: string };
  /** The selected students, who graduate together or not at all. */
  selected: EligibleStudent[];
  /** Every student of the loaded lists, to name those the server rejects. */
  knownStudents: Map<number, StudentListItem>;
  onClose: () => void;
  onGraduated: () => void;
}

/** Collects the graduation details for the selected students and sends them in one request. Rendered only while open. */
export function GraduationDialog(props: GraduationDialogProps) {
  const { organizationId, grade, finalGrade, departureWindow, selected, knownStudents, onClose, onGraduated } = props;
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<GraduationFormValues>();
  const dictionaries = useDictionaries();
  const health = useHealth();
  const graduate = useGraduate(organizationId);
  // The lists refetch after a rejection, so the names of the rejected students are kept from the moment of sending.
  const [rejection, setRejection] = useState<{ error: unknown; students: Map<number, StudentListItem> } | null>(null);

  const destination = Form.useWatch('destination', form);
  const needsCountry = requiresCountry(dictionaries.data?.destinations, destination);
  const limit = departureLimit(departureWindow, selected);
  const today = health.data?.today ?? dayjs().format(API_DATE_FORMAT);
  const schoolYearStart = schoolYearStartOf(departureWindow);
  const windowNotOpen = limit !== null && today < limit.from;
  const required = [{ required: true, message: t('common:required') }];
  const requiredText = [{ required: true, whitespace: true, message: t('common:required') }];

  const submit = (values: GraduationFormValues) => {
    const request: GraduationRequest = {
      studentIds: selected.map((student) => student.id),
      documentKind: values.documentKind,
      departureDate: values.departureDate.format(API_DATE_FORMAT),
      orderDate: values.orderDate.format(API_DATE_FORMAT),
      orderNumber: values.orderNumber.trim(),
      destination: values.destination,
      ...(needsCountry && values.country ? { country: values.country } : {}),
    };
    setRejection(null);
    const studentsAtSubmit = knownStudents;

    graduate.mutate(request, {
      onSuccess: (result) => {
        message.success(t('graduation:dialog.success', { count: result.graduated }));
        onGraduated();
        onClose();
      },
      onError: (failure) => {
        if (isApiError(failure)) applyFieldErrors(form, i18n, withoutStudentErrors(failure), FIELDS);
        setRejection({ error: failure, students: studentsAtSubmit });
      },
    });
  };

  return (
    <Modal
      open
      title={t('graduation:dialog.title')}
      okText={t('graduation:dialog.submit')}
      cancelText={t('common:cancel')}
      confirmLoading={graduate.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={600}
      maskClosable={false}
    >
      <Typography.Paragraph strong>{t('graduation:dialog.summary', { grade: gradeLabel(t, grade), count: selected.length })}</Typography.Paragraph>
      {windowNotOpen && <Alert type="warning" showIcon className="graduation-dialog__window" title={t('graduation:dialog.windowNotOpen', { from: formatDisplayDate(limit.from) })} />}
      {rejection && <StudentErrorsAlert error={rejection.error} students={rejection.students} />}
      <Form<GraduationFormValues> form={form} name="graduation" layout="vertical" onFinish={submit}>
        <Form.Item label={t('graduation:dialog.documentKind')} name="documentKind" rules={required}>
          <Select
            options={documentKindOptions(dictionaries.data?.documentKinds, language, grade, finalGrade)}
            showSearch={{ optionFilterProp: 'label' }}
            loading={dictionaries.isPending}
            placeholder={t('common:select')}
          />
        </Form.Item>
        <Form.Item
          label={t('graduation:dialog.departureDate')}
          name="departureDate"
          rules={required}
          extra={
            limit
              ? t('graduation:dialog.departureWindow', { from: formatDisplayDate(limit.from), to: formatDisplayDate(limit.to) })
              : t('graduation:dialog.departureAnyDate')
          }
        >
          <DatePicker
            format={DISPLAY_DATE_FORMAT}
            disabledDate={(date) => isOutsideLimit(date, limit) || isAfterToday(date, today)}
            defaultPickerValue={limit ? dayjs(limit.from, API_DATE_FORMAT) : undefined}
            className="graduation-date"
          />
        </Form.Item>
        <Form.Item
          label={t('graduation:dialog.orderDate')}
          name="orderDate"
          rules={required}
          extra={t('graduation:dialog.orderDateLimit', { from: formatDisplayDate(schoolYearStart), today: formatDisplayDate(today) })}
        >
          <DatePicker
            format={DISPLAY_DATE_FORMAT}
            disabledDate={(date) => isAfterToday(date, today) || isBefore(date, schoolYearStart)}
            className="graduation-date"
          />
        </Form.Item>
        <Form.Item label={t('graduation:dialog.orderNumber')} name="orderNumber" rules={requiredText}>
          <Input maxLength={50} autoComplete="off" />
        </Form.Item>
        <Form.Item label={t('graduation:dialog.destination')} name="destination" rules={required}>
          <Select
            options={destinationOptions(dictionaries.data?.destinations, language, grade)}
            showSearch={{ optionFilterProp: 'label' }}
            loading={dictionaries.isPending}
            placeholder={t('common:select')}
          />
        </Form.Item>
        {needsCountry && (
          <Form.Item label={t('graduation:dialog.country')} name="country" rules={required}>
            <Select
              options={countryOptions(dictionaries.data?.countries, language)}
              showSearch={{ optionFilterProp: 'label' }}
              loading={dictionaries.isPending}
              placeholder={t('common:select')}
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
