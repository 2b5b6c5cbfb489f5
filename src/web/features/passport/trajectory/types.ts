// Type-only imports: the shapes come from the server's own definitions, and nothing of the server reaches the bundle.
import type { EnrolmentState, GraduationRecord, MovementKind as ServerMovementKind } from '../../../../db/schema.js';
import type { DetailedTrajectoryStep } from '../../../../server/features/movements/trajectory-details.js';

export type { EnrolmentState, GraduationRecord };

export const MOVEMENT_KINDS = ['admission', 'transfer', 'graduation', 'departure', 'arrival', 'study_form_change', 'correction', 'undo'] as const satisfies readonly ServerMovementKind[];

export type MovementKind = (typeof MOVEMENT_KINDS)[number];

/** One step of a student's trajectory, as GET /students/{id}/movements returns it. */
export type Movement = DetailedTrajectoryStep;
