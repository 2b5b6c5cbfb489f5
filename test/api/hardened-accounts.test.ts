import { Writable } from 'node:stream';
import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { events, loginThrottles, users } from '../../src/db/schema.js';
import { buildApp, loggerOptions } from '../../src/server/app.js';
import { createUser } from '../../src/server/features/accounts/create-user.js';
import { seedDictionaries } from '../../src/seed/seed-dictionaries.js';
import { createTestApp, csrfTokenOf, type TestApp } from '../support/app.js';
import { movableClock } from '../support/clock.js';
import { createTestDatabase, describeEachDatabase } from '../support/database.js';
import { TEST_PASSWORD, insertOperator, insertSchool } from '../support/fixtures.js';

const START = '2026-03-02T09:00:00+05:00';

describeEachDatabase('hardened accounts', (kind) => {
  const clock = movableClock(START);
  let api: TestApp;

  const attempt = (username: string, password: string, headers: Record<string, string> = {}) =>
    api.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password }, headers });

  beforeAll(async () => {
    api = await createTestApp(kind, { clock });
    await insertSchool(api.context.db, { id: 801 });
    for (const name of ['locked.one', 'locked.two', 'csrf.user', 'idle.user', 'day.user', 'logout.user', 'everywhere.user', 'disabled.user']) await insertOperator(api.context.db, name, 801);
    await createUser(api.context.db, { username: 'admin', password: TEST_PASSWORD, role: 'admin' });
  });

  // Each test counts its own failed logins; they all come from the same address.
  beforeEach(async () => {
    clock.set(START);
    await api.context.db.delete(loginThrottles);
  });

  afterAll(async () => api?.close());

  describe('lockout', () => {
    it('locks a username after five failures, also for the right password', async () => {
      const failures = [];
      for (let count = 0; count < 5; count += 1) failures.push((await attempt('locked.one', 'wrong-password')).statusCode);
      const locked = await attempt('locked.one', TEST_PASSWORD);

      expect(failures).toEqual([401, 401, 401, 401, 401]);
      expect(locked.statusCode).toBe(429);
      expect(locked.json()).toMatchObject({ code: 'auth.account_locked' });
      expect(Number(locked.headers['retry-after'])).toBe(15 * 60);
    });

    it('lifts the lock after 15 minutes', async () => {
      for (let count = 0; count < 5; count += 1) await attempt('locked.two', 'wrong-password');

      clock.advanceMinutes(14);
      expect((await attempt('locked.two', TEST_PASSWORD)).statusCode).toBe(429);

      clock.advanceMinutes(2);
      expect((await attempt('locked.two', TEST_PASSWORD)).statusCode).toBe(200);
    });

    it('locks an unknown username the same way', async () => {
      const statuses = [];
      for (let count = 0; count < 6; count += 1) statuses.push((await attempt('nobody.here', 'wrong-password')).statusCode);

      expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    });

    it('counts a burst of parallel guesses', async () => {
      await insertOperator(api.context.db, 'burst.user', 801);

      const responses = await Promise.all(Array.from({ length: 12 }, () => attempt('burst.user', 'wrong-password')));
      const statuses = responses.map((response) => response.statusCode);

      expect(statuses.filter((status) => status === 401).length).toBeLessThanOrEqual(5);
      expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(7);
      expect((await attempt('burst.user', TEST_PASSWORD)).statusCode).toBe(429);
    });

    it('lets an administrator unlock an account', async () => {
      await insertOperator(api.context.db, 'unlock.me', 801);
      for (let count = 0; count < 5; count += 1) await attempt('unlock.me', 'wrong-password');
      const [user] = await api.context.db.select().from(users).where(eq(users.username, 'unlock.me'));
      const admin = await api.login('admin', TEST_PASSWORD);

      const listed = (await api.request({ method: 'GET', url: '/api/v1/admin/users?q=unlock.me', cookie: admin })).json();
      const unlocked = await api.request({ method: 'POST', url: `/api/v1/admin/users/${user.id}/unlock`, cookie: admin });

      expect(listed.items[0].lockedUntil).toBe('2026-03-02T04:15:00.000Z');
      expect(unlocked.statusCode).toBe(204);
      expect((await attempt('unlock.me', TEST_PASSWORD)).statusCode).toBe(200);
    });

    it('refuses an address after 30 failures on any usernames', async () => {
      const headers = { 'x-forwarded-for': '203.0.113.9' };
      const statuses = [];
      for (let count = 0; count < 30; count += 1) statuses.push((await attempt(`guess.${count}`, 'wrong-password', headers)).statusCode);
      const refused = await attempt('admin', TEST_PASSWORD, headers);
      const elsewhere = await attempt('admin', TEST_PASSWORD);

      // Without TRUST_PROXY the header is ignored, so these guesses count against the test's own address.
      expect(statuses.every((status) => status === 401)).toBe(true);
      expect([refused.statusCode, refused.json().code]).toEqual([429, 'auth.too_many_attempts']);
      expect(elsewhere.statusCode).toBe(429);

      clock.advanceMinutes(16);
      expect((await attempt('admin', TEST_PASSWORD)).statusCode).toBe(200);
    });

    it('writes logins and failures to the audit log without the password', async () => {
      await attempt('csrf.user', 'typed-wrong-secret');
      await attempt('no.such.user', 'typed-wrong-secret');
      await attempt('csrf.user', TEST_PASSWORD);

      const recent = await api.context.db.select().from(events).orderBy(desc(events.id)).limit(3);
      const [user] = await api.context.db.select().from(users).where(eq(users.username, 'csrf.user'));

      expect(recent.map((event) => event.name)).toEqual(['auth.login', 'auth.login_failed', 'auth.login_failed']);
      expect(recent[0]).toMatchObject({ actorUserId: user.id, subjectId: user.id, data: { address: '127.0.0.1' } });
      expect(recent[1]).toMatchObject({ subjectId: null, data: { reason: 'unknown_username', unknownUsername: true } });
      expect(recent[2]).toMatchObject({ subjectId: user.id, data: { reason: 'wrong_password' } });
      expect(JSON.stringify(recent)).not.toContain('typed-wrong-secret');
      expect(JSON.stringify(recent)).not.toContain('no.such.user');
    });
  });

  describe('CSRF', () => {
    it('refuses writes without the token', async () => {
      const cookie = await api.login('csrf.user', TEST_PASSWORD);
      const token = csrfTokenOf(cookie);
      const logout = (headers: Record<string, string>) => api.app.inject({ method: 'POST', url: '/api/v1/auth/logout-everywhere', headers: { cookie, ...headers } });

      const missing = await logout({});
      const wrong = await logout({ 'x-csrf-token': `${token}x` });
      const crossSite = await logout({ 'x-csrf-token': token, 'sec-fetch-site': 'cross-site' });
      const read = await api.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });

      expect([missing.statusCode, missing.json().code]).toEqual([403, 'auth.csrf_invalid']);
      expect(wrong.statusCode).toBe(403);
      expect(crossSite.statusCode).toBe(403);
      expect(read.statusCode).toBe(200);

      const accepted = await logout({ 'x-csrf-token': token, 'sec-fetch-site': 'same-origin' });
      expect(accepted.statusCode).toBe(200);
    });

    it('refuses a login sent from another site', async () => {
      const response = await attempt('csrf.user', TEST_PASSWORD, { 'sec-fetch-site': 'cross-site' });

      expect([response.statusCode, response.json().code]).toEqual([403, 'auth.csrf_invalid']);
    });

    it('sets a readable CSRF cookie beside the httpOnly session cookie', async () => {
      const response = await attempt('csrf.user', TEST_PASSWORD);
      const session = response.cookies.find((cookie) => cookie.name === 'kontingent_session')!;
      const csrf = response.cookies.find((cookie) => cookie.name === 'kontingent_csrf')!;

      expect(session.httpOnly).toBe(true);
      expect(csrf.httpOnly).toBeUndefined();
      expect(csrf.sameSite).toBe('Strict');
      expect(csrf.value).toMatch(/^[\w-]{32}$/);
    });
  });

  describe('session expiry', () => {
    it('ends a session idle for an hour and keeps an active one', async () => {
      const cookie = await api.login('idle.user', TEST_PASSWORD);
      const me = () => api.request({ method: 'GET', url: '/api/v1/auth/me', cookie });

      clock.advanceMinutes(50);
      expect((await me()).statusCode).toBe(200);
      clock.advanceMinutes(50);
      expect((await me()).statusCode).toBe(200);

      clock.advanceMinutes(61);
      expect((await me()).statusCode).toBe(401);
    });

    it('ends a session after 12 hours however active', async () => {
      const cookie = await api.login('day.user', TEST_PASSWORD);
      const statuses = [];

      for (let hour = 1; hour <= 13; hour += 1) {
        clock.advanceMinutes(59);
        statuses.push((await api.request({ method: 'GET', url: '/api/v1/auth/me', cookie })).statusCode);
      }

      // 11 × 59 minutes are inside the 12 hours; 12 × 59 = 708 minutes too; 13 × 59 = 767 are past them.
      expect(statuses.slice(0, 12)).toEqual(Array(12).fill(200));
      expect(statuses[12]).toBe(401);
    });
  });

  describe('logout', () => {
    it('ends this session and clears both cookies', async () => {
      const cookie = await api.login('logout.user', TEST_PASSWORD);
      const other = await api.login('logout.user', TEST_PASSWORD);

      const response = await api.request({ method: 'POST', url: '/api/v1/auth/logout', cookie });

      expect(response.statusCode).toBe(204);
      expect(response.cookies.map((cookie) => [cookie.name, cookie.value])).toEqual([
        ['kontingent_session', ''],
        ['kontingent_csrf', ''],
      ]);
      expect((await api.request({ method: 'GET', url: '/api/v1/auth/me', cookie })).statusCode).toBe(401);
      expect((await api.request({ method: 'GET', url: '/api/v1/auth/me', cookie: other })).statusCode).toBe(200);
    });

    it('ends every session of the user everywhere', async () => {
      const laptop = await api.login('everywhere.user', TEST_PASSWORD);
      const phone = await api.login('everywhere.user', TEST_PASSWORD);
      const someoneElse = await api.login('logout.user', TEST_PASSWORD);

      const response = await api.request({ method: 'POST', url: '/api/v1/auth/logout-everywhere', cookie: laptop });

      expect(response.json()).toEqual({ ended: 2 });
      expect((await api.request({ method: 'GET', url: '/api/v1/auth/me', cookie: laptop })).statusCode).toBe(401);
      expect((await api.request({ method: 'GET', url: '/api/v1/auth/me', cookie: phone })).statusCode).toBe(401);
      expect((await api.request({ method: 'GET', url: '/api/v1/auth/me', cookie: someoneElse })).statusCode).toBe(200);
    });

    it('ends the sessions of a disabled account', async () => {
      const cookie = await api.login('disabled.user', TEST_PASSWORD);
      const admin = await api.login('admin', TEST_PASSWORD);
      const [user] = await api.context.db.select().from(users).where(eq(users.username, 'disabled.user'));

      const disabled = await api.request({ method: 'PATCH', url: `/api/v1/admin/users/${user.id}`, cookie: admin, body: { disabled: true } });

      expect(disabled.statusCode).toBe(200);
      expect((await api.request({ method: 'GET', url: '/api/v1/auth/me', cookie })).statusCode).toBe(401);
      expect((await attempt('disabled.user', TEST_PASSWORD)).statusCode).toBe(401);
    });
  });

  describe('security headers', () => {
    it('sends them on API responses and pages', async () => {
      const apiResponse = await api.app.inject({ method: 'GET', url: '/api/v1/health' });
      const help = await api.app.inject({ method: 'GET', url: '/help/ru/' });

      for (const response of [apiResponse, help]) {
        expect(response.headers['content-security-policy']).toContain("script-src 'self'");
        expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
        expect(response.headers['x-content-type-options']).toBe('nosniff');
        expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
        expect(response.headers['referrer-policy']).toBe('no-referrer');
      }
      expect(apiResponse.headers['cache-control']).toBe('no-store');
      expect(apiResponse.headers['strict-transport-security']).toBeUndefined();
    });
  });
});

