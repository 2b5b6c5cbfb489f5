import { afterAll, beforeAll, expect, it } from 'vitest';
import { fixedClock } from '../../src/domain/clock.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { completePassport } from '../support/complete-passport.js';
import { describeEachDatabase } from '../support/database.js';
import { TEST_PASSWORD, insertOperator, insertSchool, insertStudents } from '../support/fixtures.js';
import { statementCounter } from '../support/statement-counter.js';

const SMALL_SCHOOL = 711;
const LARGE_SCHOOL = 712;
const SIZES = new Map([
  [SMALL_SCHOOL, 1],
  [LARGE_SCHOOL, 500],
]);

describeEachDatabase('year-end statement count', (kind) => {
  const counter = statementCounter();
  let api: TestApp;
  const cookies = new Map<number, string>();
  const pupils = new Map<number, number[]>();
  const graduates = new Map<number, number[]>();

  beforeAll(async () => {
    api = await createTestApp(kind, { clock: fixedClock('2026-06-15T10:00:00+05:00'), logger: counter });
    const { db } = api.context;

    for (const [school, size] of SIZES) {
      await insertSchool(db, { id: school });
      await insertOperator(db, `school${school}`, school);
      cookies.set(school, await api.login(`school${school}`, TEST_PASSWORD));

      const seeds = (grade: number) =>
        Array.from({ length: size }, (_, index) => ({ lastName: `Оқушы${index}`, firstName: 'Әлия', grade, letter: index % 2 === 0 ? 'А' : 'Ә', passport: completePassport(grade) }));
      pupils.set(school, await insertStudents(db, school, seeds(3)));

      const grade9 = await insertStudents(db, school, seeds(9));
      graduates.set(school, grade9);
      const graduation = await api.request({
        method: 'POST',
        url: `/api/v1/organizations/${school}/graduation`,
        cookie: cookies.get(school),
        body: { studentIds: grade9, documentKind: 'basic_secondary_attestat', departureDate: '2026-06-10', orderDate: '2026-06-09', orderNumber: '7', destination: 'continues_at_school' },
      });
      expect(graduation.statusCode).toBe(200);
    }
  });

  afterAll(async () => api?.close());

  const request = (school: number, method: 'GET' | 'POST', path: string, body?: object) =>
    counter.measure(() => api.request({ method, url: `/api/v1/organizations/${school}/${path}`, cookie: cookies.get(school), body }));

  it('lists students to transfer with the same statements for 1 and 500', async () => {
    const small = await request(SMALL_SCHOOL, 'GET', 'transfer');
    const large = await request(LARGE_SCHOOL, 'GET', 'transfer');

    expect(small.result.json().eligible).toHaveLength(1);
    expect(large.result.json().eligible).toHaveLength(500);
    expect(large.statements).toBe(small.statements);
  });

  it('transfers 1 and 500 students with the same statements', async () => {
    const small = await request(SMALL_SCHOOL, 'POST', 'transfer', { studentIds: pupils.get(SMALL_SCHOOL) });
    const large = await request(LARGE_SCHOOL, 'POST', 'transfer', { studentIds: pupils.get(LARGE_SCHOOL) });

    expect(small.result.json()).toMatchObject({ transferred: 1 });
    expect(large.result.json()).toMatchObject({ transferred: 500 });
    expect(small.statements).toBeGreaterThan(0);
    expect(large.statements).toBe(small.statements);
  });

  it('lists transferred students with the same statements for 1 and 500', async () => {
    const small = await request(SMALL_SCHOOL, 'GET', 'transfer?state=transferred');
    const large = await request(LARGE_SCHOOL, 'GET', 'transfer?state=transferred');

    expect(small.result.json().transferred).toHaveLength(1);
    expect(large.result.json().transferred).toHaveLength(500);
    expect(large.statements).toBe(small.statements);
  });

  it('admits 1 and 500 graduates with the same statements', async () => {
    const small = await request(SMALL_SCHOOL, 'POST', 'admission', { studentIds: graduates.get(SMALL_SCHOOL), letter: 'В' });
    const large = await request(LARGE_SCHOOL, 'POST', 'admission', { studentIds: graduates.get(LARGE_SCHOOL), letter: 'В' });

    expect(small.result.json()).toMatchObject({ admitted: 1 });
    expect(large.result.json()).toMatchObject({ admitted: 500 });
    expect(large.statements).toBe(small.statements);
  });

  it('counts the year-end summary with the same statements for 1 and 500', async () => {
    const small = await request(SMALL_SCHOOL, 'GET', 'year-end');
    const large = await request(LARGE_SCHOOL, 'GET', 'year-end');

    expect(large.result.json().grades).toEqual([
      { grade: 3, active: 0, notReady: 0, graduated: 0, transferred: 500, admitted: 0 },
      { grade: 9, active: 0, notReady: 0, graduated: 500, transferred: 0, admitted: 500 },
    ]);
    expect(large.statements).toBe(small.statements);
  });
});
