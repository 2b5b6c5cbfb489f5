import { Empty, Table, type TableColumnsType, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { PAGE_SIZES, type ContingentQuery } from './types.js';

interface PagedTableProps<Row> {
  rowKey: keyof Row & string;
  columns: TableColumnsType<Row>;
  page: { items: Row[]; total: number } | undefined;
  loading: boolean;
  query: ContingentQuery;
  onPageChange: (change: Partial<ContingentQuery>) => void;
  /** Checkboxes in the first column, for the tabs whose rows can be selected. */
  rowSelection?: TableProps<Row>['rowSelection'];
}

/** Render a list of students paged on the server, keeping the page and its size in the URL query. */
export function PagedTable<Row extends object>({ rowKey, columns, page, loading, query, onPageChange, rowSelection }: PagedTableProps<Row>) {
  const { t } = useTranslation();

  return (
    <Table<Row>
      rowKey={rowKey}
      size="middle"
      columns={columns}
      dataSource={page?.items ?? []}
      loading={loading}
      scroll={{ x: 'max-content' }}
      rowSelection={rowSelection}
      locale={{ emptyText: <Empty description={t('contingent:empty')} /> }}
      pagination={{
        current: query.page,
        pageSize: query.pageSize,
        total: page?.total ?? 0,
        pageSizeOptions: PAGE_SIZES.map(String),
        showSizeChanger: true,
        hideOnSinglePage: false,
      }}
      onChange={(pagination) => {
        const pageSize = pagination.pageSize ?? query.pageSize;
        if (pageSize !== query.pageSize) onPageChange({ pageSize });
        else onPageChange({ page: pagination.current ?? 1 });
      }}
    />
  );
}
