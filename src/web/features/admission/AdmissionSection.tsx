import { useTranslation } from 'react-i18next';
import type { YearEndSectionProps } from '../graduation/yearEndSections.js';
import { SubTabs } from '../year-end/SubTabs.js';
import { AdmittedView } from './AdmittedView.js';
import { AdmissionCandidatesView } from './AdmissionCandidatesView.js';

/** Renders the Admission tab: the grade-9 graduates who continue at the school, and those admitted this year. */
export function AdmissionSection({ organizationId }: YearEndSectionProps) {
  const { t } = useTranslation();

  return (
    <SubTabs
      ariaLabel={t('yearEnd:admission.states')}
      tabs={[
        { key: 'not_admitted', label: t('yearEnd:admission.notAdmitted'), render: () => <AdmissionCandidatesView organizationId={organizationId} /> },
        { key: 'admitted', label: t('yearEnd:admission.admitted'), render: () => <AdmittedView organizationId={organizationId} /> },
      ]}
    />
  );
}
