import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntdApp, ConfigProvider } from 'antd';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { useLanguage } from '../shared/useLanguage.js';
import { ANTD_LOCALES } from './antdLocale.js';
import { i18n } from './i18n.js';
import { queryClient } from './queryClient.js';

function LocalizedConfig({ children }: { children: ReactNode }) {
  const language = useLanguage();

  return (
    <ConfigProvider locale={ANTD_LOCALES[language]} theme={{ token: { colorPrimary: '#00829b', colorLink: '#00829b' } }}>
      <AntdApp>{children}</AntdApp>
    </ConfigProvider>
  );
}

export function Providers({ children }: { children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <LocalizedConfig>{children}</LocalizedConfig>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
