import { and, desc, eq, gte, inArray, isNull, or } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { enrolments, schoolMoves, students } from '../../../db/schema.js';
import { loadSchoolViews } from '../departures/school-directory.js';
import type { SchoolMoveSummary, SchoolMovesQuery } from './schemas.js';

/** Most moves one list returns: the open requests and recent outcomes of one school. */
const MAX_MOVES = 200;

/**
 * List the moves out of (side sending) or into (side receiving) the school in
 * the given states, newest first. Open moves are always listed; ended ones
 * only when they ended within `days` days. The receiving school of a request
 * sees only the IIN it typed, not the student's name or class.
 */
export async function listSchoolMoves(db: Executor, organizationId: number, query: SchoolMovesQuery, now: Date): Promise<SchoolMoveSummary[]> {
  const side = query.side === 'sending' ? schoolMoves.fromOrganizationId : schoolMoves.toOrganizationId;
  const since = new Date(now.getTime() - query.days * 86_400_000);

  const rows = await db
    .select({ move: schoolMoves, student: students, enrolment: enrolments })
    .from(schoolMoves)
    .innerJoin(students, eq(students.id, schoolMoves.studentId))
    .innerJoin(enrolments, eq(enrolments.id, schoolMoves.enrolmentId))
    .where(and(eq(side, organizationId), inArray(schoolMoves.state, query.states), or(isNull(schoolMoves.decidedAt), gte(schoolMoves.decidedAt, since))))
    .orderBy(desc(schoolMoves.updatedAt), desc(schoolMoves.id))
    .limit(MAX_MOVES);

  const schools = await loadSchoolViews(db, rows.flatMap(({ move }) => [move.fromOrganizationId, move.toOrganizationId]));

  return rows.map(({ move, student, enrolment }) => {
    // The receiving school learns the student's name only once the sending school addresses the student to it.
    const namesVisible = query.side === 'sending' || move.departureMovementId !== null;

    return {
      id: move.id,
      state: move.state,
      iin: student.iin,
      student: namesVisible
        ? { id: student.id, lastName: student.lastName, firstName: student.firstName, middleName: student.middleName, grade: enrolment.grade, letter: enrolment.letter }
        : null,
      fromSchool: schools.get(move.fromOrganizationId)!,
      toSchool: schools.get(move.toOrganizationId)!,
      decisionReason: move.decisionReason,
      createdAt: move.createdAt.toISOString(),
      decidedAt: move.decidedAt?.toISOString() ?? null,
    };
  });
}

