import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

export interface Fill {
  filled: number;
  required: number;
}

function tagColor({ filled, required }: Fill): string {
  if (filled >= required) return 'success';
  return filled * 2 >= required ? 'warning' : 'error';
}

/** Fill statistics as "filled/required": green when complete, orange from half, red below half. */
export function FillTag({ fill }: { fill: Fill }) {
  const { t } = useTranslation();

  return (
    <Tag color={tagColor(fill)} title={t('common:fillStatistics')}>
      {fill.filled}/{fill.required}
    </Tag>
  );
}
