import { and, asc, eq, lt, lte, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { enrolments, students } from '../../../db/schema.js';
import { BASIC_GRADUATION_GRADE } from '../../../domain/grades.js';
import { missingForTransfer } from '../../../domain/year-end/transfer.js';
import { loadFinalGrade } from '../graduation/school.js';
import { loadPassportValues } from '../students/load-student.js';
import { toStudentListItem } from '../students/list-item.js';
import type { TransferList, TransferListQuery } from './schemas.js';

/**
 * List the active students of the grades that move up and that the school
 * year being closed still holds, split into those ready to transfer and those
 * with indicators to fill. Each such student is in exactly one of the two
 * lists, in contingent order: grade, letter, name.
 */
export async function listNotTransferred(db: Executor, organizationId: number, schoolYear: number, query: TransferListQuery): Promise<TransferList> {
  const finalGrade = await loadFinalGrade(db, organizationId);

  const rows = await db
    .select({ student: students, enrolment: enrolments })
    .from(enrolments)
    .innerJoin(students, eq(students.id, enrolments.studentId))
    .where(
      and(
        eq(enrolments.organizationId, organizationId),
        eq(enrolments.status, 'active'),
        lte(enrolments.schoolYear, schoolYear),
        lt(enrolments.grade, finalGrade),
        ne(enrolments.grade, BASIC_GRADUATION_GRADE),
        query.grade === undefined ? undefined : eq(enrolments.grade, query.grade),
        query.letter === undefined ? undefined : eq(enrolments.letter, query.letter),
      ),
    )
    .orderBy(enrolments.grade, sql`${enrolments.letterSortKey} collate "C"`, sql`${students.nameSortKey} collate "C"`, asc(students.id));

  const passports = await loadPassportValues(db, rows.map((row) => row.student.id));
  const result: TransferList = { schoolYear, eligible: [], notReady: [] };

  for (const { student, enrolment } of rows) {
    const passport = passports.get(student.id)!;
    const item = toStudentListItem(student, enrolment, passport, finalGrade);
    const missing = missingForTransfer(passport, enrolment.grade, finalGrade);

    if (missing.length > 0) result.notReady!.push({ student: item, missing });
    else result.eligible!.push(item);
  }

  return result;
}
