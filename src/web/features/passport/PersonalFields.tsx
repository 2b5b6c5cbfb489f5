import { DatePicker, Form, Input, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { DISPLAY_DATE_FORMAT, fromDayjs, toDayjs } from '../../shared/dates.js';
import { gradeOptions, letterOptions } from '../../shared/gradeOptions.js';
import { iinRule } from '../../shared/iinRule.js';
import type { DictionaryEntry } from '../../shared/useDictionaries.js';
import { ChoiceSelect } from './ChoiceSelect.js';
import { fieldAnchorId } from './IndicatorField.js';

interface PersonalFieldsProps {
  studyForms: DictionaryEntry[] | undefined;
  grade: number | null;
}

/** Renders the student's own fields at the top of the personal data section: IIN, names, birth date, sex and class. */
export function PersonalFields({ studyForms, grade }: PersonalFieldsProps) {
  const { t, i18n } = useTranslation();
  const requiredText = [{ required: true, whitespace: true, message: t('common:required') }];
  const requiredChoice = [{ required: true, message: t('common:required') }];

  return (
    <div className="passport-personal">
      <div id={fieldAnchorId('iin')}>
        <Form.Item label={t('passport:personal.iin')} name="iin" rules={[...requiredText, iinRule(i18n)]}>
          <Input inputMode="numeric" maxLength={12} autoComplete="off" />
        </Form.Item>
      </div>
      <div id={fieldAnchorId('lastName')}>
        <Form.Item label={t('passport:personal.lastName')} name="lastName" rules={requiredText}>
          <Input maxLength={100} />
        </Form.Item>
      </div>
      <div id={fieldAnchorId('firstName')}>
        <Form.Item label={t('passport:personal.firstName')} name="firstName" rules={requiredText}>
          <Input maxLength={100} />
        </Form.Item>
      </div>
      <div id={fieldAnchorId('middleName')}>
        <Form.Item label={t('passport:personal.middleName')} name="middleName">
          <Input maxLength={100} />
        </Form.Item>
      </div>
      <div id={fieldAnchorId('birthDate')}>
        <Form.Item
          label={t('passport:personal.birthDate')}
          name="birthDate"
          rules={requiredChoice}
          getValueProps={(value: unknown) => ({ value: toDayjs(value) })}
          normalize={(value) => fromDayjs(value)}
        >
          <DatePicker format={DISPLAY_DATE_FORMAT} />
        </Form.Item>
      </div>
      <div id={fieldAnchorId('sex')}>
        <Form.Item label={t('passport:personal.sex')} name="sex" rules={requiredChoice}>
          <Radio.Group
            aria-label={t('passport:personal.sex')}
            options={[
              { value: 'male', label: t('common:sex.male') },
              { value: 'female', label: t('common:sex.female') },
            ]}
          />
        </Form.Item>
      </div>
      <div id={fieldAnchorId('grade')}>
        <Form.Item label={t('passport:personal.grade')} name="grade" rules={requiredChoice}>
          <Select className="passport-select" options={gradeOptions(t)} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
      </div>
      <div id={fieldAnchorId('letter')}>
        <Form.Item label={t('passport:personal.letter')} name="letter" rules={requiredChoice}>
          <Select className="passport-select" options={letterOptions} showSearch />
        </Form.Item>
      </div>
      <div id={fieldAnchorId('studyForm')}>
        <Form.Item label={t('passport:personal.studyForm')} name="studyForm" rules={requiredChoice}>
          <ChoiceSelect entries={studyForms} grade={grade} />
        </Form.Item>
      </div>
    </div>
  );
}
