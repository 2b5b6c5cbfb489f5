import { asc } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { z } from 'zod';
import { dictionaryEntries, enrolments, movements, organizations, passportValues, students, users } from '../../src/db/schema.js';
import { fixedClock } from '../../src/domain/clock.js';
import type { RegisteredRoute as RouteEntry } from '../../src/server/http/access-rules.js';
import { createTestApp, csrfTokenOf, type TestApp } from '../support/app.js';
import { completePassport } from '../support/complete-passport.js';
import { describeEachDatabase } from '../support/database.js';
import { TEST_PASSWORD, insertOperator, insertSchool, insertStudents } from '../support/fixtures.js';

const SCHOOL = 681;
const OTHER_SCHOOL = 682;

/** Values that are wrong for most fields: types, sizes, signs and fragments of SQL and HTML. */
const BAD_VALUES: unknown[] = [
  null,
  true,
  'abc',
  '',
  -1,
  0,
  1.5,
  1e308,
  2 ** 53 + 1,
  [],
  [1, 'two'],
  {},
  { nested: { deeper: [] } },
  "' or '1'='1' --",
  "1; drop table students; --",
  '<script>alert(1)</script>',
  '\u0000\u202e\ud800',
  'Ә'.repeat(20_000),
];

const BAD_PATH_VALUES = ['abc', '-1', '0', '1.5', '99999999999999999999999', "1' or '1'='1", '%3Cscript%3E', '%00', 'x'.repeat(1000)];

const BAD_QUERY_VALUES = ['', 'abc', '-1', '1e309', '9'.repeat(400), "' or 1=1 --", '<script>alert(1)</script>', 'Ә'.repeat(3000)];

/** Raw bodies that are not the JSON object a route expects. */
const RAW_BODIES: Array<{ payload: string | Buffer; contentType: string }> = [
  { payload: 'not json', contentType: 'application/json' },
  { payload: '{', contentType: 'application/json' },
  { payload: '[]', contentType: 'application/json' },
  { payload: 'null', contentType: 'application/json' },
  { payload: '"text"', contentType: 'application/json' },
  { payload: Buffer.from([0x7b, 0x22, 0x61, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]), contentType: 'application/json' },
  { payload: `${'['.repeat(50_000)}${']'.repeat(50_000)}`, contentType: 'application/json' },
  { payload: `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`, contentType: 'application/json' },
  { payload: JSON.stringify({ text: 'x'.repeat(6 * 1024 * 1024) }), contentType: 'application/json' },
  { payload: 'studentIds=1', contentType: 'application/x-www-form-urlencoded' },
  { payload: '<xml/>', contentType: 'text/xml' },
];

