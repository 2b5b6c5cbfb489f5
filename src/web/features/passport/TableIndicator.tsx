import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Table, type TableColumnsType } from 'antd';
import type { FormListFieldData } from 'antd';
import type { Indicator } from '../../../domain/passport/types.js';
import { useLanguage } from '../../shared/useLanguage.js';
import { renderValueInput, valueItemProps, type ValueInputContext } from './valueInput.js';

interface TableIndicatorProps {
  indicator: Indicator;
  context: ValueInputContext;
}

/** Renders an editable table indicator: one row per entry, one input per column, rows added and deleted in place. */
export function TableIndicator({ indicator, context }: TableIndicatorProps) {
  const { t } = context;
  const language = useLanguage();
  const columns = indicator.columns ?? [];
  const maxRows = indicator.maxRows;

  return (
    <Form.List name={['passport', indicator.code]}>
      {(fields, { add, remove }, { errors }) => {
        const tableColumns: TableColumnsType<FormListFieldData> = [
          { key: 'number', title: t('passport:table.number'), width: 48, render: (_value, _field, index) => index + 1 },
          ...columns.map((column) => ({
            key: column.code,
            title: (
              <span className={column.required ? 'passport-table__required' : undefined}>{column.labels[language]}</span>
            ),
            render: (_value: unknown, field: FormListFieldData, index: number) => (
              <Form.Item name={[field.name, column.code]} className="passport-table__cell" {...valueItemProps(column)}>
                {renderValueInput(
                  column,
                  context,
                  t('passport:table.cell', { column: column.labels[language], row: index + 1 }),
                )}
              </Form.Item>
            ),
          })),
          {
            key: 'remove',
            width: 56,
            render: (_value, field, index) => (
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('passport:table.removeRowNumber', { row: index + 1 })}
                title={t('passport:table.removeRow')}
                onClick={() => remove(field.name)}
              />
            ),
          },
        ];

        return (
          <div className="passport-table">
            <Table<FormListFieldData>
              rowKey="key"
              size="small"
              bordered
              pagination={false}
              columns={tableColumns}
              dataSource={fields}
              scroll={{ x: 'max-content' }}
              locale={{ emptyText: t('passport:table.empty') }}
            />
            <Form.ErrorList errors={errors} />
            <Button
              className="passport-table__add"
              icon={<PlusOutlined />}
              disabled={maxRows !== undefined && fields.length >= maxRows}
              onClick={() => add({})}
            >
              {t('passport:table.addRow')}
            </Button>
          </div>
        );
      }}
    </Form.List>
  );
}
