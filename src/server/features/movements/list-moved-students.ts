import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { enrolments, movements, students } from '../../../db/schema.js';
import { loadFinalGrade } from '../graduation/school.js';
import { loadPassportValues } from '../students/load-student.js';
import { toStudentListItem } from '../students/list-item.js';
import type { MovedStudent } from './schemas.js';

/**
 * List the students a school moved into the next school year by `kind`
 * (transfer or admission) and whose movement no undo has reversed, in their
 * current grade and contingent order. A student who has since left the school
 * is not listed.
 */
export async function listMovedStudents(
  db: Executor,
  organizationId: number,
  kind: 'transfer' | 'admission',
  schoolYear: number,
  filter: { grade?: number; letter?: string } = {},
): Promise<MovedStudent[]> {
  const finalGrade = await loadFinalGrade(db, organizationId);

  const isUndone = sql`exists (select 1 from ${movements} as undo where undo.undoes_movement_id = ${movements.id})`;
  const isLatest = sql<boolean>`not exists (select 1 from ${movements} as later where later.student_id = ${movements.studentId} and later.id > ${movements.id})`;

  const rows = await db
    .select({ movement: movements, student: students, enrolment: enrolments, isLatest })
    .from(movements)
    .innerJoin(enrolments, eq(enrolments.id, movements.enrolmentId))
    .innerJoin(students, eq(students.id, movements.studentId))
    .where(
      and(
        eq(movements.organizationId, organizationId),
        eq(movements.kind, kind),
        sql`(${movements.after} ->> 'schoolYear')::int = ${schoolYear + 1}`,
        sql`not ${isUndone}`,
        eq(enrolments.organizationId, organizationId),
        filter.grade === undefined ? undefined : eq(enrolments.grade, filter.grade),
        filter.letter === undefined ? undefined : eq(enrolments.letter, filter.letter),
      ),
    )
    .orderBy(enrolments.grade, sql`${enrolments.letterSortKey} collate "C"`, sql`${students.nameSortKey} collate "C"`, students.id);

  const passports = await loadPassportValues(db, rows.map((row) => row.student.id));

  return rows.map(({ movement, student, enrolment, isLatest: latest }) => ({
    ...toStudentListItem(student, enrolment, passports.get(student.id)!, finalGrade),
    movementId: movement.id,
    fromGrade: movement.before?.grade ?? enrolment.grade,
    movedAt: movement.createdAt.toISOString(),
    canUndo: latest === true,
  }));
}
