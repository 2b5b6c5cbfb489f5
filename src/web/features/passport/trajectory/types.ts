import type { StudentStatus } from '../../contingent/types.js';

export const MOVEMENT_KINDS = ['admission', 'transfer', 'graduation', 'departure', 'arrival', 'study_form_change', 'correction', 'undo'] as const;

export type MovementKind = (typeof MOVEMENT_KINDS)[number];

/** The details a graduation recorded, as the graduation dialog entered them. Codes are dictionary codes. */
export interface GraduationRecord {
  graduationYear: number;
  documentKind: string;
  departureDate: string;
  orderDate: string;
  orderNumber: string;
  destination: string;
  /** ISO 3166-1 alpha-2 code from the `countries` dictionary. */
  country: string | null;
}

/** The part of an enrolment that a movement changes, before or after it. */
export interface EnrolmentState {
  organizationId: number;
  schoolYear: number;
  grade: number;
  letter: string;
  status: StudentStatus;
  studyForm: string;
  graduation: GraduationRecord | null;
}

/** One step of a student's trajectory, as GET /students/{id}/movements returns it. */
export interface Movement {
  id: number;
  batchId: string;
  kind: MovementKind;
  /** Null for the first admission. */
  before: EnrolmentState | null;
  after: EnrolmentState;
  orderNumber: string | null;
  orderDate: string | null;
  /** ISO instant when the movement was recorded. */
  createdAt: string;
  actor: { id: number; username: string } | null;
  undoesMovementId: number | null;
  /** Id of the undo movement that reversed this one. */
  undoneBy: number | null;
}
