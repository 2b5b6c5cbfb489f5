import { afterAll, beforeAll, expect, it } from 'vitest';
import { fixedClock } from '../../src/domain/clock.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { completePassport } from '../support/complete-passport.js';
import { describeEachDatabase } from '../support/database.js';
import { TEST_PASSWORD, insertOperator, insertSchool, insertStudents } from '../support/fixtures.js';
import { statementCounter } from '../support/statement-counter.js';

const SMALL_SCHOOL = 701;
const LARGE_SCHOOL = 702;

describeEachDatabase('graduation statement count', (kind) => {
  const counter = statementCounter();
  let api: TestApp;
  const cookies = new Map<number, string>();
  const ids = new Map<number, number[]>();

  beforeAll(async () => {
    api = await createTestApp(kind, { clock: fixedClock('2026-06-15T10:00:00+05:00'), logger: counter });
    const { db } = api.context;

    for (const [school, size] of [
      [SMALL_SCHOOL, 1],
      [LARGE_SCHOOL, 200],
    ]) {
      await insertSchool(db, { id: school });
      await insertOperator(db, `school${school}`, school);
      const seeds = Array.from({ length: size }, (_, index) => ({
        lastName: `Түлек${index}`,
        firstName: 'Айбек',
        grade: 11,
        letter: index % 2 === 0 ? 'А' : 'Ә',
        passport: completePassport(11),
      }));
      ids.set(school, await insertStudents(db, school, seeds));
      cookies.set(school, await api.login(`school${school}`, TEST_PASSWORD));
    }
  });

  afterAll(async () => api?.close());

  const request = (school: number, method: 'GET' | 'POST', path: string, body?: object) =>
    counter.measure(() => api.request({ method, url: `/api/v1/organizations/${school}/${path}`, cookie: cookies.get(school), body }));

  it('lists candidates with the same statements for 1 and 200 students', async () => {
    const small = await request(SMALL_SCHOOL, 'GET', 'graduation?grade=11');
    const large = await request(LARGE_SCHOOL, 'GET', 'graduation?grade=11');

    expect(small.result.json().eligible).toHaveLength(1);
    expect(large.result.json().eligible).toHaveLength(200);
    expect(large.statements).toBe(small.statements);
  });

  it('graduates 1 and 200 students with the same statements', async () => {
    const body = (school: number) => ({
      studentIds: ids.get(school),
      documentKind: 'general_secondary_attestat',
      departureDate: '2026-06-10',
      orderDate: '2026-06-09',
      orderNumber: '12',
      destination: 'college',
    });

    const small = await request(SMALL_SCHOOL, 'POST', 'graduation', body(SMALL_SCHOOL));
    const large = await request(LARGE_SCHOOL, 'POST', 'graduation', body(LARGE_SCHOOL));

    expect(small.result.json()).toMatchObject({ graduated: 1 });
    expect(large.result.json()).toMatchObject({ graduated: 200 });
    expect(small.statements).toBeGreaterThan(0);
    expect(large.statements).toBe(small.statements);
  });

  it('lists graduates with the same statements for 1 and 200 students', async () => {
    const small = await request(SMALL_SCHOOL, 'GET', 'graduates?pageSize=500');
    const large = await request(LARGE_SCHOOL, 'GET', 'graduates?pageSize=500');

    expect(small.result.json().total).toBe(1);
    expect(large.result.json().items).toHaveLength(200);
    expect(large.result.json().items.every((item: { canUndo: boolean }) => item.canUndo)).toBe(true);
    expect(large.statements).toBe(small.statements);
  });
});
