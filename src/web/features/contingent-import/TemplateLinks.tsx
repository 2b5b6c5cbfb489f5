import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { translateError } from '../../shared/translateError.js';
import { saveFile } from '../exports/saveFile.js';

const TEMPLATE_LANGUAGES = ['kk', 'ru'] as const;

/** Renders the links that download the import template in Kazakh and in Russian. */
export function TemplateLinks() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();

  const download = async (language: (typeof TEMPLATE_LANGUAGES)[number]) => {
    try {
      saveFile(await api.download('/contingent-import/template', { language }), `template-${language}.xlsx`);
    } catch (error) {
      void message.error(translateError(i18n, error));
    }
  };

  return (
    <Space wrap>
      <Typography.Text>{t('excel:import.template')}</Typography.Text>
      {TEMPLATE_LANGUAGES.map((language) => (
        <Button key={language} icon={<DownloadOutlined />} onClick={() => void download(language)}>
          {t(language === 'kk' ? 'excel:import.templateKk' : 'excel:import.templateRu')}
        </Button>
      ))}
    </Space>
  );
}
