import { Alert, App, Card, Col, Form, Row } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { parseIin } from '../../../domain/iin.js';
import { PASSPORT_INDICATORS, PASSPORT_SECTIONS } from '../../../domain/passport/catalogue.js';
import { computeFill, isRequired } from '../../../domain/passport/fill.js';
import { isApiError } from '../../api/client.js';
import { useCanWrite } from '../auth/permissions.js';
import { inlineRequiredMark } from '../../shared/requiredMark.js';
import { translateError } from '../../shared/translateError.js';
import { useDictionaries } from '../../shared/useDictionaries.js';
import { useHealth } from '../../shared/useHealth.js';
import { useLanguage } from '../../shared/useLanguage.js';
import { showFieldErrors } from './fieldErrors.js';
import { focusField, scrollToFirstError } from './focusField.js';
import { buildPatch, currentPassportValues, hasUnsavedChanges, toFormValues, type PassportFormValues } from './formValues.js';
import { IndicatorField } from './IndicatorField.js';
import { missingFields } from './missingFields.js';
import { MissingList } from './MissingList.js';
import { PassportHeader } from './PassportHeader.js';
import { PersonalFields } from './PersonalFields.js';
import { preventEnterSubmit, useSaveShortcut } from './saveKeys.js';
import { SectionNav, sectionAnchorId } from './SectionNav.js';
import { TrajectoryCard } from './trajectory/TrajectoryCard.js';
import type { StudentDetail } from './types.js';
import { useUnsavedChangesGuard } from './useUnsavedChangesGuard.js';
import { useUpdateStudent } from './useUpdateStudent.js';
import type { ValueInputContext } from './valueInput.js';
import './passport.css';

const INDICATOR_CODES = new Set(PASSPORT_INDICATORS.map((indicator) => indicator.code));

export function PassportForm({ student }: { student: StudentDetail }) {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const { message } = App.useApp();
  const [searchParams] = useSearchParams();
  const [form] = Form.useForm<PassportFormValues>();
  const update = useUpdateStudent(student.id);
  const dictionaries = useDictionaries();
  const health = useHealth();
  const [alerts, setAlerts] = useState<string[]>([]);
  const readOnly = !useCanWrite();

  const saved = useMemo(() => toFormValues(student), [student]);
  const watched = Form.useWatch([], { form, preserve: true }) as Partial<PassportFormValues> | undefined;

  // A new response from the server (after a save) becomes the form's content and the baseline of "changed".
  useEffect(() => form.resetFields(), [form, saved]);

  const grade = typeof watched?.grade === 'number' ? watched.grade : saved.grade;
  const passportValues = currentPassportValues(watched, saved);
  const context = { grade, finalGrade: student.finalGrade };
  const fill = computeFill(passportValues, context);
  const missing = missingFields(watched, saved, fill);
  const dirty = watched !== undefined && hasUnsavedChanges(saved, watched);

  useUnsavedChangesGuard(dirty && !update.isPending);

  const targetField = searchParams.get('field');
  useEffect(() => {
    if (!targetField) return;

    // Wait a frame so the sections have their final layout before scrolling.
    const frame = window.requestAnimationFrame(() => focusField(targetField));
    return () => window.cancelAnimationFrame(frame);
  }, [targetField]);

  const inputContext: ValueInputContext = {
    t,
    i18n,
    today: health.data?.today,
    saved: saved.passport,
    dictionaries: dictionaries.data,
    dictionariesLoading: dictionaries.isPending,
    grade,
    readOnly,
  };

  const fillIdentityFromIin = (changed: Partial<PassportFormValues>) => {
    if (typeof changed.iin !== 'string') return;

    const parsed = parseIin(changed.iin.trim());
    if (parsed.ok) form.setFieldsValue({ birthDate: parsed.birthDate, sex: parsed.sex });
  };

  useSaveShortcut(() => {
    if (!update.isPending && !readOnly) form.submit();
  });

  const save = () => {
    const patch = buildPatch(saved, form.getFieldsValue(true) as PassportFormValues);
    setAlerts([]);

    if (Object.keys(patch).length === 0) {
      message.info(t('passport:noChanges'));
      return;
    }

    update.mutate(patch, {
      onSuccess: () => message.success(t('passport:saved')),
      onError: (error) => {
        const hasFieldErrors = isApiError(error) && error.fieldErrors.length > 0;
        const unmatched = hasFieldErrors ? showFieldErrors(form, i18n, error, INDICATOR_CODES) : [];
        setAlerts(hasFieldErrors ? unmatched : [translateError(i18n, error)]);
        window.requestAnimationFrame(scrollToFirstError);
      },
    });
  };

  return (
    <Form<PassportFormValues>
      form={form}
      name="student"
      className="passport-form"
      layout="horizontal"
      labelWrap
      labelCol={{ flex: '0 0 40%' }}
      wrapperCol={{ flex: '1 1 0' }}
      colon={false}
      requiredMark={inlineRequiredMark}
      initialValues={saved}
      disabled={readOnly}
      onValuesChange={fillIdentityFromIin}
      onFinish={readOnly ? undefined : save}
      onFinishFailed={() => window.requestAnimationFrame(scrollToFirstError)}
      onKeyDown={preventEnterSubmit}
    >
      <PassportHeader student={student} fill={fill} dirty={dirty} saving={update.isPending} readOnly={readOnly} />
      {alerts.map((text) => (
        <Alert key={text} type="error" showIcon title={text} className="form-alert" />
      ))}
      <Row gutter={[16, 16]} wrap>
        <Col xs={24} lg={7} xl={6}>
          <div className="passport-aside">
            <SectionNav />
            <MissingList missing={missing} unsaved={dirty} />
          </div>
        </Col>
        <Col xs={24} lg={17} xl={18}>
          {PASSPORT_SECTIONS.map((section) => (
            <Card key={section.code} id={sectionAnchorId(section.code)} title={section.labels[language]} className="passport-section">
              {section.code === 'personal' && <PersonalFields studyForms={dictionaries.data?.studyForms} grade={grade} />}
              {PASSPORT_INDICATORS.filter((indicator) => indicator.section === section.code).map((indicator) => (
                <IndicatorField
                  key={indicator.code}
                  indicator={indicator}
                  required={isRequired(indicator, passportValues, context)}
                  context={inputContext}
                />
              ))}
            </Card>
          ))}
          <TrajectoryCard studentId={student.id} />
        </Col>
      </Row>
    </Form>
  );
}
