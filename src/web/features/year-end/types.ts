// The year-end lists as the API returns them.
export type { MovedStudent } from '../../../server/features/movements/schemas.js';
export type { TransferList } from '../../../server/features/transfer/schemas.js';
export type { AdmissionCandidateItem, AdmissionList } from '../../../server/features/admission/schemas.js';
export type { YearEndGradeRow, YearEndSummary } from '../../../server/features/year-end/schemas.js';
