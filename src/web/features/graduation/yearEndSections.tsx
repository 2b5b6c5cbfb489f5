import type { ComponentType } from 'react';
import { AdmissionSection } from '../admission/AdmissionSection.js';
import { TransferSection } from '../transfer/TransferSection.js';
import { GraduationSection } from './GraduationSection.js';

export interface YearEndSectionProps {
  organizationId: number;
  /** The school's last grade: 11, 12 or 13. */
  finalGrade: number;
}

export interface YearEndSection {
  /** The last part of the section's path: /year-end/<key>. */
  key: string;
  labelKey: string;
  Component: ComponentType<YearEndSectionProps>;
}

/**
 * The top tabs of "Process graduation, transfer or admission", in display
 * order. A new section is one entry here and one route in app/routes.tsx.
 */
export const YEAR_END_SECTIONS: YearEndSection[] = [
  { key: 'graduation', labelKey: 'graduation:yearEnd.tabs.graduation', Component: GraduationSection },
  { key: 'transfer', labelKey: 'yearEnd:transfer.tab', Component: TransferSection },
  { key: 'admission', labelKey: 'yearEnd:admission.tab', Component: AdmissionSection },
];

export function yearEndPath(key: string): string {
  return `/year-end/${key}`;
}
