import { and, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { enrolments, students } from '../../../db/schema.js';
import { checkUndo, findUndoableGraduation, isUndoWindowOpen, undoDeadline } from '../../../domain/graduation/undo-window.js';
import { loadMovements, type MovementRow } from '../movements/load-movements.js';
import { loadPassportValues } from '../students/load-student.js';
import { toStudentListItem } from '../students/list-item.js';
import { studentSearchCondition } from '../students/student-search.js';
import type { GraduateItem, GraduatesQuery } from './schemas.js';
import { loadFinalGrade } from './school.js';

/**
 * Load one page of a school's graduates, newest graduation year first, then
 * in contingent order, with what the Graduates tab shows: the graduation year
 * and whether the graduation can still be undone.
 */
export async function listGraduates(db: Executor, organizationId: number, query: GraduatesQuery, now: Date): Promise<{ items: GraduateItem[]; total: number }> {
  const finalGrade = await loadFinalGrade(db, organizationId);
  const where = and(...graduateConditions(organizationId, query));

  const [{ total }] = await db.select({ total: count() }).from(enrolments).innerJoin(students, eq(students.id, enrolments.studentId)).where(where);

  const rows = await db
    .select({ student: students, enrolment: enrolments })
    .from(enrolments)
    .innerJoin(students, eq(students.id, enrolments.studentId))
    .where(where)
    .orderBy(
      desc(sql`(${enrolments.graduation} ->> 'graduationYear')::int`),
      enrolments.grade,
      sql`${enrolments.letterSortKey} collate "C"`,
      sql`${students.nameSortKey} collate "C"`,
      enrolments.id,
    )
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);

  const studentIds = [...new Set(rows.map((row) => row.student.id))];
  const passports = await loadPassportValues(db, studentIds);
  const histories = await loadMovements(db, studentIds);

  const items = rows.map(({ student, enrolment }): GraduateItem => {
    const history = histories.get(student.id)!;
    const graduation = graduationOfEnrolment(history, enrolment.id);
    const windowOpen = graduation !== null && isUndoWindowOpen(graduation.createdAt, now);
    const undo = checkUndo(history, now);

    return {
      ...toStudentListItem(student, enrolment, passports.get(student.id)!, finalGrade),
      enrolmentId: enrolment.id,
      graduationYear: enrolment.graduation?.graduationYear ?? null,
      documentKind: enrolment.graduation?.documentKind ?? null,
      graduatedAt: graduation ? graduation.createdAt.toISOString() : null,
      undoUntil: windowOpen ? undoDeadline(graduation.createdAt) : null,
      canUndo: undo.ok && undo.graduation.id === graduation?.id,
    };
  });

  return { items, total: Number(total) };
}

/** Find the movement that graduated this enrolment: its latest graduation that no undo reversed. */
function graduationOfEnrolment(history: MovementRow[], enrolmentId: number): MovementRow | null {
  return findUndoableGraduation(history.filter((movement) => movement.enrolmentId === enrolmentId || movement.kind === 'undo'));
}

/** Builds the WHERE conditions of the Graduates tab: the school's graduated enrolments and the filters. */
export function graduateConditions(organizationId: number, query: Pick<GraduatesQuery, 'grade' | 'q'>): SQL[] {
  const conditions: SQL[] = [eq(enrolments.organizationId, organizationId), eq(enrolments.status, 'graduated')];

  if (query.grade !== undefined) conditions.push(eq(enrolments.grade, query.grade));

  if (query.q) conditions.push(studentSearchCondition(query.q));

  return conditions;
}
