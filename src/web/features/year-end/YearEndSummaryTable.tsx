import { Alert, Skeleton, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { gradeLabel } from '../../shared/gradeLabel.js';
import { translateError } from '../../shared/translateError.js';
import type { YearEndGradeRow } from './types.js';
import { useYearEndSummary } from './useYearEndQueries.js';

/** Renders, per grade of the school year being closed, what is done and what is left: the operator's checklist for the year-end. */
export function YearEndSummaryTable({ organizationId }: { organizationId: number }) {
  const { t, i18n } = useTranslation();
  const summary = useYearEndSummary(organizationId);

  if (summary.isError) return <Alert type="error" showIcon className="form-alert" title={translateError(i18n, summary.error)} />;
  if (!summary.data) return <Skeleton active paragraph={{ rows: 3 }} />;

  const { grades, schoolYear } = summary.data;
  const left = grades.reduce((total, row) => total + row.active, 0);

  // Zeros fade so the counts that matter stand out; the students left to process are bold.
  const count = (value: number, highlight = false) => {
    if (value === 0) return <Typography.Text type="secondary">0</Typography.Text>;
    return highlight ? <Typography.Text strong>{value}</Typography.Text> : value;
  };
  const columns: TableColumnsType<YearEndGradeRow> = [
    { key: 'grade', title: t('contingent:columns.grade'), render: (_value, row) => gradeLabel(t, row.grade) },
    { key: 'active', title: t('yearEnd:summary.active'), align: 'right', render: (_value, row) => count(row.active, true) },
    { key: 'notReady', title: t('yearEnd:summary.notReady'), align: 'right', render: (_value, row) => count(row.notReady) },
    { key: 'graduated', title: t('yearEnd:summary.graduated'), align: 'right', render: (_value, row) => count(row.graduated) },
    { key: 'transferred', title: t('yearEnd:summary.transferred'), align: 'right', render: (_value, row) => count(row.transferred) },
    { key: 'admitted', title: t('yearEnd:summary.admitted'), align: 'right', render: (_value, row) => count(row.admitted) },
  ];

  return (
    <section className="year-end-summary" aria-labelledby="year-end-summary-title">
      <Typography.Title level={5} id="year-end-summary-title">
        {t('yearEnd:summary.title', { from: schoolYear, to: schoolYear + 1 })}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{left === 0 ? t('yearEnd:summary.allDone') : t('yearEnd:summary.left', { count: left })}</Typography.Paragraph>
      <Table<YearEndGradeRow>
        rowKey="grade"
        size="small"
        columns={columns}
        dataSource={grades}
        pagination={false}
        scroll={{ x: 'max-content' }}
        summary={(rows) => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>
              <Typography.Text strong>{t('yearEnd:summary.total')}</Typography.Text>
            </Table.Summary.Cell>
            {(['active', 'notReady', 'graduated', 'transferred', 'admitted'] as const).map((key, index) => (
              <Table.Summary.Cell key={key} index={index + 1} align="right">
                <Typography.Text strong>{rows.reduce((total, row) => total + row[key], 0)}</Typography.Text>
              </Table.Summary.Cell>
            ))}
          </Table.Summary.Row>
        )}
      />
    </section>
  );
}
