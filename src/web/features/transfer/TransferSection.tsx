import { useTranslation } from 'react-i18next';
import type { YearEndSectionProps } from '../graduation/yearEndSections.js';
import { SubTabs } from '../year-end/SubTabs.js';
import { NotTransferredView } from './NotTransferredView.js';
import { TransferredView } from './TransferredView.js';

/** Renders the Transfer tab: the students still to move up and those moved up this year. */
export function TransferSection({ organizationId }: YearEndSectionProps) {
  const { t } = useTranslation();

  return (
    <SubTabs
      ariaLabel={t('yearEnd:transfer.states')}
      tabs={[
        { key: 'not_transferred', label: t('yearEnd:transfer.notTransferred'), render: () => <NotTransferredView organizationId={organizationId} /> },
        { key: 'transferred', label: t('yearEnd:transfer.transferred'), render: () => <TransferredView organizationId={organizationId} /> },
      ]}
    />
  );
}
