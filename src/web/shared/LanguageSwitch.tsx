import { Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, isLanguage } from '../../i18n/resources.js';
import { changeLanguage } from '../app/i18n.js';
import { useLanguage } from './useLanguage.js';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const language = useLanguage();

  return (
    <Radio.Group
      aria-label={t('common:language.label')}
      optionType="button"
      buttonStyle="solid"
      size="small"
      value={language}
      onChange={(event) => {
        if (isLanguage(event.target.value)) void changeLanguage(event.target.value);
      }}
      options={LANGUAGES.map((code) => ({
        value: code,
        label: <span title={t(`common:language.${code}`)}>{code.toUpperCase()}</span>,
      }))}
    />
  );
}
