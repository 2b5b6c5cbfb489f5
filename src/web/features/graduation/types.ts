import type { StudentListItem } from '../contingent/types.js';

export interface EligibleStudent extends StudentListItem {
  altynBelgiCandidate: boolean;
  altynBelgiConfirmed: boolean;
  /** A final-grade Altyn Belgi candidate whose confirmation is not checked. */
  altynBelgiWarning: boolean;
  /** The study form is external study, so any departure date is accepted. */
  externalStudy: boolean;
}

export interface NotReadyStudent {
  student: StudentListItem;
  /** Indicator codes to fill, the attestat fields first. */
  missing: string[];
}

export interface GraduationCandidates {
  /** June of the school year being closed, 'YYYY-MM-DD'. */
  departureWindow: { from: string; to: string };
  eligible: EligibleStudent[];
  notReady: NotReadyStudent[];
}

export interface GraduationRequest {
  studentIds: number[];
  documentKind: string;
  departureDate: string;
  orderDate: string;
  orderNumber: string;
  destination: string;
  country?: string;
}

export interface GraduationResult {
  batchId: string;
  graduated: number;
}

export interface GraduateItem extends StudentListItem {
  enrolmentId: number;
  graduationYear: number | null;
  documentKind: string | null;
  graduatedAt: string | null;
  /** Last date, 'YYYY-MM-DD', on which the graduation can be undone; null once it has passed. */
  undoUntil: string | null;
  canUndo: boolean;
}

export interface GraduatePage {
  items: GraduateItem[];
  total: number;
}
