import { Breadcrumb, Card, Skeleton, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { ErrorState } from '../../shared/ErrorState.js';
import { NoOrganization } from '../organization/NoOrganization.js';
import { useCurrentOrganizationId } from '../organization/useCurrentOrganizationId.js';
import { useOrganization } from '../organization/useOrganization.js';
import { YearEndSummaryTable } from '../year-end/YearEndSummaryTable.js';
import './graduation.css';
import { YEAR_END_SECTIONS, yearEndPath } from './yearEndSections.js';

/** Renders the screen "Process graduation, transfer or admission", opened at one of its sections. */
export function YearEndPage({ section }: { section: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const currentOrganizationId = useCurrentOrganizationId();
  const organization = useOrganization();

  if (currentOrganizationId === null) return <NoOrganization />;
  if (organization.isError) return <ErrorState error={organization.error} onRetry={() => void organization.refetch()} />;
  if (!organization.data) return <Skeleton active paragraph={{ rows: 8 }} />;

  const { id: organizationId, finalGrade } = organization.data;

  return (
    <Card>
      <Breadcrumb
        className="year-end__breadcrumb"
        items={[{ key: 'contingent', title: <Link to="/contingent">{t('contingent:title')}</Link> }, { key: 'year-end', title: t('graduation:yearEnd.title') }]}
      />
      <Typography.Title level={4} className="year-end__title">
        {t('graduation:yearEnd.title')}
      </Typography.Title>
      <YearEndSummaryTable organizationId={organizationId} />
      <Tabs
        aria-label={t('graduation:yearEnd.sections')}
        activeKey={section}
        onChange={(key) => navigate(yearEndPath(key))}
        items={YEAR_END_SECTIONS.map(({ key, labelKey, Component }) => ({
          key,
          label: t(labelKey),
          children: key === section && <Component organizationId={organizationId} finalGrade={finalGrade} />,
        }))}
      />
    </Card>
  );
}
