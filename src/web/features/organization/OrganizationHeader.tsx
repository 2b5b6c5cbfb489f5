import { Skeleton, Typography } from 'antd';
import { localizedName } from '../../shared/localizedName.js';
import { useLanguage } from '../../shared/useLanguage.js';
import { TerritoryBreadcrumb } from './TerritoryBreadcrumb.js';
import { useOrganization } from './useOrganization.js';

/** Renders the school's territory breadcrumb and name above every page, or nothing for users without a school. */
export function OrganizationHeader() {
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
