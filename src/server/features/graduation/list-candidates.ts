import { and, asc, eq, lte, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { enrolments, students } from '../../../db/schema.js';
import { DICTIONARY_FLAGS } from '../../../domain/dictionaries.js';
import { altynBelgiWarning } from '../../../domain/graduation/altyn-belgi.js';
import { departureWindow } from '../../../domain/graduation/departure-date.js';
import { checkGraduationReadiness } from '../../../domain/graduation/eligibility.js';
import { isGraduatingGrade } from '../../../domain/grades.js';
import { schoolYearOf } from '../../../domain/school-year.js';
import { badRequest } from '../../http/errors.js';
import { listDictionaries } from '../dictionaries/list-dictionaries.js';
import { loadPassportValues } from '../students/load-student.js';
import { toStudentListItem } from '../students/list-item.js';
import type { GraduationCandidates } from './schemas.js';
import { loadFinalGrade } from './school.js';

/**
 * List the active students of one graduating grade in the school year being
 * closed (not those just moved up into it), split into those ready
 * to graduate and those with indicators still to fill. Every active student of
 * the grade is in exactly one of the two lists, in contingent order.
 */
export async function listGraduationCandidates(db: Executor, organizationId: number, grade: number, today: string): Promise<GraduationCandidates> {
  const finalGrade = await loadFinalGrade(db, organizationId);
  if (!isGraduatingGrade(grade, finalGrade)) {
    throw badRequest('graduation.grade_not_final', [{ field: 'grade', code: 'graduation.grade_not_final', params: { grade } }], { grade });
  }

  const rows = await db
    .select({ student: students, enrolment: enrolments })
    .from(enrolments)
    .innerJoin(students, eq(students.id, enrolments.studentId))
    .where(and(eq(enrolments.organizationId, organizationId), eq(enrolments.status, 'active'), eq(enrolments.grade, grade), lte(enrolments.schoolYear, schoolYearOf(today))))
    .orderBy(sql`${enrolments.letterSortKey} collate "C"`, sql`${students.nameSortKey} collate "C"`, asc(students.id));

  const passports = await loadPassportValues(db, rows.map((row) => row.student.id));
  const studyForms = (await listDictionaries(db)).studyForms ?? [];
  const externalStudyForms = new Set(studyForms.filter((entry) => entry.flags.includes(DICTIONARY_FLAGS.externalStudy)).map((entry) => entry.code));

  const result: GraduationCandidates = { departureWindow: departureWindow(today), eligible: [], notReady: [] };

  for (const { student, enrolment } of rows) {
    const passport = passports.get(student.id)!;
    const item = toStudentListItem(student, enrolment, passport, finalGrade);
    const readiness = checkGraduationReadiness(passport, { grade, finalGrade });

    if (!readiness.ready) {
      result.notReady.push({ student: item, missing: readiness.missing });
      continue;
    }

    result.eligible.push({
      ...item,
      altynBelgiCandidate: grade === finalGrade && passport.altyn_belgi_candidate === true,
      altynBelgiConfirmed: grade === finalGrade && passport.altyn_belgi_confirmed === true,
      altynBelgiWarning: altynBelgiWarning(passport, grade, finalGrade),
      externalStudy: externalStudyForms.has(enrolment.studyForm),
    });
  }

  return result;
}
