import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDisplayDate } from './dates.js';
import { useHealth } from './useHealth.js';

/** Warns on every page that the server runs with a fixed "today" for a rehearsal of the year-end work. */
export function RehearsalBanner() {
  const { t } = useTranslation();
  const { data } = useHealth();

  if (!data?.rehearsalDate) return null;

  return (
    <Alert
      type="warning"
      showIcon
      banner
      role="alert"
      title={t('common:rehearsal', { date: formatDisplayDate(data.rehearsalDate) })}
    />
  );
}
