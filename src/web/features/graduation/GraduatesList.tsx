import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../shared/ErrorState.js';
import { RecordCount } from '../../shared/RecordCount.js';
import type { ContingentQuery } from '../contingent/types.js';
import { GraduatesTable } from './GraduatesTable.js';
import { useGraduates } from './useGraduates.js';

interface GraduatesListProps {
  organizationId: number;
  query: ContingentQuery;
  onChange: (change: Partial<ContingentQuery>) => void;
}

/** Renders the body of the Graduates tab: the record count and one page of graduates. */
export function GraduatesList({ organizationId, query, onChange }: GraduatesListProps) {
  const { t } = useTranslation();
  const graduates = useGraduates(organizationId, query);

  if (graduates.isError) return <ErrorState error={graduates.error} onRetry={() => void graduates.refetch()} />;

  return (
    <>
      <RecordCount page={graduates.data} />
      <GraduatesTable organizationId={organizationId} query={query} data={graduates.data} loading={graduates.isFetching} onPageChange={onChange} />
    </>
  );
}
