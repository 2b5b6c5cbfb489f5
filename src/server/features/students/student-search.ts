import { and, ilike, or, sql, type SQL } from 'drizzle-orm';
import { students } from '../../../db/schema.js';
import { SEARCH_FOLD_FROM, SEARCH_FOLD_TO, searchWords } from '../../../domain/search-text.js';

/**
 * Match a student whose IIN or "surname name patronymic" contains every word
 * of the text, in any order, ignoring case and the difference between Kazakh
 * letters and their Russian look-alikes. LIKE's wildcards in the text are
 * escaped, so "50%" finds the text "50%".
 */
export function studentSearchCondition(text: string): SQL {
  const fullName = sql`translate(lower(${students.lastName} || ' ' || ${students.firstName} || ' ' || coalesce(${students.middleName}, '')), ${SEARCH_FOLD_FROM}, ${SEARCH_FOLD_TO})`;

  const wordConditions = searchWords(text).map((word) => {
    const pattern = `%${word.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
    return or(ilike(students.iin, pattern), ilike(fullName, pattern))!;
  });

  return and(...wordConditions) ?? sql`true`;
}
