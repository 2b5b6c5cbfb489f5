import { Empty, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../shared/ErrorState.js';
import { ExportButton } from '../exports/ExportButton.js';
import { filterByGradeLetter, GradeLetterFilter, type GradeLetter } from '../year-end/GradeLetterFilter.js';
import { MovedStudentsTable } from '../year-end/MovedStudentsTable.js';
import { useTransferList } from '../year-end/useYearEndQueries.js';

/** Renders the students moved up this school year, in their new grade, with the undo of each transfer. */
export function TransferredView({ organizationId }: { organizationId: number }) {
  const { t } = useTranslation();
  const list = useTransferList(organizationId, 'transferred');
  const [filter, setFilter] = useState<GradeLetter>({ grade: null, letter: null });

  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  if (!list.data) return <Skeleton active paragraph={{ rows: 8 }} />;

  const transferred = list.data.transferred ?? [];
  if (transferred.length === 0) return <Empty description={t('yearEnd:transfer.noneTransferred')} />;

  const shown = filterByGradeLetter(transferred, filter);

  return (
    <>
      <Typography.Paragraph type="secondary">{t('yearEnd:transfer.transferredHint')}</Typography.Paragraph>
      <div className="graduation-toolbar">
        <Space wrap>
          <GradeLetterFilter idPrefix="transferred" students={transferred} value={filter} onChange={setFilter} />
          <ExportButton organizationId={organizationId} list="transferred" params={{ ...filter }} />
        </Space>
      </div>
      <Typography.Paragraph className="contingent-count" aria-live="polite">
        {t('contingent:shown', { shown: shown.length, total: transferred.length })}
      </Typography.Paragraph>
      <MovedStudentsTable organizationId={organizationId} kind="transfer" students={shown} emptyText={t('yearEnd:noneMatchFilter')} />
    </>
  );
}
