import { LoginOutlined } from '@ant-design/icons';
import { Button, Empty, Skeleton, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../shared/ErrorState.js';
import { gradeLabel } from '../../shared/gradeLabel.js';
import { ExportButton } from '../exports/ExportButton.js';
import { useCanWrite } from '../auth/permissions.js';
import { EligibleTable } from '../graduation/EligibleTable.js';
import { filterByGradeLetter, GradeLetterFilter, type GradeLetter } from '../year-end/GradeLetterFilter.js';
import type { AdmissionCandidateItem } from '../year-end/types.js';
import { useAdmissionList } from '../year-end/useYearEndQueries.js';
import { AdmissionDialog } from './AdmissionDialog.js';

/** Renders the graduates who continue at the school, with their checkboxes and "Process admission". */
export function AdmissionCandidatesView({ organizationId }: { organizationId: number }) {
  const { t } = useTranslation();
  const list = useAdmissionList(organizationId, 'not_admitted');
  const canWrite = useCanWrite();
  const [filter, setFilter] = useState<GradeLetter>({ grade: null, letter: null });
  const [selectedIds, setSelectedIds] = useState<number[]>([]);
  const [dialogOpen, setDialogOpen] = useState(false);

  const eligible = useMemo(() => list.data?.eligible ?? [], [list.data]);

  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  if (!list.data) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (eligible.length === 0) return <Empty description={t('yearEnd:admission.noneToAdmit')} />;

  // A refetch can drop students (admitted meanwhile, graduation undone), so only listed students stay selected.
  const selected = eligible.filter((student) => selectedIds.includes(student.id));
  const shown = filterByGradeLetter(eligible, filter);

  return (
    <div className="graduation-grade">
      <Typography.Paragraph type="secondary">{t('yearEnd:admission.hint')}</Typography.Paragraph>
      <Space className="graduation-toolbar" wrap>
        <GradeLetterFilter idPrefix="admission" students={eligible} value={filter} onChange={setFilter} />
        {canWrite && (
          <>
            <Typography.Text strong aria-live="polite">
              {t('graduation:eligible.selected', { selected: selected.length, total: eligible.length })}
            </Typography.Text>
            <Button type="primary" icon={<LoginOutlined />} disabled={selected.length === 0} onClick={() => setDialogOpen(true)}>
              {t('yearEnd:admission.submit')}
            </Button>
          </>
        )}
        <ExportButton organizationId={organizationId} list="admission-candidates" params={{}} />
      </Space>
      <Typography.Paragraph className="contingent-count">{t('contingent:shown', { shown: shown.length, total: eligible.length })}</Typography.Paragraph>
      <EligibleTable<AdmissionCandidateItem>
        students={shown}
        extraColumns={[{ key: 'admissionGrade', title: t('yearEnd:admission.admissionGrade'), render: (_value, student) => gradeLabel(t, student.admissionGrade) }]}
        selectedIds={selected.map((student) => student.id)}
        onSelect={canWrite ? setSelectedIds : undefined}
        emptyText={t('yearEnd:noneMatchFilter')}
      />
      {canWrite && dialogOpen && <AdmissionDialog organizationId={organizationId} selected={selected} onClose={() => setDialogOpen(false)} onAdmitted={() => setSelectedIds([])} />}
    </div>
  );
}
