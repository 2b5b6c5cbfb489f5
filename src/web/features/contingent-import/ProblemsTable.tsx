import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../api/client.js';
import { translateCode } from '../../shared/translateError.js';

/** Lists the problems of an import file with the row, the column and its title, and the translated message. */
export function ProblemsTable({ problems }: { problems: FieldError[] }) {
  const { t, i18n } = useTranslation();

  const rows = problems.map((problem, index) => ({ ...problem, key: index }));
  const columns: TableColumnsType<FieldError & { key: number }> = [
    { key: 'row', title: t('excel:import.problems.row'), width: 90, render: (_value, problem) => problem.params?.row ?? '—' },
    {
      key: 'column',
      title: t('excel:import.problems.column'),
      render: (_value, problem) => (problem.field === 'file' ? t('excel:import.problems.wholeFile') : `${problem.params?.column} — ${problem.params?.title}`),
    },
    { key: 'message', title: t('excel:import.problems.message'), render: (_value, problem) => translateCode(i18n, problem, problem.code) },
  ];

  return (
    <Table<FieldError & { key: number }>
      rowKey="key"
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={problems.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      scroll={{ x: 'max-content' }}
    />
  );
}
