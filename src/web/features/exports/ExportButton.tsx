import { DownOutlined, FileExcelOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import type { QueryParams } from '../../api/client.js';
import { useExport } from './useExport.js';

export interface ExportVariant {
  key: string;
  label: string;
  /** Parameters added to the list's filters, such as `columns: 'passport'`. */
  params: QueryParams;
}

interface ExportButtonProps {
  organizationId: number;
  /** The export's name on the server: contingent, graduates, graduation-ready… */
  list: string;
  /** The filters of the list as it is shown, so the file has the same rows. */
  params: QueryParams;
  /** With variants the button opens a menu of them; without, it exports at once. */
  variants?: ExportVariant[];
}

/** Renders "Export to Excel" for a list: every row of the current filters, all pages, in the UI language. */
export function ExportButton({ organizationId, list, params, variants }: ExportButtonProps) {
  const { t } = useTranslation();
  const { run, pending } = useExport(organizationId, list);

  if (!variants || variants.length === 0) {
    return (
      <Button icon={<FileExcelOutlined />} loading={pending} onClick={() => void run(params)}>
        {t('excel:export.button')}
      </Button>
    );
  }

  return (
    <Dropdown
      trigger={['click']}
      disabled={pending}
      menu={{
        items: variants.map((variant) => ({ key: variant.key, label: variant.label })),
        onClick: ({ key }) => {
          const variant = variants.find((candidate) => candidate.key === key)!;
          void run({ ...params, ...variant.params });
        },
      }}
    >
      <Button icon={<FileExcelOutlined />} loading={pending}>
        {t('excel:export.button')} <DownOutlined />
      </Button>
    </Dropdown>
  );
}
