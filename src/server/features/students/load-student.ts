import { desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { inIdList } from '../../../db/id-list.js';
import { enrolments, organizations, passportValues, students } from '../../../db/schema.js';
import { computeFill } from '../../../domain/passport/fill.js';
import { notFound } from '../../http/errors.js';
import type { StudentDetail } from './schemas.js';

export type EnrolmentRow = typeof enrolments.$inferSelect;

/**
 * Find the student's current enrolment (the latest one), locked against concurrent
 * changes when `forUpdate` is set. A missing student is a 404.
 */
export async function findCurrentEnrolment(db: Executor, studentId: number, options: { forUpdate?: boolean } = {}): Promise<EnrolmentRow> {
  const query = db.select().from(enrolments).where(eq(enrolments.studentId, studentId)).orderBy(desc(enrolments.id)).limit(1);
  const [enrolment] = options.forUpdate ? await query.for('update') : await query;
  if (!enrolment) throw notFound('student.not_found');

  return enrolment;
}

/**
 * Passport values of many students in one statement, by student id. The
 * database folds each student's values into one JSON object, so a school of
 * 3,000 students returns 3,000 rows rather than one row per value.
 */
export async function loadPassportValues(db: Executor, studentIds: number[]): Promise<Map<number, Record<string, unknown>>> {
  const byStudent = new Map<number, Record<string, unknown>>(studentIds.map((id) => [id, {}]));
  if (studentIds.length === 0) return byStudent;

  const rows = await db
    .select({
      studentId: passportValues.studentId,
      values: sql<Record<string, unknown>>`jsonb_object_agg(${passportValues.indicatorCode}, ${passportValues.value})`,
    })
    .from(passportValues)
    .where(inIdList(passportValues.studentId, studentIds))
    .groupBy(passportValues.studentId);

  for (const row of rows) byStudent.set(row.studentId, row.values);
  return byStudent;
}

/** Load the passport view of a student: identity, current enrolment, indicator values and fill statistics. */
export async function loadStudentDetail(db: Executor, studentId: number): Promise<StudentDetail> {
  const enrolment = await findCurrentEnrolment(db, studentId);

  const [row] = await db
    .select({ student: students, finalGrade: organizations.finalGrade })
    .from(students)
    .innerJoin(organizations, eq(organizations.id, sql`${enrolment.organizationId}`))
    .where(eq(students.id, studentId));
  if (!row) throw notFound('student.not_found');

  const passport = (await loadPassportValues(db, [studentId])).get(studentId)!;
  const fill = computeFill(passport, { grade: enrolment.grade, finalGrade: row.finalGrade });

  return {
    id: row.student.id,
    iin: row.student.iin,
    lastName: row.student.lastName,
    firstName: row.student.firstName,
    middleName: row.student.middleName,
    birthDate: row.student.birthDate,
    sex: row.student.sex,
    enrolment: {
      id: enrolment.id,
      organizationId: enrolment.organizationId,
      schoolYear: enrolment.schoolYear,
      grade: enrolment.grade,
      letter: enrolment.letter,
      studyForm: enrolment.studyForm,
      status: enrolment.status,
    },
    finalGrade: row.finalGrade,
    passport,
    fill: { filled: fill.filled, required: fill.required },
    missing: fill.missing,
  };
}
