import Fastify from 'fastify';
import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dictionaryEntries, enrolments, events, movements, organizations, passportValues, sessions, students, users } from '../../src/db/schema.js';
import { registerAccessControl, type AccessRule, type ScopedAccess } from '../../src/server/http/access-rules.js';
import type { AppContext } from '../../src/server/context.js';
import { createUser } from '../../src/server/features/accounts/create-user.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { movableClock } from '../support/clock.js';
import { completePassport } from '../support/complete-passport.js';
import { describeEachDatabase } from '../support/database.js';
import { TEST_PASSWORD, insertStudents } from '../support/fixtures.js';
import { insertSchoolInDistrict, insertTestTerritories } from '../support/territories.js';

const VICTIM_SCHOOL = 7001;
const VICTIM_DISTRICT = '596400000';
const ATTACKER_SCHOOL = 7002;
const ATTACKER_DISTRICT = '593200000';

/** Texts that only the victim school's data contains; no response to an outsider may carry one. */
const VICTIM_NAMES = { school: 'Құпия мектеп', schoolRu: 'Секретная школа', lastName: 'Жасыринова', firstName: 'Құпиягүл' };

type Attacker = 'anonymous' | 'operator of another school' | 'district user of another district';
const ATTACKERS: Attacker[] = ['anonymous', 'operator of another school', 'district user of another district'];

