import { Skeleton, Typography } from 'antd';
import { useLocation } from 'react-router-dom';
import { localizedName } from '../../shared/localizedName.js';
import { useLanguage } from '../../shared/useLanguage.js';
import { homeTerritoryOf } from '../auth/permissions.js';
import { useMe } from '../auth/useMe.js';
import { OrganizationPicker } from './OrganizationPicker.js';
import { TerritoryBreadcrumb } from './TerritoryBreadcrumb.js';
import { useOrganization } from './useOrganization.js';

/**
 * Renders the school's territory breadcrumb and name above every page, with
 * the school picker for everyone but operators. The year-end progress and
 * administration pages have headers of their own.
 */
export function OrganizationHeader() {
  const me = useMe();
  const location = useLocation();
  const picksSchool = me.data !== undefined && me.data !== null && me.data.role !== 'operator';

  if (location.pathname.startsWith('/progress') || location.pathname.startsWith('/admin')) return null;

  return (
    <>
      {picksSchool && <OrganizationPicker />}
      <CurrentOrganization />
    </>
  );
}

function CurrentOrganization() {
  const language = useLanguage();
  const organization = useOrganization();
  const me = useMe();
  // Watchers return from a school to the progress of any territory of its path inside their own.
  const progressFrom = me.data && me.data.role !== 'operator' ? homeTerritoryOf(me.data) : null;

  if (organization.isPending && organization.fetchStatus === 'idle') return null;
  if (organization.isPending) return <Skeleton active paragraph={{ rows: 1 }} />;
  if (organization.isError) return null;

  return (
    <header className="organization-header">
      <TerritoryBreadcrumb path={organization.data.territoryPath} progressFrom={progressFrom} />
      <Typography.Title level={4} className="organization-header__name">
        {localizedName(organization.data.names, language)}
      </Typography.Title>
    </header>
  );
}
