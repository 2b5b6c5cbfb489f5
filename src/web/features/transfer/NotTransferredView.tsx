import { RiseOutlined } from '@ant-design/icons';
import { Button, Empty, Skeleton, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../shared/ErrorState.js';
import { gradeLabel } from '../../shared/gradeLabel.js';
import type { StudentListItem } from '../contingent/types.js';
import { ExportButton } from '../exports/ExportButton.js';
import { useCanWrite } from '../auth/permissions.js';
import { EligibleTable } from '../graduation/EligibleTable.js';
import { NotReadyList } from '../graduation/NotReadyList.js';
import { filterByGradeLetter, GradeLetterFilter, type GradeLetter } from '../year-end/GradeLetterFilter.js';
import { useTransferList } from '../year-end/useYearEndQueries.js';
import { TransferDialog } from './TransferDialog.js';

/** Renders the students still to move up: those ready with their checkboxes and the Transfer button, then those not ready. */
export function NotTransferredView({ organizationId }: { organizationId: number }) {
  const { t } = useTranslation();
  const list = useTransferList(organizationId, 'not_transferred');
  const canWrite = useCanWrite();
  const [filter, setFilter] = useState<GradeLetter>({ grade: null, letter: null });
  const [selectedIds, setSelectedIds] = useState<number[]>([]);
  const [dialogOpen, setDialogOpen] = useState(false);

  const eligible = useMemo(() => list.data?.eligible ?? [], [list.data]);
  const notReady = useMemo(() => list.data?.notReady ?? [], [list.data]);

  const knownStudents = useMemo(() => {
    const byId = new Map<number, StudentListItem>(eligible.map((student) => [student.id, student]));
    for (const { student } of notReady) byId.set(student.id, student);
    return byId;
  }, [eligible, notReady]);

  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  if (!list.data) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (eligible.length === 0 && notReady.length === 0) return <Empty description={t('yearEnd:transfer.nothingLeft')} />;

  // A refetch can drop students (moved meanwhile, passport changed), so only listed students stay selected.
  const selected = eligible.filter((student) => selectedIds.includes(student.id));
  const shown = filterByGradeLetter(eligible, filter);
  const shownNotReady = notReady.filter((item) => filterByGradeLetter([item.student], filter).length > 0);

  return (
    <div className="graduation-grade">
      <Typography.Paragraph type="secondary">{t('yearEnd:transfer.hint')}</Typography.Paragraph>
      <Space className="graduation-toolbar" wrap>
        <GradeLetterFilter idPrefix="transfer" students={[...eligible, ...notReady.map((item) => item.student)]} value={filter} onChange={setFilter} />
        {canWrite && (
          <>
            <Typography.Text strong aria-live="polite">
              {t('graduation:eligible.selected', { selected: selected.length, total: eligible.length })}
            </Typography.Text>
            <Button type="primary" icon={<RiseOutlined />} disabled={selected.length === 0} onClick={() => setDialogOpen(true)}>
              {t('yearEnd:transfer.submit')}
            </Button>
          </>
        )}
        <ExportButton organizationId={organizationId} list="transfer-ready" params={{ ...filter }} />
      </Space>
      <Typography.Paragraph className="contingent-count">{t('contingent:shown', { shown: shown.length, total: eligible.length })}</Typography.Paragraph>
      <EligibleTable
        students={shown}
        extraColumns={[{ key: 'nextGrade', title: t('yearEnd:transfer.nextGrade'), render: (_value, student) => gradeLabel(t, student.grade + 1) }]}
        selectedIds={selected.map((student) => student.id)}
        onSelect={canWrite ? setSelectedIds : undefined}
        emptyText={eligible.length === 0 ? t('yearEnd:transfer.noneReady') : t('yearEnd:noneMatchFilter')}
      />
      {shownNotReady.length > 0 && (
        <NotReadyList
          students={shownNotReady}
          title={t('yearEnd:transfer.notReadyTitle', { count: shownNotReady.length })}
          hint={t('yearEnd:transfer.notReadyHint')}
          extra={<ExportButton organizationId={organizationId} list="transfer-not-ready" params={{ ...filter }} />}
        />
      )}
      {canWrite && dialogOpen && (
        <TransferDialog
          organizationId={organizationId}
          selected={selected}
          knownStudents={knownStudents}
          onClose={() => setDialogOpen(false)}
          onTransferred={() => setSelectedIds([])}
        />
      )}
    </div>
  );
}
