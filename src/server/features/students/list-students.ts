import { and, asc, count, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { enrolments, organizations, students } from '../../../db/schema.js';
import { computeFill } from '../../../domain/passport/fill.js';
import { loadPassportValues } from './load-student.js';
import type { ListStudentsQuery, StudentListItem } from './schemas.js';

/**
 * One page of a school's students with the given enrolment status, ordered by
 * grade, letter and name in Kazakh alphabet order. The sort keys are digit
 * strings, so "C" collation orders them the same on PGlite and PostgreSQL.
 */
export async function listStudents(
  db: Executor,
  organizationId: number,
  query: ListStudentsQuery,
): Promise<{ items: StudentListItem[]; total: number }> {
  const where = and(...listConditions(organizationId, query));

  const [{ total }] = await db
    .select({ total: count() })
    .from(enrolments)
    .innerJoin(students, eq(students.id, enrolments.studentId))
    .where(where);

  const rows = await db
    .select({ student: students, enrolment: enrolments })
    .from(enrolments)
    .innerJoin(students, eq(students.id, enrolments.studentId))
    .where(where)
    .orderBy(
      asc(enrolments.grade),
      sql`${enrolments.letterSortKey} collate "C"`,
      sql`${students.nameSortKey} collate "C"`,
      asc(students.id),
    )
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);

  const [organization] = await db.select({ finalGrade: organizations.finalGrade }).from(organizations).where(eq(organizations.id, organizationId));
  const passports = await loadPassportValues(db, rows.map((row) => row.student.id));

  const items = rows.map(({ student, enrolment }) => {
    const fill = computeFill(passports.get(student.id)!, { grade: enrolment.grade, finalGrade: organization?.finalGrade ?? 11 });

    return {
      id: student.id,
      iin: student.iin,
      lastName: student.lastName,
      firstName: student.firstName,
      middleName: student.middleName,
      grade: enrolment.grade,
      letter: enrolment.letter,
      status: enrolment.status,
      studyForm: enrolment.studyForm,
      fill: { filled: fill.filled, required: fill.required },
    };
  });

  return { items, total: Number(total) };
}

function listConditions(organizationId: number, query: ListStudentsQuery): SQL[] {
  const conditions: SQL[] = [eq(enrolments.organizationId, organizationId), eq(enrolments.status, query.status)];

  if (query.grade !== undefined) conditions.push(eq(enrolments.grade, query.grade));
  if (query.letter) conditions.push(eq(enrolments.letter, query.letter.toLocaleUpperCase('kk')));

  if (query.q) {
    const pattern = `%${escapeLike(query.q)}%`;
    const fullName = sql`${students.lastName} || ' ' || ${students.firstName} || ' ' || coalesce(${students.middleName}, '')`;
    conditions.push(or(ilike(students.iin, pattern), ilike(fullName, pattern))!);
  }

  return conditions;
}

/** Escape LIKE's wildcards so a search for "50%" finds the text "50%". */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
