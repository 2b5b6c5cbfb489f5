import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { enrolments, students } from '../../../db/schema.js';
import { admissionGrade, BASIC_GRADUATION_GRADE } from '../../../domain/grades.js';
import { graduationYearOf } from '../../../domain/school-year.js';
import { loadFinalGrade } from '../graduation/school.js';
import { loadPassportValues } from '../students/load-student.js';
import { toStudentListItem } from '../students/list-item.js';
import { continuingDestinationCodes } from './continuing-destinations.js';
import type { AdmissionCandidateItem } from './schemas.js';

/**
 * List the school's grade-9 graduates of the school year being closed whose
 * destination means "continues at this school", in contingent order.
 */
export async function listAdmissionCandidates(db: Executor, organizationId: number, schoolYear: number): Promise<AdmissionCandidateItem[]> {
  const finalGrade = await loadFinalGrade(db, organizationId);

  const rows = await db
    .select({ student: students, enrolment: enrolments })
    .from(enrolments)
    .innerJoin(students, eq(students.id, enrolments.studentId))
    .where(
      and(
        eq(enrolments.organizationId, organizationId),
        eq(enrolments.status, 'graduated'),
        eq(enrolments.grade, BASIC_GRADUATION_GRADE),
        sql`(${enrolments.graduation} ->> 'graduationYear')::int = ${graduationYearOf(schoolYear)}`,
        inArray(sql`${enrolments.graduation} ->> 'destination'`, continuingDestinationCodes(db)),
      ),
    )
    .orderBy(sql`${enrolments.letterSortKey} collate "C"`, sql`${students.nameSortKey} collate "C"`, asc(students.id));

  const passports = await loadPassportValues(db, rows.map((row) => row.student.id));

  return rows.map(({ student, enrolment }) => ({
    ...toStudentListItem(student, enrolment, passports.get(student.id)!, finalGrade),
    admissionGrade: admissionGrade(enrolment.grade),
    documentKind: enrolment.graduation!.documentKind,
    departureDate: enrolment.graduation!.departureDate,
  }));
}
