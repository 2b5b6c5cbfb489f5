import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { translateError } from './translateError.js';

interface ErrorStateProps {
  error: unknown;
  onRetry?: () => void;
}

/** Renders a failed load: the translated error and a retry button. */
export function ErrorState({ error, onRetry }: ErrorStateProps) {
  const { t, i18n } = useTranslation();

  return (
    <Result
      status="error"
      title={t('common:loadFailed')}
      subTitle={translateError(i18n, error)}
      extra={
        onRetry && (
          <Button type="primary" onClick={onRetry}>
            {t('common:retry')}
          </Button>
        )
      }
    />
  );
}
