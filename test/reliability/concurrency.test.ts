import { asc, inArray, sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { enrolments, movements, type EnrolmentState } from '../../src/db/schema.js';
import { fixedClock } from '../../src/domain/clock.js';
import { createTestApp, csrfTokenOf, type TestApp } from '../support/app.js';
import { completePassport } from '../support/complete-passport.js';
import { describeEachDatabase } from '../support/database.js';
import { TEST_PASSWORD, insertOperator, insertSchool, insertStudents } from '../support/fixtures.js';

const SCHOOL = 671;
const OTHER_SCHOOL = 672;
const CLIENTS = 4;

const grade9Graduation = { documentKind: 'basic_secondary_attestat', departureDate: '2026-06-10', orderDate: '2026-06-09', orderNumber: '77', destination: 'continues_at_school' };
const grade11Graduation = { ...grade9Graduation, documentKind: 'general_secondary_attestat', destination: 'university' };

/** The enrolment state a movement recorded, without the departure record that only departures and arrivals write. */
function withoutDeparture(state: EnrolmentState | null): Omit<EnrolmentState, 'departure'> | null {
  if (!state) return null;
  const { departure: _departure, ...rest } = state;
  return rest;
}

interface Action {
  method: 'POST';
  url: string;
  body: object;
  /** The students the action writes when it succeeds. */
  studentIds: number[];
}

describeEachDatabase('overlapping bulk actions', (kind) => {
  let api: TestApp;
  const cookies: string[] = [];
  let grade5: number[];
  let grade9: number[];
  let grade11: number[];

  beforeAll(async () => {
    api = await createTestApp(kind, { clock: fixedClock('2026-06-15T10:00:00+05:00') });
    const { db } = api.context;
    await insertSchool(db, { id: SCHOOL });
    await insertSchool(db, { id: OTHER_SCHOOL });

    const seed = (grade: number) =>
      insertStudents(db, SCHOOL, Array.from({ length: 20 }, (_, index) => ({ lastName: `Параллель${grade}-${index}`, firstName: 'Айым', grade, letter: 'Б', passport: completePassport(grade) })));
    grade5 = await seed(5);
    grade9 = await seed(9);
    grade11 = await seed(11);

    for (let client = 0; client < CLIENTS; client++) {
      await insertOperator(db, `school671-${client}`, SCHOOL);
      cookies.push(await api.login(`school671-${client}`, TEST_PASSWORD));
    }
  });

  afterAll(async () => api?.close());

  it('leaves every student in one consistent state', async () => {
    // The first wave overlaps on purpose: the same students in several graduations and transfers at once.
    const firstWave: Action[] = [
      { method: 'POST', url: `/api/v1/organizations/${SCHOOL}/graduation`, body: { ...grade9Graduation, studentIds: grade9.slice(0, 10) }, studentIds: grade9.slice(0, 10) },
      { method: 'POST', url: `/api/v1/organizations/${SCHOOL}/graduation`, body: { ...grade9Graduation, studentIds: grade9.slice(5, 15) }, studentIds: grade9.slice(5, 15) },
      { method: 'POST', url: `/api/v1/organizations/${SCHOOL}/graduation`, body: { ...grade9Graduation, studentIds: grade9.slice(10, 20) }, studentIds: grade9.slice(10, 20) },
      { method: 'POST', url: `/api/v1/organizations/${SCHOOL}/graduation`, body: { ...grade11Graduation, studentIds: grade11 }, studentIds: grade11 },
      { method: 'POST', url: `/api/v1/organizations/${SCHOOL}/graduation`, body: { ...grade11Graduation, studentIds: grade11.slice(0, 5) }, studentIds: grade11.slice(0, 5) },
      { method: 'POST', url: `/api/v1/organizations/${SCHOOL}/transfer`, body: { studentIds: grade5.slice(0, 12) }, studentIds: grade5.slice(0, 12) },
      { method: 'POST', url: `/api/v1/organizations/${SCHOOL}/transfer`, body: { studentIds: grade5.slice(8, 20) }, studentIds: grade5.slice(8, 20) },
      { method: 'POST', url: `/api/v1/organizations/${SCHOOL}/transfer`, body: { studentIds: [...grade5.slice(0, 3), grade9[0]] }, studentIds: [] },
      ...grade9.slice(0, 4).map((id) => ({ method: 'POST' as const, url: `/api/v1/students/${id}/graduation/undo`, body: {}, studentIds: [id] })),
      ...grade5.slice(0, 4).map((id) => ({ method: 'POST' as const, url: `/api/v1/students/${id}/transfer/undo`, body: {}, studentIds: [id] })),
    ];
    // Departures of students that graduations and transfers also name: one of each pair must lose.
    const departure = (id: number, reason: object) => ({
      method: 'POST' as const,
      url: `/api/v1/students/${id}/departure`,
      body: { departureDate: '2026-06-12', orderDate: '2026-06-12', orderNumber: '9-в', ...reason },
      studentIds: [id],
    });
    firstWave.push(
      departure(grade9[15], { reason: 'left_country', country: 'DE' }),
      departure(grade5[10], { reason: 'to_school_in_kazakhstan', receivingOrganizationId: OTHER_SCHOOL }),
      departure(grade5[19], { reason: 'health' }),
      departure(grade11[19], { reason: 'left_country', country: 'TR' }),
    );
    // The second wave admits, undoes and repeats while the first one's results settle.
    const secondWave: Action[] = [
      { method: 'POST', url: `/api/v1/organizations/${SCHOOL}/admission`, body: { studentIds: grade9.slice(4, 12) }, studentIds: grade9.slice(4, 12) },
      { method: 'POST', url: `/api/v1/organizations/${SCHOOL}/admission`, body: { studentIds: grade9.slice(10, 16), letter: 'В' }, studentIds: grade9.slice(10, 16) },
      ...grade11.slice(0, 2).map((id) => ({ method: 'POST' as const, url: `/api/v1/students/${id}/graduation/undo`, body: {}, studentIds: [id] })),
      { method: 'POST', url: `/api/v1/organizations/${SCHOOL}/transfer`, body: { studentIds: grade5.slice(0, 6) }, studentIds: grade5.slice(0, 6) },
    ];
    expect(firstWave.length + secondWave.length).toBeGreaterThanOrEqual(20);

    const send = (action: Action, index: number) =>
      api.app.inject({ method: action.method, url: action.url, headers: { cookie: cookies[index % CLIENTS], 'x-csrf-token': csrfTokenOf(cookies[index % CLIENTS]) }, payload: action.body });

    const responses: Array<{ action: Action; response: LightMyRequestResponse }> = [];
    const first = Promise.all(firstWave.map(async (action, index) => responses.push({ action, response: await send(action, index) })));
    await new Promise((resolve) => setTimeout(resolve, 5));
    await Promise.all([first, ...secondWave.map(async (action, index) => responses.push({ action, response: await send(action, index + 1) }))]);

    // No request failed on the server's side, and each one either did all its work or none.
    for (const { action, response } of responses) {
      expect(response.statusCode, `${action.url}: ${response.body}`).toBeLessThan(500);
      expect([200, 400, 404, 409], action.url).toContain(response.statusCode);
    }
    const batches = responses.filter(({ response, action }) => response.statusCode === 200 && action.url.includes('/organizations/'));
    expect(responses.filter(({ action }) => action.url.endsWith('/departure')).some(({ response }) => response.statusCode === 200)).toBe(true);
    const log = await api.context.db.select().from(movements).orderBy(asc(movements.id));
    for (const { action, response } of batches) {
      const batchId = response.json().batchId as string;
      const ids = log.filter((movement) => movement.batchId === batchId).map((movement) => movement.studentId);
      expect(ids.sort(), action.url).toEqual([...action.studentIds].sort());
    }

    // One current enrolment per student, and every enrolment is where its movements led it.
    const rows = await api.context.db.select().from(enrolments).orderBy(asc(enrolments.id));
    const doubled = await api.context.db
      .select({ studentId: enrolments.studentId })
      .from(enrolments)
      .where(inArray(enrolments.status, ['active', 'pending_departure', 'pending_arrival']))
      .groupBy(enrolments.studentId)
      .having(sql`count(*) > 1`);
    expect(doubled).toEqual([]);
    expect(new Set(rows.map((row) => row.studentId)).size).toBe(rows.length);

    for (const row of rows) {
      const history = log.filter((movement) => movement.enrolmentId === row.id);
      for (let index = 1; index < history.length; index++) {
        expect(withoutDeparture(history[index].before), `movement ${history[index].id}`).toEqual(withoutDeparture(history[index - 1].after));
      }

      const last = history.at(-1);
      if (!last) {
        expect(row).toMatchObject({ status: 'active', schoolYear: 2025 });
        continue;
      }
      if (last.after.departure !== undefined) expect(last.after.departure, `student ${row.studentId}`).toEqual(row.departure);
      expect(withoutDeparture(last.after), `student ${row.studentId}`).toEqual({
        organizationId: row.organizationId,
        schoolYear: row.schoolYear,
        grade: row.grade,
        letter: row.letter,
        status: row.status,
        studyForm: row.studyForm,
        graduation: row.graduation,
      });
    }

    // Every student moved at most once per kind that is still in force.
    for (const studentId of [...grade5, ...grade9, ...grade11]) {
      const own = log.filter((movement) => movement.studentId === studentId);
      const undone = new Set(own.map((movement) => movement.undoesMovementId).filter((id) => id !== null));
      const inForce = own.filter((movement) => movement.kind !== 'undo' && !undone.has(movement.id));
      const kinds = inForce.map((movement) => movement.kind);
      expect(new Set(kinds).size, `student ${studentId}: ${kinds.join(', ')}`).toBe(kinds.length);
    }
  });
});
