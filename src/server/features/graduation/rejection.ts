import type { FieldError } from '../../../domain/errors.js';
import type { AppError } from '../../http/errors.js';
import { rejectBulkRequest } from '../movements/bulk-rejection.js';

/** Problems that come from the students' current state rather than from the request. */
const STATE_CODES = new Set(['graduation.already_graduated', 'graduation.not_active', 'graduation.next_school_year']);

/** Build the error that rejects a whole graduation request; mixed problems give graduation.invalid. */
export function graduationRejected(errors: FieldError[]): AppError {
  return rejectBulkRequest(errors, { stateCodes: STATE_CODES, mixedCode: 'graduation.invalid' });
}
