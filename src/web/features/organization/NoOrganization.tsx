import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/useMe.js';

/** Explains why a page is empty: a user who picks schools has not chosen one, or an operator's account has none. */
export function NoOrganization() {
  const { t } = useTranslation();
  const me = useMe();

  const title = me.data && me.data.role !== 'operator' ? t('shell:organizationPicker.choose') : t('contingent:noOrganization');
  return <Result status="info" title={title} />;
}
