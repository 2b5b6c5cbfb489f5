import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/useMe.js';

/** Explains why a page is empty: an administrator has not chosen a school, or an account has none. */
export function NoOrganization() {
  const { t } = useTranslation();
  const me = useMe();

  const title = me.data?.role === 'admin' ? t('shell:organizationPicker.choose') : t('contingent:noOrganization');
  return <Result status="info" title={title} />;
}
