import { Empty, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../shared/ErrorState.js';
import { ExportButton } from '../exports/ExportButton.js';
import { MovedStudentsTable } from '../year-end/MovedStudentsTable.js';
import { useAdmissionList } from '../year-end/useYearEndQueries.js';

/** Renders the graduates admitted this school year, in their new grade, with the undo of each admission. */
export function AdmittedView({ organizationId }: { organizationId: number }) {
  const { t } = useTranslation();
  const list = useAdmissionList(organizationId, 'admitted');

  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  if (!list.data) return <Skeleton active paragraph={{ rows: 8 }} />;

  const admitted = list.data.admitted ?? [];
  if (admitted.length === 0) return <Empty description={t('yearEnd:admission.noneAdmitted')} />;

  return (
    <>
      <Typography.Paragraph type="secondary">{t('yearEnd:admission.admittedHint')}</Typography.Paragraph>
      <div className="graduation-toolbar">
        <ExportButton organizationId={organizationId} list="admitted" params={{}} />
      </div>
      <Typography.Paragraph className="contingent-count" aria-live="polite">
        {t('contingent:shown', { shown: admitted.length, total: admitted.length })}
      </Typography.Paragraph>
      <MovedStudentsTable organizationId={organizationId} kind="admission" students={admitted} emptyText={t('yearEnd:admission.noneAdmitted')} />
    </>
  );
}
