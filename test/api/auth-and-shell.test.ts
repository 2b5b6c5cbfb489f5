import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { describeEachDatabase } from '../support/database.js';
import { createUser } from '../../src/server/features/accounts/create-user.js';
import { TEST_PASSWORD, insertOperator, insertSchool } from '../support/fixtures.js';

describeEachDatabase('auth, health, dictionaries and OpenAPI', (kind) => {
  let api: TestApp;

  beforeAll(async () => {
    api = await createTestApp(kind);
    await insertSchool(api.context.db, { id: 601 });
    await insertSchool(api.context.db, { id: 602, nameRu: 'Гимназия имени Абая' });
    await insertOperator(api.context.db, 'school601', 601);
    await createUser(api.context.db, { username: 'admin', password: TEST_PASSWORD, role: 'admin' });
  });

  afterAll(async () => api?.close());

  it('answers health without a session', async () => {
    const response = await api.request({ method: 'GET', url: '/api/v1/health' });

    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'ok', database: kind, today: '2026-03-02', rehearsalDate: null });
  });

  it('logs in, reads me, and logs out', async () => {
    const cookie = await api.login('school601', TEST_PASSWORD);

    const me = await api.request({ method: 'GET', url: '/api/v1/auth/me', cookie });
    expect(me.json()).toEqual({ id: expect.any(Number), username: 'school601', role: 'operator', organizationId: 601, territoryKato: null });

    const logout = await api.request({ method: 'POST', url: '/api/v1/auth/logout', cookie });
    expect(logout.statusCode).toBe(204);

    const after = await api.request({ method: 'GET', url: '/api/v1/auth/me', cookie });
    expect(after.statusCode).toBe(401);
  });

  it('sets an httpOnly SameSite session cookie', async () => {
    const response = await api.request({ method: 'POST', url: '/api/v1/auth/login', body: { username: 'school601', password: TEST_PASSWORD } });
    const cookie = response.cookies.find((candidate) => candidate.name === 'kontingent_session')!;

    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    // A rehearsal clock may be months away from the browser's, so the cookie carries a lifetime, not a date.
    expect(cookie.maxAge).toBe(12 * 3600);
    expect(cookie.expires).toBeUndefined();
  });

  it('rejects a wrong password with a translated 401', async () => {
    const response = await api.request({ method: 'POST', url: '/api/v1/auth/login', body: { username: 'school601', password: 'wrong-password' }, language: 'ru' });

    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual({ code: 'auth.invalid_credentials', message: 'Неверное имя пользователя или пароль.' });
  });

  it('rejects a login without a password with a field error', async () => {
    const response = await api.request({ method: 'POST', url: '/api/v1/auth/login', body: { username: 'school601' } });

    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toContainEqual(expect.objectContaining({ field: 'password' }));
  });

  it('answers malformed JSON with 400, not 500', async () => {
    const response = await api.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"username":' });

    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('request.malformed');
  });

  it('lists the dictionaries with their flags', async () => {
    const cookie = await api.login('school601', TEST_PASSWORD);
    const dictionaries = (await api.request({ method: 'GET', url: '/api/v1/dictionaries', cookie })).json();

    const flagged = (name: string, flag: string) => dictionaries[name].filter((entry: { flags: string[] }) => entry.flags.includes(flag));
    expect(flagged('destinations', 'requires_country')).toHaveLength(1);
    expect(flagged('destinations', 'continues_at_school')).toHaveLength(1);
    expect(flagged('studyForms', 'external_study')).toHaveLength(1);
    expect(flagged('documentKinds', 'altyn_belgi')[0].grades).toEqual([11, 12, 13]);
    expect(Object.keys(dictionaries)).toEqual(expect.arrayContaining(['documentKinds', 'destinations', 'studyForms', 'departureReasons', 'aidCategories', 'countries']));
    expect(dictionaries.countries.find((entry: { code: string }) => entry.code === 'KZ').names.kk).toBe('Қазақстан');
  });

  it('returns the organization with its territory path', async () => {
    const cookie = await api.login('school601', TEST_PASSWORD);
    const organization = (await api.request({ method: 'GET', url: '/api/v1/organizations/601', cookie })).json();

    expect(organization.territoryPath.map((step: { level: string }) => step.level)).toEqual(['oblast', 'settlement']);
    expect(organization.finalGrade).toBe(11);
  });

  it('lists only the operator\'s own school', async () => {
    const cookie = await api.login('school601', TEST_PASSWORD);
    const list = (await api.request({ method: 'GET', url: '/api/v1/organizations', cookie })).json();

    expect(list.total).toBe(1);
    expect(list.items[0].id).toBe(601);
  });

  it('lists and searches every school for an administrator', async () => {
    const cookie = await api.login('admin', TEST_PASSWORD);
    const all = (await api.request({ method: 'GET', url: '/api/v1/organizations', cookie })).json();
    const found = (await api.request({ method: 'GET', url: `/api/v1/organizations?q=${encodeURIComponent('абая')}`, cookie })).json();
    const other = await api.request({ method: 'GET', url: '/api/v1/organizations/601/students', cookie });

    expect(all.items.map((item: { id: number }) => item.id)).toEqual([601, 602]);
    expect(found.items.map((item: { id: number }) => item.id)).toEqual([602]);
    expect(other.statusCode).toBe(200);
  });

  it('publishes the OpenAPI document with the contract paths', async () => {
    const document = (await api.request({ method: 'GET', url: '/api/openapi.json' })).json();

    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/health',
        '/api/v1/auth/login',
        '/api/v1/organizations/{orgId}/students',
        '/api/v1/students/{id}',
        '/api/v1/dictionaries',
      ]),
    );
  });

  it('serves the browsable API page', async () => {
    const response = await api.request({ method: 'GET', url: '/api/docs/' });

    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
  });
});
