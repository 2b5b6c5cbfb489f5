import { ExportOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Form, Select, Skeleton, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { compareKazakh } from '../../../domain/kazakh-order.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { useCanWrite } from '../auth/permissions.js';
import { gradeLabel } from '../../shared/gradeLabel.js';
import type { StudentListItem } from '../contingent/types.js';
import { AltynBelgiTag } from './AltynBelgiTag.js';
import { ExportButton } from '../exports/ExportButton.js';
import { EligibleTable } from './EligibleTable.js';
import { GraduationDialog } from './GraduationDialog.js';
import { NotReadyList } from './NotReadyList.js';
import { useGraduationCandidates } from './useGraduationCandidates.js';

interface GraduationGradeProps {
  organizationId: number;
  grade: number;
  finalGrade: number;
}

/** Renders one graduating grade: the students ready to graduate with their checkboxes, the graduation dialog, and the students not ready. */
export function GraduationGrade({ organizationId, grade, finalGrade }: GraduationGradeProps) {
  const { t } = useTranslation();
  const candidates = useGraduationCandidates(organizationId, grade);
  const [selectedIds, setSelectedIds] = useState<number[]>([]);
  const [letter, setLetter] = useState<string | null>(null);
  const [dialogOpen, setDialogOpen] = useState(false);
  const canWrite = useCanWrite();

  const eligible = useMemo(() => candidates.data?.eligible ?? [], [candidates.data]);
  const notReady = useMemo(() => candidates.data?.notReady ?? [], [candidates.data]);

  // A refetch can drop students (graduated meanwhile, passport changed), so only listed students stay selected.
  const selected = eligible.filter((student) => selectedIds.includes(student.id));
  const letters = [...new Set(eligible.map((student) => student.letter))].sort(compareKazakh);
  const shown = letter === null ? eligible : eligible.filter((student) => student.letter === letter);
  const warnings = eligible.filter((student) => student.altynBelgiWarning).length;

  const knownStudents = useMemo(() => {
    const byId = new Map<number, StudentListItem>(eligible.map((student) => [student.id, student]));
    for (const { student } of notReady) byId.set(student.id, student);
    return byId;
  }, [eligible, notReady]);

  if (candidates.isError) return <ErrorState error={candidates.error} onRetry={() => void candidates.refetch()} />;
  if (!candidates.data) return <Skeleton active paragraph={{ rows: 8 }} />;

  if (eligible.length === 0 && notReady.length === 0) {
    return <Empty description={t('graduation:noStudents', { grade: gradeLabel(t, grade) })} />;
  }

  return (
    <div className="graduation-grade">
      {canWrite && <Typography.Paragraph type="secondary">{t('graduation:eligible.hint')}</Typography.Paragraph>}
      {warnings > 0 && <Alert type="warning" showIcon className="form-alert" title={t('graduation:altynBelgi.warning', { count: warnings })} />}
      <Space className="graduation-toolbar" wrap>
        <Form layout="inline" component="div" colon={false}>
          <Form.Item label={t('contingent:filters.letter')} htmlFor={`graduation-letter-${grade}`}>
            <Select<string>
              id={`graduation-letter-${grade}`}
              className="graduation-toolbar__letter"
              allowClear
              placeholder={t('contingent:filters.all')}
              value={letter ?? undefined}
              options={letters.map((value) => ({ value, label: value }))}
              onChange={(value) => setLetter(value ?? null)}
            />
          </Form.Item>
        </Form>
        {canWrite && (
          <>
            <Typography.Text strong aria-live="polite">
              {t('graduation:eligible.selected', { selected: selected.length, total: eligible.length })}
            </Typography.Text>
            <Button type="primary" icon={<ExportOutlined />} disabled={selected.length === 0} onClick={() => setDialogOpen(true)}>
              {t('graduation:eligible.submit')}
            </Button>
          </>
        )}
        <ExportButton organizationId={organizationId} list="graduation-ready" params={{ grade, letter }} />
      </Space>
      <Typography.Paragraph className="contingent-count">{t('graduation:eligible.shown', { shown: shown.length, total: eligible.length })}</Typography.Paragraph>
      <EligibleTable
        students={shown}
        extraColumns={
          grade === finalGrade
            ? [{ key: 'altynBelgi', title: t('graduation:columns.altynBelgi'), render: (_value, student) => <AltynBelgiTag student={student} /> }]
            : []
        }
        selectedIds={selected.map((student) => student.id)}
        onSelect={canWrite ? setSelectedIds : undefined}
        emptyText={letter === null ? t('graduation:eligible.empty') : t('graduation:eligible.noneWithLetter')}
      />
      {notReady.length > 0 && (
        <NotReadyList students={notReady} extra={<ExportButton organizationId={organizationId} list="graduation-not-ready" params={{ grade }} />} />
      )}
      {canWrite && dialogOpen && (
        <GraduationDialog
          organizationId={organizationId}
          grade={grade}
          finalGrade={finalGrade}
          departureWindow={candidates.data.departureWindow}
          selected={selected}
          knownStudents={knownStudents}
          onClose={() => setDialogOpen(false)}
          onGraduated={() => setSelectedIds([])}
        />
      )}
    </div>
  );
}
