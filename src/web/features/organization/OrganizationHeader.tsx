import { Skeleton, Typography } from 'antd';
import { localizedName } from '../../shared/localizedName.js';
import { useLanguage } from '../../shared/useLanguage.js';
import { useMe } from '../auth/useMe.js';
import { OrganizationPicker } from './OrganizationPicker.js';
import { TerritoryBreadcrumb } from './TerritoryBreadcrumb.js';
import { useOrganization } from './useOrganization.js';

/**
 * Renders the school's territory breadcrumb and name above every page, with
 * the school picker for administrators.
 */
export function OrganizationHeader() {
  const me = useMe();
  const isAdmin = me.data?.role === 'admin';

  return (
    <>
      {isAdmin && <OrganizationPicker />}
      <CurrentOrganization />
    </>
  );
}

function CurrentOrganization() {
  const language = useLanguage();
  const organization = useOrganization();

  if (organization.isPending && organization.fetchStatus === 'idle') return null;
  if (organization.isPending) return <Skeleton active paragraph={{ rows: 1 }} />;
  if (organization.isError) return null;

  return (
    <header className="organization-header">
      <TerritoryBreadcrumb path={organization.data.territoryPath} />
      <Typography.Title level={4} className="organization-header__name">
        {localizedName(organization.data.names, language)}
      </Typography.Title>
    </header>
  );
}