describe('passwords in the logs', () => {
  it('never appear, in logins, failures, accounts and resets', async () => {
    const database = await createTestDatabase('pglite');
    const lines: string[] = [];
    const stream = new Writable({ write: (chunk, _encoding, done) => (lines.push(String(chunk)), done()) });

    try {
      const { db } = database.handle;
      await seedDictionaries(db);
      await insertSchool(db, { id: 802 });
      await createUser(db, { username: 'admin', password: TEST_PASSWORD, role: 'admin' });
      const app = await buildApp(
        { db, databaseKind: 'pglite', clock: movableClock(START), rehearsalDate: null, secureCookies: true },
        { logger: { ...(loggerOptions('debug') as object), stream } },
      );

      await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'admin', password: 'first-wrong-secret' } });
      const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'admin', password: TEST_PASSWORD } });
      const cookie = login.cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
      const headers = { cookie, 'x-csrf-token': login.cookies.find((cookie) => cookie.name === 'kontingent_csrf')!.value };

      const created = await app.inject({ method: 'POST', url: '/api/v1/admin/users', headers, payload: { username: 'new.operator', role: 'operator', organizationId: 802, password: 'created-account-secret' } });
      const reset = await app.inject({ method: 'POST', url: `/api/v1/admin/users/${created.json().user.id}/password`, headers, payload: {} });
      await app.close();

      const log = lines.join('');
      expect(created.statusCode).toBe(201);
      expect(login.headers['strict-transport-security']).toContain('max-age=31536000');
      expect(lines.length).toBeGreaterThan(4);
      for (const secret of ['first-wrong-secret', TEST_PASSWORD, 'created-account-secret', reset.json().password]) expect(log).not.toContain(secret);
    } finally {
      await database.drop();
    }
  });
});
