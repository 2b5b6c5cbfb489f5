import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../src/db/client.js';
import { enrolments, events, movements, passportValues, schoolMoves, students } from '../../src/db/schema.js';
import { makeIin } from '../../src/domain/iin.js';

// Birth dates of the IINs made here differ from those of insertStudents, so the two never collide.
let nextSerial = 0;

/** Make a valid IIN of a girl born on 15 September 2012 that no other test student has. */
export function freshIin(): string {
  for (;;) {
    const iin = makeIin('2012-09-15', 'female', 5000 + (nextSerial++ % 5000));
    if (iin) return iin;
  }
}

/** A departure to another school, dated in the test clock's school year 2025–2026. */
export const toSchoolDeparture = (receivingOrganizationId: number) => ({
  reason: 'to_school_in_kazakhstan',
  departureDate: '2026-02-27',
  orderDate: '2026-02-26',
  orderNumber: '12-ш',
  receivingOrganizationId,
});

export const abroadDeparture = { reason: 'left_country', departureDate: '2026-02-27', orderDate: '2026-02-26', orderNumber: '13-ш', country: 'DE' };

export const acceptance = { grade: 8, letter: 'ә', orderNumber: '5-қ', orderDate: '2026-03-02' };

/** Read every table that departures, arrivals and requests change, to prove that a rejected request wrote nothing. */
export async function snapshotMoves(db: Executor) {
  return {
    students: await db.select().from(students).orderBy(asc(students.id)),
    enrolments: await db.select().from(enrolments).orderBy(asc(enrolments.id)),
    passportValues: await db.select().from(passportValues).orderBy(asc(passportValues.studentId), asc(passportValues.indicatorCode)),
    movements: await db.select().from(movements).orderBy(asc(movements.id)),
    schoolMoves: await db.select().from(schoolMoves).orderBy(asc(schoolMoves.id)),
    events: await db.select().from(events).orderBy(asc(events.id)),
  };
}

export const enrolmentsOf = (db: Executor, studentId: number) => db.select().from(enrolments).where(eq(enrolments.studentId, studentId)).orderBy(asc(enrolments.id));

export const movementsOf = (db: Executor, studentId: number) => db.select().from(movements).where(eq(movements.studentId, studentId)).orderBy(asc(movements.id));

/** Return the student's passport as indicator code → value, without the organization column. */
export async function passportOf(db: Executor, studentId: number): Promise<Record<string, unknown>> {
  const rows = await db.select().from(passportValues).where(eq(passportValues.studentId, studentId));
  return Object.fromEntries(rows.map((row) => [row.indicatorCode, row.value]));
}
