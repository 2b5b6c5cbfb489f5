import { asc, inArray } from 'drizzle-orm';
import type { Executor } from '../../src/db/client.js';
import { enrolments, events, movements } from '../../src/db/schema.js';

/** Read every enrolment, movement and event, so a test can check that a rejected request wrote nothing. */
export async function databaseSnapshot(db: Executor) {
  return {
    enrolments: await db.select().from(enrolments).orderBy(asc(enrolments.id)),
    movements: await db.select().from(movements).orderBy(asc(movements.id)),
    events: await db.select().from(events).orderBy(asc(events.id)),
  };
}

export function enrolmentsOf(db: Executor, studentIds: number[]) {
  return db.select().from(enrolments).where(inArray(enrolments.studentId, studentIds)).orderBy(asc(enrolments.id));
}
