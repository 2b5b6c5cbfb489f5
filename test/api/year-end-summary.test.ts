import { afterAll, beforeAll, expect, it } from 'vitest';
import { fixedClock } from '../../src/domain/clock.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { completePassport } from '../support/complete-passport.js';
import { describeEachDatabase } from '../support/database.js';
import { TEST_PASSWORD, insertOperator, insertSchool, insertStudents } from '../support/fixtures.js';

const SCHOOL = 631;

describeEachDatabase('year-end summary API', (kind) => {
  let api: TestApp;
  let cookie: string;

  const post = (path: string, body: object) => api.request({ method: 'POST', url: `/api/v1/organizations/${SCHOOL}/${path}`, cookie, body });
  const summary = async () => (await api.request({ method: 'GET', url: `/api/v1/organizations/${SCHOOL}/year-end`, cookie })).json();

  beforeAll(async () => {
    api = await createTestApp(kind, { clock: fixedClock('2026-06-15T10:00:00+05:00') });
    await insertSchool(api.context.db, { id: SCHOOL });
    await insertOperator(api.context.db, 'school631', SCHOOL);
    cookie = await api.login('school631', TEST_PASSWORD);
  });

  afterAll(async () => api?.close());

  it('counts what each grade has left to do', async () => {
    const seed = (grade: number, count: number, passport = completePassport(grade)) =>
      insertStudents(api.context.db, SCHOOL, Array.from({ length: count }, (_, index) => ({ lastName: `Оқушы${grade}-${index}`, firstName: 'Нұр', grade, letter: 'А', passport })));
    const { nationality: _nationality, ...incomplete } = completePassport(4);

    const grade4 = await seed(4, 3);
    await seed(4, 2, incomplete);
    const grade9 = await seed(9, 4);
    const grade11 = await seed(11, 2);

    expect((await post('transfer', { studentIds: grade4.slice(0, 2) })).statusCode).toBe(200);
    const graduation = { departureDate: '2026-06-10', orderDate: '2026-06-09', orderNumber: '5' };
    expect((await post('graduation', { ...graduation, studentIds: grade9.slice(0, 3), documentKind: 'basic_secondary_attestat', destination: 'continues_at_school' })).statusCode).toBe(200);
    expect((await post('graduation', { ...graduation, studentIds: grade11, documentKind: 'general_secondary_attestat', destination: 'university' })).statusCode).toBe(200);
    expect((await post('admission', { studentIds: grade9.slice(0, 1) })).statusCode).toBe(200);

    // An undone transfer counts again as still to do.
    expect((await api.request({ method: 'POST', url: `/api/v1/students/${grade4[1]}/transfer/undo`, cookie })).statusCode).toBe(200);

    expect(await summary()).toEqual({
      schoolYear: 2025,
      grades: [
        { grade: 4, active: 4, notReady: 2, graduated: 0, transferred: 1, admitted: 0 },
        { grade: 9, active: 1, notReady: 0, graduated: 3, transferred: 0, admitted: 1 },
        { grade: 11, active: 0, notReady: 0, graduated: 2, transferred: 0, admitted: 0 },
      ],
    });
  });
});
