import { ilike, or, sql, type SQL } from 'drizzle-orm';
import { students } from '../../../db/schema.js';

/**
 * Match a part of the IIN or of "surname name patronymic", ignoring case.
 * LIKE's wildcards in the text are escaped, so "50%" finds the text "50%".
 */
export function studentSearchCondition(text: string): SQL {
  const pattern = `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
  const fullName = sql`${students.lastName} || ' ' || ${students.firstName} || ' ' || coalesce(${students.middleName}, '')`;

  return or(ilike(students.iin, pattern), ilike(fullName, pattern))!;
}
