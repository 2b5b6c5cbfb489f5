import type { FieldError } from '../../../domain/errors.js';
import { AppError } from '../../http/errors.js';

/** Problems that come from the students' current state rather than from the request. */
const STATE_CODES = new Set(['graduation.already_graduated', 'graduation.not_active']);

/**
 * Build the error that rejects a whole graduation request. When every problem
 * has the same code, the error takes that code and the first problem's
 * parameters other than studentId. Mixed problems give graduation.invalid.
 * The status is 409 when every problem is a student's state (for example
 * graduated by a concurrent request), and 400 otherwise.
 */
export function graduationRejected(errors: FieldError[]): AppError {
  const codes = new Set(errors.map((error) => error.code));
  const status = errors.every((error) => STATE_CODES.has(error.code)) ? 409 : 400;

  if (codes.size !== 1) return new AppError(status, 'graduation.invalid', {}, errors);

  const { studentId: _studentId, ...params } = errors[0].params ?? {};
  return new AppError(status, errors[0].code, params, errors);
}