function objectKeys(schema: unknown): string[] {
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

describeEachDatabase('malformed requests to every route', (kind) => {
  let api: TestApp;
  let cookie: string;
  let ownStudent: number;
  let otherStudent: number;

  const tables = async () => {
    const { db } = api.context;
    return {
      organizations: await db.select().from(organizations).orderBy(asc(organizations.id)),
      users: await db.select().from(users).orderBy(asc(users.id)),
      students: await db.select().from(students).orderBy(asc(students.id)),
      enrolments: await db.select().from(enrolments).orderBy(asc(enrolments.id)),
      passportValues: await db.select().from(passportValues).orderBy(asc(passportValues.studentId), asc(passportValues.indicatorCode)),
      movements: await db.select().from(movements).orderBy(asc(movements.id)),
      dictionaryEntries: await db.select().from(dictionaryEntries).orderBy(asc(dictionaryEntries.dictionary), asc(dictionaryEntries.code)),
    };
  };

  beforeAll(async () => {
    api = await createTestApp(kind, { clock: fixedClock('2026-06-15T10:00:00+05:00') });
    const { db } = api.context;
    await insertSchool(db, { id: SCHOOL });
    await insertSchool(db, { id: OTHER_SCHOOL });
    await insertOperator(db, 'school681', SCHOOL);
    [ownStudent] = await insertStudents(db, SCHOOL, [{ lastName: 'Фаззов', firstName: 'Тест', grade: 9, letter: 'А', passport: completePassport(9) }]);
    [otherStudent] = await insertStudents(db, OTHER_SCHOOL, [{ lastName: 'Бөтенов', firstName: 'Тест', grade: 5, letter: 'А', passport: completePassport(5) }]);
    cookie = await api.login('school681', TEST_PASSWORD);
  });

  afterAll(async () => api?.close());

  /** The valid value of a path parameter: this school's ids for reads, another school's for writes, so no request can write. */
  function validParam(route: RouteEntry, name: string): string {
    const writes = route.method !== 'GET';
    if (name === 'orgId') return String(writes ? OTHER_SCHOOL : SCHOOL);
    if (name === 'id') return String(writes ? otherStudent : ownStudent);
    return 'ru';
  }

  function requestsFor(route: RouteEntry): Array<{ url: string; query?: Record<string, string | string[]>; payload?: unknown; contentType?: string }> {
    const params = [...route.url.matchAll(/:([A-Za-z]+)/g)].map((match) => match[1]);
    const fill = (overrides: Record<string, string> = {}) => route.url.replace(/:([A-Za-z]+)/g, (_match, name: string) => overrides[name] ?? validParam(route, name));
    const url = fill();
    const requests: ReturnType<typeof requestsFor> = [{ url }];

    for (const name of params) for (const value of BAD_PATH_VALUES) requests.push({ url: fill({ [name]: value }) });

    const queryKeys = objectKeys(route.schema?.querystring);
    for (const key of [...queryKeys, 'unexpected']) {
      for (const value of BAD_QUERY_VALUES) requests.push({ url, query: { [key]: value } });
      requests.push({ url, query: { [key]: ['1', '2'] } });
    }

    if (route.method === 'POST' || route.method === 'PATCH' || route.method === 'PUT') {
      for (const raw of RAW_BODIES) requests.push({ url, payload: raw.payload, contentType: raw.contentType });
      const bodyKeys = objectKeys(route.schema?.body);
      requests.push({ url, payload: {} }, { url, payload: { unexpected: 1 } });
      for (const key of bodyKeys) for (const value of BAD_VALUES) requests.push({ url, payload: { [key]: value } });
    }

    return requests;
  }

  it('answers every malformed request with a translated client error and writes nothing', async () => {
    // Logging out or in changes only sessions; every other route is fuzzed as a logged-in operator.
    const routes = api.app.routeTable.filter((route) => route.url !== '/api/v1/auth/logout');
    expect(routes.length).toBeGreaterThan(20);
    const before = await tables();
    let sent = 0;

    for (const route of routes) {
      for (const request of requestsFor(route)) {
        const response: LightMyRequestResponse = await api.app.inject({
          method: route.method as 'GET',
          url: request.url,
          query: request.query,
          headers: { cookie, 'x-csrf-token': csrfTokenOf(cookie), 'accept-language': 'ru', ...(request.contentType ? { 'content-type': request.contentType } : {}) },
          ...(request.payload === undefined ? {} : { payload: request.payload as string }),
        });
        sent += 1;

        const label = `${route.method} ${request.url.slice(0, 120)} ${JSON.stringify(request.query ?? '').slice(0, 80)} ${String(typeof request.payload === 'string' ? request.payload : JSON.stringify(request.payload ?? '')).slice(0, 80)}`;
        expect(response.statusCode, label).toBeLessThan(500);

        if (response.statusCode >= 400 && route.url.startsWith('/api/')) {
          const body = response.json();
          expect(typeof body.code, label).toBe('string');
          expect(body.message, label).not.toBe(body.code);
          expect(body.message, label).not.toMatch(/^errors:/);
        }
      }
    }

    expect(sent).toBeGreaterThan(1000);
    expect(await tables()).toEqual(before);
  });
});
