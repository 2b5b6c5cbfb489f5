import { and, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { enrolments, movements } from '../../../db/schema.js';
import { checkGraduationReadiness } from '../../../domain/graduation/eligibility.js';
import { isGraduatingGrade } from '../../../domain/grades.js';
import { graduationYearOf } from '../../../domain/school-year.js';
import { missingForTransfer } from '../../../domain/year-end/transfer.js';
import { loadFinalGrade } from '../graduation/school.js';
import { loadPassportValues } from '../students/load-student.js';
import type { YearEndGradeRow, YearEndSummary } from './schemas.js';

type Counter = Exclude<keyof YearEndGradeRow, 'grade'>;

/**
 * Count, per grade of the school year being closed, the students still to
 * process and those already graduated, transferred or admitted. Movements
 * reversed by an undo do not count. Three statements whatever the school's size.
 */
export async function loadYearEndSummary(db: Executor, organizationId: number, schoolYear: number): Promise<YearEndSummary> {
  const finalGrade = await loadFinalGrade(db, organizationId);
  const rows = new Map<number, YearEndGradeRow>();
  const add = (grade: number, counter: Counter, amount = 1) => {
    const row = rows.get(grade) ?? { grade, active: 0, notReady: 0, graduated: 0, transferred: 0, admitted: 0 };
    row[counter] += amount;
    rows.set(grade, row);
  };

  const remaining = await db
    .select({ studentId: enrolments.studentId, grade: enrolments.grade })
    .from(enrolments)
    .where(and(eq(enrolments.organizationId, organizationId), eq(enrolments.status, 'active'), lte(enrolments.schoolYear, schoolYear)));
  const passports = await loadPassportValues(db, remaining.map((row) => row.studentId));

  for (const { studentId, grade } of remaining) {
    add(grade, 'active');

    // Each grade is measured against what its own year-end action needs.
    const passport = passports.get(studentId)!;
    const ready = isGraduatingGrade(grade, finalGrade)
      ? checkGraduationReadiness(passport, { grade, finalGrade }).ready
      : missingForTransfer(passport, grade, finalGrade).length === 0;
    if (!ready) add(grade, 'notReady');
  }

  const nextYear = schoolYear + 1;
  const moved = await db
    .select({ grade: sql<number>`(${movements.before} ->> 'grade')::int`, kind: movements.kind, total: sql<number>`count(*)::int` })
    .from(movements)
    .where(
      and(
        eq(movements.organizationId, organizationId),
        inArray(movements.kind, ['graduation', 'transfer', 'admission']),
        sql`not exists (select 1 from ${movements} as undo where undo.undoes_movement_id = ${movements.id})`,
        sql`case when ${movements.kind} = 'graduation'
              then (${movements.after} -> 'graduation' ->> 'graduationYear')::int = ${graduationYearOf(schoolYear)}
              else (${movements.after} ->> 'schoolYear')::int = ${nextYear} end`,
      ),
    )
    .groupBy(sql`1`, movements.kind);

  const counterOf = { graduation: 'graduated', transfer: 'transferred', admission: 'admitted' } as const;
  for (const { grade, kind, total } of moved) add(Number(grade), counterOf[kind as keyof typeof counterOf], Number(total));

  return { schoolYear, grades: [...rows.values()].sort((a, b) => a.grade - b.grade) };
}