describeEachDatabase('access rules of every route', (kind) => {
  const clock = movableClock('2026-06-15T10:00:00+05:00');
  let api: TestApp;
  let victimStudentIds: number[];
  let victimIins: string[];
  let victimOperatorId: number;
  let attackerStudentId: number;

  beforeAll(async () => {
    api = await createTestApp(kind, { clock });
    const db = api.context.db;

    await insertTestTerritories(db);
    await insertSchoolInDistrict(db, { id: VICTIM_SCHOOL, district: VICTIM_DISTRICT, nameKk: VICTIM_NAMES.school, nameRu: VICTIM_NAMES.schoolRu });
    await insertSchoolInDistrict(db, { id: ATTACKER_SCHOOL, district: ATTACKER_DISTRICT });

    victimOperatorId = (await createUser(db, { username: 'victim.operator', password: TEST_PASSWORD, role: 'operator', organizationId: VICTIM_SCHOOL })).id;
    await createUser(db, { username: 'victim.district', password: TEST_PASSWORD, role: 'district', territoryKato: VICTIM_DISTRICT });
    await createUser(db, { username: 'attacker.operator', password: TEST_PASSWORD, role: 'operator', organizationId: ATTACKER_SCHOOL });
    await createUser(db, { username: 'attacker.district', password: TEST_PASSWORD, role: 'district', territoryKato: ATTACKER_DISTRICT });

    victimStudentIds = await insertStudents(db, VICTIM_SCHOOL, [
      { lastName: VICTIM_NAMES.lastName, firstName: VICTIM_NAMES.firstName, grade: 11, letter: 'А', passport: completePassport(11) },
      { lastName: VICTIM_NAMES.lastName, firstName: 'Айжан', grade: 11, letter: 'А', passport: completePassport(11) },
      { lastName: VICTIM_NAMES.lastName, firstName: 'Дана', grade: 5, letter: 'Б' },
    ]);
    [attackerStudentId] = await insertStudents(db, ATTACKER_SCHOOL, [{ lastName: 'Өзімізова', firstName: 'Айгүл', grade: 11, letter: 'А', passport: completePassport(11) }]);
    victimIins = (await db.select({ iin: students.iin }).from(students).where(inArray(students.id, victimStudentIds))).map((row) => row.iin);

    // The victim's operator graduates one student, so the school has movements and a graduate.
    const victimCookie = await api.login('victim.operator', TEST_PASSWORD);
    const graduation = await api.request({ method: 'POST', url: `/api/v1/organizations/${VICTIM_SCHOOL}/graduation`, cookie: victimCookie, body: graduationBody([victimStudentIds[1]]) });
    expect(graduation.statusCode).toBe(200);
  });

  afterAll(async () => api?.close());

  /** The victim school's rows in every table that contains school data, and the accounts and dictionaries. */
  async function snapshot() {
    const db = api.context.db;
    return {
      organizations: await db.select().from(organizations).orderBy(organizations.id),
      students: await db.select().from(students).where(inArray(students.id, victimStudentIds)).orderBy(students.id),
      enrolments: await db.select().from(enrolments).where(eq(enrolments.organizationId, VICTIM_SCHOOL)).orderBy(enrolments.id),
      passportValues: await db.select().from(passportValues).where(eq(passportValues.organizationId, VICTIM_SCHOOL)).orderBy(passportValues.studentId, passportValues.indicatorCode),
      movements: await db.select().from(movements).where(eq(movements.organizationId, VICTIM_SCHOOL)).orderBy(movements.id),
      users: await db.select().from(users).orderBy(users.id),
      victimSessions: await db.select({ count: sql<number>`count(*)::int` }).from(sessions).where(eq(sessions.userId, victimOperatorId)),
      dictionaryEntries: await db.select().from(dictionaryEntries).orderBy(dictionaryEntries.dictionary, dictionaryEntries.code),
      victimEvents: await db.select().from(events).where(eq(events.organizationId, VICTIM_SCHOOL)).orderBy(events.id),
    };
  }

  function paramValue(name: string, url: string): string {
    const samples: Record<string, string | number> = {
      orgId: VICTIM_SCHOOL,
      id: victimStudentIds[0],
      kato: VICTIM_DISTRICT,
      userId: victimOperatorId,
      dictionary: 'studyForms',
      code: 'full_time',
    };
    if (!(name in samples)) throw new Error(`no sample value for :${name} of ${url}; add one to paramValue in this test`);
    return String(samples[name]);
  }

  /** A body that would succeed for the victim's own users, so a refusal comes from the access rule. */
  function bodyFor(method: string, url: string, rule: AccessRule | undefined): unknown {
    const known: Record<string, unknown> = {
      'POST /api/v1/auth/login': { username: 'nobody', password: 'not-a-password' },
      'POST /api/v1/organizations/:orgId/students': { iin: '100101500017', lastName: VICTIM_NAMES.lastName, firstName: 'Жаңа', grade: 1, letter: 'А' },
      'PATCH /api/v1/students/:id': { lastName: 'Өзгертілген' },
      'POST /api/v1/organizations/:orgId/graduation': graduationBody([victimStudentIds[0]]),
      'POST /api/v1/admin/users': { username: 'intruder', role: 'admin', password: 'intruder-pass' },
      'PATCH /api/v1/admin/users/:userId': { disabled: true },
      'POST /api/v1/admin/users/:userId/password': { password: 'hijacked-pass' },
      'POST /api/v1/admin/organizations': { id: 7999, nameKk: 'Жаңа', nameRu: 'Новая', kato: '596430100', finalGrade: 11 },
      'PATCH /api/v1/admin/organizations/:orgId': { nameRu: 'Захвачена' },
      'POST /api/v1/admin/dictionaries/:dictionary': { code: 'hijack', names: { kk: 'x', ru: 'x', en: 'x' } },
      'PATCH /api/v1/admin/dictionaries/:dictionary/:code': { names: { ru: 'Захвачено' } },
    };
    const key = `${method} ${url}`;
    if (key in known) return known[key];
    if (method === 'GET' || method === 'HEAD') return undefined;

    // A route added later: fill the fields its access rule names with the victim's ids.
    const body: Record<string, unknown> = {};
    if (typeof rule === 'object') {
      for (const [field, value] of [
        [rule.organization, VICTIM_SCHOOL],
        [rule.student, victimStudentIds[0]],
        [rule.territory, VICTIM_DISTRICT],
      ] as const) {
        if (!field?.startsWith('body.')) continue;
        const name = field.slice('body.'.length);
        body[name] = /(s|Ids)$/.test(name) ? [value] : value;
      }
    }
    return body;
  }

  function expectedStatuses(rule: AccessRule | undefined, attacker: Attacker): number[] | 'any' {
    if (rule === 'public') return 'any';
    if (attacker === 'anonymous') return [401];
    if (rule === 'signed-in') return 'any';
    if (rule === 'admin') return [403];

    const scoped = rule as ScopedAccess;
    if (scoped.mode === 'read') return [404];
    return attacker === 'district user of another district' ? [403] : [404];
  }

  async function cookieOf(attacker: Attacker): Promise<string | undefined> {
    if (attacker === 'anonymous') return undefined;
    return api.login(attacker === 'operator of another school' ? 'attacker.operator' : 'attacker.district', TEST_PASSWORD);
  }

  it('lists every route with an access rule', () => {
    const apiRoutes = api.app.routeTable.filter((route) => route.url.startsWith('/api/v1/'));

    expect(apiRoutes.length).toBeGreaterThan(25);
    expect(apiRoutes.filter((route) => route.access === undefined)).toEqual([]);
    expect(apiRoutes.map((route) => `${route.method} ${route.url}`)).toEqual(
      expect.arrayContaining(['GET /api/v1/students/:id', 'POST /api/v1/organizations/:orgId/graduation', 'GET /api/v1/territories/:kato/progress', 'GET /api/v1/admin/audit']),
    );
  });

  it('gives outsiders none of the school\'s data and changes nothing', async () => {
    const before = await snapshot();
    const apiRoutes = api.app.routeTable.filter((route) => route.url.startsWith('/api/v1/'));
    const failures: string[] = [];

    for (const route of apiRoutes) {
      const url = route.url.replace(/:([A-Za-z_]+)/g, (_, name: string) => paramValue(name, route.url));
      const body = bodyFor(route.method, route.url, route.access);

      for (const attacker of ATTACKERS) {
        const cookie = await cookieOf(attacker);
        const response = await api.request({ method: route.method as 'GET', url, cookie, body });
        const where = `${route.method} ${route.url} as ${attacker}: ${response.statusCode} ${response.body.slice(0, 200)}`;

        const expected = expectedStatuses(route.access, attacker);
        if (response.statusCode >= 500) failures.push(`server error, ${where}`);
        if (expected !== 'any' && !expected.includes(response.statusCode)) failures.push(`expected ${expected.join(' or ')}, ${where}`);

        const leaked = [VICTIM_NAMES.school, VICTIM_NAMES.schoolRu, VICTIM_NAMES.lastName, VICTIM_NAMES.firstName, ...victimIins].filter((text) => response.body.includes(text));
        if (leaked.length > 0) failures.push(`leaked ${leaked.join(', ')}, ${where}`);
      }
    }

    expect(failures).toEqual([]);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a bulk request when one id is another school\'s', async () => {
    const cookie = await api.login('attacker.operator', TEST_PASSWORD);

    const response = await api.request({ method: 'POST', url: `/api/v1/organizations/${ATTACKER_SCHOOL}/graduation`, cookie, body: graduationBody([attackerStudentId, victimStudentIds[0]]) });

    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('student.not_found');
    const [own] = await api.context.db.select({ status: enrolments.status }).from(enrolments).where(eq(enrolments.studentId, attackerStudentId));
    expect(own.status).toBe('active');
  });

  it('lets the district of the school read and not write', async () => {
    const cookie = await api.login('victim.district', TEST_PASSWORD);

    const reads = await Promise.all(
      [`/api/v1/organizations/${VICTIM_SCHOOL}`, `/api/v1/organizations/${VICTIM_SCHOOL}/students`, `/api/v1/students/${victimStudentIds[0]}`, `/api/v1/students/${victimStudentIds[1]}/movements`, `/api/v1/territories/${VICTIM_DISTRICT}/progress`].map(
        (url) => api.request({ method: 'GET', url, cookie }),
      ),
    );
    const write = await api.request({ method: 'PATCH', url: `/api/v1/students/${victimStudentIds[0]}`, cookie, body: { lastName: 'Өзгертілген' } });
    const oblast = await api.request({ method: 'GET', url: '/api/v1/territories/590000000/progress', cookie });

    expect(reads.map((response) => response.statusCode)).toEqual([200, 200, 200, 200, 200]);
    expect(reads[2].json().lastName).toBe(VICTIM_NAMES.lastName);
    expect([write.statusCode, write.json().code]).toEqual([403, 'auth.read_only']);
    expect([oblast.statusCode, oblast.json().code]).toEqual([404, 'territory.not_found']);
  });
});

describe('access rule declaration', () => {
  const context = {} as AppContext;

  it('rejects an API route without a rule', async () => {
    const app = Fastify();
    registerAccessControl(app, context);

    expect(() => app.get('/api/v1/unguarded', async () => ({}))).toThrow(/GET \/api\/v1\/unguarded: the route has no access rule/);
    await app.close();
  });

  it('rejects a rule that names a missing path parameter', async () => {
    const app = Fastify();
    registerAccessControl(app, context);

    expect(() => app.get('/api/v1/schools/:schoolId', { config: { access: { organization: 'params.orgId', mode: 'read' } } }, async () => ({}))).toThrow(/no parameter :orgId/);
    expect(() => app.get('/api/v1/things', { config: { access: { mode: 'read' } as ScopedAccess } }, async () => ({}))).toThrow(/names no organization, student or territory/);
    await app.close();
  });

  it('leaves routes outside the API alone', async () => {
    const app = Fastify();
    registerAccessControl(app, context);
    app.get('/help/page', async () => 'guide');
    await app.ready();

    expect(app.routeTable.map((route) => `${route.method} ${route.url}`)).toContain('GET /help/page');
    await app.close();
  });
});

function graduationBody(studentIds: number[]) {
  return { studentIds, documentKind: 'general_secondary_attestat', departureDate: '2026-06-12', orderDate: '2026-06-12', orderNumber: '45-Б', destination: 'university' };
}
