import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type QueryParams } from '../../api/client.js';
import { translateError } from '../../shared/translateError.js';
import { useLanguage } from '../../shared/useLanguage.js';
import { saveFile } from './saveFile.js';

/**
 * Returns a function that downloads a list's Excel export, with the list's
 * current filters and the UI language, and reports the outcome in a message.
 */
export function useExport(organizationId: number, list: string) {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const { message } = App.useApp();
  const [pending, setPending] = useState(false);

  const run = async (params: QueryParams) => {
    setPending(true);
    try {
      const file = await api.download(`/organizations/${organizationId}/exports/${list}`, { ...params, language });
      const name = saveFile(file, `${list}.xlsx`);
      void message.success(t('excel:export.saved', { name }));
    } catch (error) {
      void message.error(translateError(i18n, error));
    } finally {
      setPending(false);
    }
  };

  return { run, pending };
}
