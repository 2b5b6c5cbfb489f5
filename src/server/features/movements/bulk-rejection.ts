import type { FieldError } from '../../../domain/errors.js';
import { AppError } from '../../http/errors.js';

/**
 * Build the error that rejects a whole bulk request. When every problem has
 * the same code, the error takes that code and the first problem's parameters
 * other than studentId; mixed problems take `mixedCode`. The status is 409 when
 * every problem is a student's state (for example changed by a concurrent
 * request), and 400 otherwise.
 */
export function rejectBulkRequest(errors: FieldError[], options: { stateCodes: ReadonlySet<string>; mixedCode: string }): AppError {
  const codes = new Set(errors.map((error) => error.code));
  const status = errors.every((error) => options.stateCodes.has(error.code)) ? 409 : 400;

  if (codes.size !== 1) return new AppError(status, options.mixedCode, {}, errors);

  const { studentId: _studentId, ...params } = errors[0].params ?? {};
  return new AppError(status, errors[0].code, params, errors);
}
