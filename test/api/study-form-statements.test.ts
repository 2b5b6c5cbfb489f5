import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Logger } from 'drizzle-orm/logger';
import { fixedClock } from '../../src/domain/clock.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { describeEachDatabase } from '../support/database.js';
import { TEST_PASSWORD, insertOperator, insertSchool, insertStudents } from '../support/fixtures.js';

const SMALL_SCHOOL = 911;
const LARGE_SCHOOL = 912;

/** Counts the SQL statements that Drizzle sends while `measure` runs. */
function statementCounter(): Logger & { measure<T>(action: () => Promise<T>): Promise<{ result: T; statements: number }> } {
  let counting = false;
  let statements = 0;

  return {
    logQuery: () => {
      if (counting) statements += 1;
    },
    measure: async (action) => {
      statements = 0;
      counting = true;
      try {
        return { result: await action(), statements };
      } finally {
        counting = false;
      }
    },
  };
}

describeEachDatabase('study form statement count', (kind) => {
  const counter = statementCounter();
  let api: TestApp;
  const cookies = new Map<number, string>();
  const ids = new Map<number, number[]>();

  beforeAll(async () => {
    api = await createTestApp(kind, { clock: fixedClock('2026-03-02T10:00:00+05:00'), logger: counter });

    for (const [school, size] of [
      [SMALL_SCHOOL, 1],
      [LARGE_SCHOOL, 200],
    ]) {
      await insertSchool(api.context.db, { id: school });
      await insertOperator(api.context.db, `school${school}`, school);
      const seeds = Array.from({ length: size }, (_, index) => ({ lastName: `Нысан${index}`, firstName: 'Дана', grade: 4, letter: 'Б' }));
      ids.set(school, await insertStudents(api.context.db, school, seeds));
      cookies.set(school, await api.login(`school${school}`, TEST_PASSWORD));
    }
  });

  afterAll(async () => api?.close());

  it('changes 1 and 200 students with the same statements', async () => {
    const change = (school: number) =>
      counter.measure(() =>
        api.request({
          method: 'POST',
          url: `/api/v1/organizations/${school}/study-form`,
          cookie: cookies.get(school),
          body: { studentIds: ids.get(school), studyForm: 'evening', orderNumber: '8', orderDate: '2026-03-01' },
        }),
      );

    const small = await change(SMALL_SCHOOL);
    const large = await change(LARGE_SCHOOL);

    expect(small.result.json().changed).toBe(1);
    expect(large.result.json().changed).toBe(200);
    expect(large.statements).toBe(small.statements);
  });
});
