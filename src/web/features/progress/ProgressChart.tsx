import { Card, Empty, Segmented, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localizedName } from '../../shared/localizedName.js';
import { useLanguage } from '../../shared/useLanguage.js';
import { COUNT_FIELDS, type CountField, type ProgressRow } from './types.js';

/** Bar colours per indicator, from the Ant Design palette. */
const COLORS: Record<CountField, string> = {
  active: '#00829b',
  notReady: '#fa8c16',
  graduated: '#1677ff',
  transferred: '#52c41a',
  admitted: '#722ed1',
  pending: '#8c8c8c',
};

/**
 * Renders a horizontal bar per district, region or school for one indicator,
 * largest first, so the rows that lag behind stand out. Each bar carries its
 * value as text for screen readers.
 */
export function ProgressChart({ rows }: { rows: ProgressRow[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [measure, setMeasure] = useState<CountField>('notReady');

  const sorted = [...rows].sort((a, b) => b.totals[measure] - a.totals[measure]);
  const maximum = Math.max(1, ...sorted.map((row) => row.totals[measure]));

  return (
    <Card
      title={t('progress:chart.title')}
      extra={
        <Space>
          <Typography.Text id="progress-chart-measure">{t('progress:chart.measure')}</Typography.Text>
          <Segmented<CountField>
            aria-labelledby="progress-chart-measure"
            size="small"
            value={measure}
            options={COUNT_FIELDS.map((field) => ({ value: field, label: t(`progress:columns.${field}`) }))}
            onChange={setMeasure}
          />
        </Space>
      }
    >
      {sorted.length === 0 ? (
        <Empty />
      ) : (
        <ul className="progress-chart" aria-label={t(`progress:columns.${measure}`)}>
          {sorted.map((row) => {
            const name = localizedName(row.names, language);
            const value = row.totals[measure];

            return (
              <li key={`${row.kind}-${row.organizationId ?? row.kato}`} className="progress-chart__row">
                <span className="progress-chart__name" title={name}>
                  {name}
                </span>
                <span className="progress-chart__track" role="img" aria-label={t('progress:chart.bar', { name, value })}>
                  <span className="progress-chart__bar" style={{ width: `${(value / maximum) * 100}%`, background: COLORS[measure] }} />
                </span>
                <span className="progress-chart__value">{value}</span>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
