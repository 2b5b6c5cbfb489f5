import { Table, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { compareKazakh } from '../../../domain/kazakh-order.js';
import { gradeLabel } from '../../shared/gradeLabel.js';
import { localizedName } from '../../shared/localizedName.js';
import { useLanguage } from '../../shared/useLanguage.js';
import { chooseOrganization } from '../organization/useCurrentOrganizationId.js';
import { COUNT_FIELDS, type CountField, type GradeCounts, type ProgressRow, type TerritoryProgress } from './types.js';

/**
 * Renders the progress table: a row per district, region or school with its
 * counts, sortable by any column, each row opening to its grades. A territory
 * row leads to that territory's progress; a school row to the school's
 * contingent, which a watcher reads without changing.
 */
export function ProgressTable({ progress, loading }: { progress: TerritoryProgress; loading: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const byTerritory = progress.grouping === 'territories';

  const countColumn = (field: CountField): TableColumnsType<ProgressRow>[number] => ({
    key: field,
    title: (
      <Tooltip title={t(`progress:hints.${field}`)}>
        <span>{t(`progress:columns.${field}`)}</span>
      </Tooltip>
    ),
    align: 'right',
    sorter: (a, b) => a.totals[field] - b.totals[field],
    render: (_value, row) => row.totals[field],
  });

  const columns: TableColumnsType<ProgressRow> = [
    {
      key: 'name',
      title: byTerritory ? t('progress:columns.territory') : t('progress:columns.school'),
      sorter: (a, b) => compareKazakh(localizedName(a.names, language), localizedName(b.names, language)),
      defaultSortOrder: 'ascend',
      render: (_value, row) => <RowName row={row} />,
    },
    ...(byTerritory ? [{ key: 'schools', title: t('progress:columns.schools'), align: 'right' as const, sorter: (a: ProgressRow, b: ProgressRow) => a.schools - b.schools, render: (_value: unknown, row: ProgressRow) => row.schools }] : []),
    ...COUNT_FIELDS.map(countColumn),
  ];

  return (
    <Table<ProgressRow>
      rowKey={(row) => `${row.kind}-${row.organizationId ?? row.kato}`}
      size="middle"
      columns={columns}
      dataSource={progress.rows}
      loading={loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('progress:empty') }}
      expandable={{
        expandedRowRender: (row) => <GradeTable grades={row.grades} caption={t('progress:gradesOf', { name: localizedName(row.names, language) })} />,
        rowExpandable: (row) => row.grades.length > 0,
      }}
      summary={() => (
        <Table.Summary fixed>
          <Table.Summary.Row className="progress-table__total">
            <Table.Summary.Cell index={0} />
            <Table.Summary.Cell index={1}>
              <Typography.Text strong>{t('progress:total')}</Typography.Text>
            </Table.Summary.Cell>
            {byTerritory && (
              <Table.Summary.Cell index={2} align="right">
                {progress.rows.reduce((sum, row) => sum + row.schools, 0)}
              </Table.Summary.Cell>
            )}
            {COUNT_FIELDS.map((field, index) => (
              <Table.Summary.Cell key={field} index={index + (byTerritory ? 3 : 2)} align="right">
                <Typography.Text strong>{progress.totals[field]}</Typography.Text>
              </Table.Summary.Cell>
            ))}
          </Table.Summary.Row>
        </Table.Summary>
      )}
    />
  );
}

function RowName({ row }: { row: ProgressRow }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const name = localizedName(row.names, language);

  if (row.kind === 'territory') return <Link to={`/progress/${row.kato}`}>{name}</Link>;

  return (
    <Link to="/contingent" title={t('progress:openSchool', { name })} onClick={() => chooseOrganization(row.organizationId)}>
      {name}
    </Link>
  );
}

function GradeTable({ grades, caption }: { grades: GradeCounts[]; caption: string }) {
  const { t } = useTranslation();

  const columns: TableColumnsType<GradeCounts> = [
    { key: 'grade', title: t('progress:columns.grade'), render: (_value, counts) => gradeLabel(t, counts.grade) },
    ...COUNT_FIELDS.map((field) => ({ key: field, title: t(`progress:columns.${field}`), align: 'right' as const, dataIndex: field })),
  ];

  return <Table<GradeCounts> rowKey="grade" size="small" className="progress-grades" title={() => caption} columns={columns} dataSource={grades} pagination={false} />;
}
