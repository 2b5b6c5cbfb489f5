import { Alert, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from './types.js';

/** Shows what the checked file would do: rows, students to add, update and leave, ignored columns and the verdict. */
export function ImportSummary({ fileName, preview }: { fileName: string; preview: ImportPreview }) {
  const { t } = useTranslation();
  const changes = preview.create + preview.update;

  return (
    <section className="import__summary" aria-label={t('excel:import.summary.title', { name: fileName })}>
      <Typography.Title level={5}>{t('excel:import.summary.title', { name: fileName })}</Typography.Title>
      <Descriptions className="import__counts" size="small" bordered column={1}>
        <Descriptions.Item label={t('excel:import.summary.rows')}>{preview.rows}</Descriptions.Item>
        <Descriptions.Item label={t('excel:import.summary.create')}>
          {preview.create}
          {preview.returning > 0 && ` (${t('excel:import.summary.returning', { count: preview.returning })})`}
        </Descriptions.Item>
        <Descriptions.Item label={t('excel:import.summary.update')}>{preview.update}</Descriptions.Item>
        <Descriptions.Item label={t('excel:import.summary.unchanged')}>{preview.unchanged}</Descriptions.Item>
        <Descriptions.Item label={t('excel:import.summary.problems')}>{preview.problemCount}</Descriptions.Item>
      </Descriptions>
      {preview.ignoredColumns.length > 0 && (
        <Typography.Paragraph type="secondary" className="import__ignored">
          {t('excel:import.ignored', { columns: preview.ignoredColumns.map(({ column, title }) => `${column} (${title})`).join(', ') })}
        </Typography.Paragraph>
      )}
      {preview.problemCount > 0 ? (
        <Alert
          type="error"
          showIcon
          className="form-alert"
          title={t('excel:import.problems.title', { count: preview.problemCount })}
          description={preview.problemCount > preview.problems.length ? t('excel:import.problems.more', { shown: preview.problems.length, count: preview.problemCount }) : undefined}
        />
      ) : (
        <Alert type={changes > 0 ? 'success' : 'info'} showIcon className="form-alert" title={t(changes > 0 ? 'excel:import.ready' : 'excel:import.nothingToDo')} />
      )}
    </section>
  );
}
