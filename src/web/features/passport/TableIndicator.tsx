import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Table, type TableColumnsType } from 'antd';
import type { FormListFieldData } from 'antd';
import type { Indicator, IndicatorColumn } from '../../../domain/passport/types.js';
import { useLanguage } from '../../shared/useLanguage.js';
import { sameTable } from './formValues.js';
import { renderValueInput, valueItemProps, type ValueInputContext } from './valueInput.js';
import { valueRule } from './valueRules.js';

interface TableIndicatorProps {
  indicator: Indicator;
  context: ValueInputContext;
}

/** Pixels of the row number and the delete button columns. */
const NUMBER_COLUMN_WIDTH = 44;
const REMOVE_COLUMN_WIDTH = 48;

/** Pixels of a column by its type; text columns take the rest of the card and at least TEXT_COLUMN_MIN_WIDTH. */
const COLUMN_WIDTHS: Partial<Record<IndicatorColumn['type'], number>> = { date: 150, number: 120, boolean: 120, choice: 200 };
const TEXT_COLUMN_MIN_WIDTH = 180;

/** Returns the narrowest width of the table. In a narrower card the table scrolls sideways inside the card. */
function minimumTableWidth(columns: IndicatorColumn[]): number {
  const columnsWidth = columns.reduce((sum, column) => sum + (COLUMN_WIDTHS[column.type] ?? TEXT_COLUMN_MIN_WIDTH), 0);
  return NUMBER_COLUMN_WIDTH + columnsWidth + REMOVE_COLUMN_WIDTH;
}

/**
 * Renders an editable table indicator: one row per entry, one input per column,
 * rows added and deleted in place. Each cell is checked before the form is
 * sent, and a required cell left empty is an error, so a new row that is never
 * filled shows its errors instead of vanishing on save.
 */
export function TableIndicator({ indicator, context }: TableIndicatorProps) {
  const { t } = context;
  const language = useLanguage();
  const form = Form.useFormInstance();
  const columns = indicator.columns ?? [];
  const maxRows = indicator.maxRows;
  // The server checks a table only when it changes, and then every row of it.
  const unchanged = () => sameTable(form.getFieldValue(['passport', indicator.code]), context.saved[indicator.code]);

  return (
    <Form.List name={['passport', indicator.code]}>
      {(fields, { add, remove }, { errors }) => {
        const tableColumns: TableColumnsType<FormListFieldData> = [
          { key: 'number', title: t('passport:table.number'), width: NUMBER_COLUMN_WIDTH, render: (_value, _field, index) => index + 1 },
          ...columns.map((column) => ({
            key: column.code,
            width: COLUMN_WIDTHS[column.type],
            title: (
              <span className={column.required ? 'passport-table__required' : undefined}>{column.labels[language]}</span>
            ),
            render: (_value: unknown, field: FormListFieldData, index: number) => (
              <Form.Item
                name={[field.name, column.code]}
                className="passport-table__cell"
                rules={[valueRule(context.i18n, column, { required: column.required, today: context.today, unchanged })]}
                {...valueItemProps(column)}
              >
                {renderValueInput(
                  column,
                  context,
                  t('passport:table.cell', { column: column.labels[language], row: index + 1 }),
                )}
              </Form.Item>
            ),
          })),
        ];
        if (!context.readOnly) {
          tableColumns.push({
            key: 'remove',
            width: REMOVE_COLUMN_WIDTH,
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
          });
        }

        return (
          <div className="passport-table">
            <Table<FormListFieldData>
              rowKey="key"
              size="small"
              bordered
              pagination={false}
              tableLayout="fixed"
              columns={tableColumns}
              dataSource={fields}
              scroll={{ x: minimumTableWidth(columns) }}
              locale={{ emptyText: t('passport:table.empty') }}
            />
            <Form.ErrorList errors={errors} />
            {!context.readOnly && (
              <Button
                className="passport-table__add"
                icon={<PlusOutlined />}
                disabled={maxRows !== undefined && fields.length >= maxRows}
                onClick={() => add({})}
              >
                {t('passport:table.addRow')}
              </Button>
            )}
          </div>
        );
      }}
    </Form.List>
  );
}
