import { AppError } from '../../http/errors.js';

/** Rejects a file as a whole (empty, not a spreadsheet, unreadable), before any row is checked. */
export function importFileError(code: string, params: Record<string, string | number> = {}, status = 400): AppError {
  return new AppError(status, code, params);
}
