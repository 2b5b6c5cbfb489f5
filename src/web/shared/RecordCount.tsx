import { Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * Renders "Showing N of M records" for a loaded page, and a placeholder while
 * the first page loads, so the operator never reads a false "0 of 0".
 */
export function RecordCount({ page }: { page: { items: unknown[]; total: number } | undefined }) {
  const { t } = useTranslation();

  if (!page) return <Skeleton.Input active size="small" className="contingent-count" />;

  return (
    <Typography.Paragraph className="contingent-count" aria-live="polite">
      {t('contingent:shown', { shown: page.items.length, total: page.total })}
    </Typography.Paragraph>
  );
}
