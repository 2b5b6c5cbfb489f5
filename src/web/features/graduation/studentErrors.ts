import type { i18n as I18n } from 'i18next';
import { indicatorByCode } from '../../../domain/passport/catalogue.js';
import { DEFAULT_LANGUAGE, isLanguage } from '../../../i18n/resources.js';
import { ApiError } from '../../api/client.js';
import { translateCode } from '../../shared/translateError.js';
import type { StudentListItem } from '../contingent/types.js';
import { fullName } from './studentName.js';

export interface StudentErrorLine {
  studentId: number;
  /** The student's full name, or the contingent ID when the student is not in the loaded lists. */
  name: string;
  messages: string[];
}

function studentIdOf(params: Record<string, string | number> | undefined): number | null {
  const id = Number(params?.studentId);
  return Number.isInteger(id) && id > 0 ? id : null;
}

/** Names the missing indicators of a `graduation.not_ready` or `transfer.not_ready` error, e.g. "not filled in the passport: Attestat series, Attestat number". */
function missingText(i18n: I18n, missing: string | number | undefined): string | null {
  if (typeof missing !== 'string' || missing === '') return null;

  const language = isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
  const names = missing.split(',').map((code) => indicatorByCode(code)?.labels[language] ?? code);
  return i18n.t('graduation:dialog.missingFields', { fields: names.join(', ') });
}

/**
 * Groups the per-student errors of a rejected bulk action by student, in the
 * order the server reported them, with each error translated.
 */
export function studentErrorLines(i18n: I18n, error: ApiError, students: Map<number, StudentListItem>): StudentErrorLine[] {
  const lines = new Map<number, StudentErrorLine>();

  for (const fieldError of error.fieldErrors) {
    const studentId = studentIdOf(fieldError.params);
    if (studentId === null) continue;

    const student = students.get(studentId);
    const line = lines.get(studentId) ?? { studentId, name: student ? fullName(student) : `ID ${studentId}`, messages: [] };

    const missing = fieldError.code.endsWith('.not_ready') ? missingText(i18n, fieldError.params?.missing) : null;
    line.messages.push(missing ?? translateCode(i18n, fieldError, fieldError.code));
    lines.set(studentId, line);
  }

  return [...lines.values()];
}

/** Copies the error with only the errors of request fields, which the form shows under its inputs. */
export function withoutStudentErrors(error: ApiError): ApiError {
  const requestErrors = error.fieldErrors.filter((fieldError) => studentIdOf(fieldError.params) === null);
  return new ApiError(error.status, error.code, error.message, error.params, requestErrors);
}
