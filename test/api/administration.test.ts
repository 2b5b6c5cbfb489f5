import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { dictionaryEntries, events, users } from '../../src/db/schema.js';
import { createUser } from '../../src/server/features/accounts/create-user.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { movableClock } from '../support/clock.js';
import { describeEachDatabase } from '../support/database.js';
import { TEST_PASSWORD } from '../support/fixtures.js';
import { insertSchoolInDistrict, insertTestTerritories } from '../support/territories.js';

describeEachDatabase('administration', (kind) => {
  const clock = movableClock('2026-05-04T09:00:00+05:00');
  let api: TestApp;
  let admin: string;

  const request = (method: 'GET' | 'POST' | 'PATCH', url: string, body?: unknown, cookie = admin) => api.request({ method, url, body, cookie, language: 'en' });
  const userId = async (username: string) => (await api.context.db.select({ id: users.id }).from(users).where(eq(users.username, username)))[0].id;

  beforeAll(async () => {
    api = await createTestApp(kind, { clock });
    await insertTestTerritories(api.context.db);
    await insertSchoolInDistrict(api.context.db, { id: 7301, district: '596400000', nameRu: 'Школа в районе 5964' });
    await insertSchoolInDistrict(api.context.db, { id: 7302, district: '116400000', nameRu: 'Школа в области 11' });
    await createUser(api.context.db, { username: 'admin', password: TEST_PASSWORD, role: 'admin' });
    await createUser(api.context.db, { username: 'operator', password: TEST_PASSWORD, role: 'operator', organizationId: 7301 });
    admin = await api.login('admin', TEST_PASSWORD);
  });

  afterAll(async () => api?.close());

  it('creates a district user with a generated password', async () => {
    const response = await request('POST', '/api/v1/admin/users', { username: 'Aigerim.District', role: 'district', territoryKato: '596400000' });
    const { user, password } = response.json();

    expect(response.statusCode).toBe(201);
    expect(user).toMatchObject({ username: 'aigerim.district', role: 'district', organizationId: null, territoryKato: '596400000' });
    expect(password).toMatch(/^[A-Za-z2-9]{16}$/);
    expect((await api.request({ method: 'POST', url: '/api/v1/auth/login', body: { username: 'aigerim.district', password } })).statusCode).toBe(200);
  });

  it('checks the scope against the role', async () => {
    const cases = [
      [{ username: 'region.one', role: 'region', territoryKato: '596400000', password: 'long-password' }, [{ field: 'territoryKato', code: 'user.territory_level', params: { kato: '596400000', level: 'oblast' } }]],
      [{ username: 'district.one', role: 'district', territoryKato: '596499999', password: 'long-password' }, [{ field: 'territoryKato', code: 'user.territory_not_found', params: { kato: '596499999' } }]],
      [{ username: 'district.two', role: 'district', password: 'long-password' }, [{ field: 'territoryKato', code: 'user.territory_required', params: { level: 'district' } }]],
      [{ username: 'ministry.one', role: 'ministry', territoryKato: '590000000', password: 'long-password' }, [{ field: 'territoryKato', code: 'user.territory_not_allowed', params: { role: 'ministry' } }]],
      [{ username: 'operator.one', role: 'operator', territoryKato: '596400000', password: 'short' }, [
        { field: 'password', code: 'user.password_too_short', params: { min: 8 } },
        { field: 'organizationId', code: 'user.organization_required' },
        { field: 'territoryKato', code: 'user.territory_not_allowed', params: { role: 'operator' } },
      ]],
    ] as const;

    for (const [body, errors] of cases) {
      const response = await request('POST', '/api/v1/admin/users', body);
      expect([response.statusCode, response.json().code], body.username).toEqual([400, 'user.invalid']);
      expect(response.json().errors, body.username).toEqual(errors);
    }

    const message = (await request('POST', '/api/v1/admin/users', cases[0][0])).json().errors;
    expect(message).toHaveLength(1);
    expect(await api.context.db.select().from(users).where(eq(users.username, 'region.one'))).toEqual([]);
  });

  it('translates a scope error naming the level', async () => {
    const response = await api.request({ method: 'POST', url: '/api/v1/admin/users', cookie: admin, language: 'ru', body: { username: 'region.two', role: 'region', territoryKato: '596400000', password: 'long-password' } });

    expect(response.json().message).toBe('Учётная запись не сохранена: исправьте отмеченные поля.');
  });

  it('changes role and scope, and refuses to change the administrator\'s own access', async () => {
    await request('POST', '/api/v1/admin/users', { username: 'mover', role: 'operator', organizationId: 7301, password: 'mover-password' });
    const id = await userId('mover');

    const toRegion = await request('PATCH', `/api/v1/admin/users/${id}`, { role: 'region', territoryKato: '590000000' });
    const withoutScope = await request('PATCH', `/api/v1/admin/users/${id}`, { role: 'operator' });
    const ownRole = await request('PATCH', `/api/v1/admin/users/${await userId('admin')}`, { role: 'ministry' });
    const ownDisable = await request('PATCH', `/api/v1/admin/users/${await userId('admin')}`, { disabled: true });

    expect(toRegion.json()).toMatchObject({ role: 'region', organizationId: null, territoryKato: '590000000' });
    expect(withoutScope.json().errors).toEqual([{ field: 'organizationId', code: 'user.organization_required' }]);
    expect([ownRole.statusCode, ownRole.json().code]).toEqual([409, 'user.cannot_change_own_access']);
    expect(ownDisable.statusCode).toBe(409);

    const region = await api.login('mover', 'mover-password');
    const schools = (await api.request({ method: 'GET', url: '/api/v1/organizations', cookie: region })).json();
    expect(schools.items.map((school: { id: number }) => school.id)).toEqual([7301]);
  });

  it('resets a password and ends the sessions', async () => {
    await request('POST', '/api/v1/admin/users', { username: 'forgetful', role: 'ministry', password: 'old-password' });
    const session = await api.login('forgetful', 'old-password');

    const response = await request('POST', `/api/v1/admin/users/${await userId('forgetful')}/password`, {});
    const { password } = response.json();

    expect(password).toHaveLength(16);
    expect((await api.request({ method: 'GET', url: '/api/v1/auth/me', cookie: session })).statusCode).toBe(401);
    expect((await api.request({ method: 'POST', url: '/api/v1/auth/login', body: { username: 'forgetful', password: 'old-password' } })).statusCode).toBe(401);
    expect((await api.request({ method: 'POST', url: '/api/v1/auth/login', body: { username: 'forgetful', password } })).statusCode).toBe(200);
  });

  it('lists users with their school or territory', async () => {
    const page = (await request('GET', '/api/v1/admin/users?role=district')).json();
    const operators = (await request('GET', '/api/v1/admin/users?q=7301')).json();

    expect(page.items.map((user: { username: string }) => user.username)).toEqual(['aigerim.district']);
    expect(page.items[0]).toMatchObject({ territoryNames: { kk: '5964 ауданы', ru: 'Район 5964' }, disabled: false, lockedUntil: null });
    expect(page.items[0].lastLoginAt).toBe('2026-05-04T04:00:00.000Z');
    expect(operators.items.map((user: { username: string; organizationNames: { ru: string } }) => [user.username, user.organizationNames.ru])).toEqual([['operator', 'Школа в районе 5964']]);
  });

  it('registers and changes a school', async () => {
    const created = await request('POST', '/api/v1/admin/organizations', { id: 7303, nameKk: ' Жаңа мектеп ', nameRu: 'Новая школа', kato: '113230100', finalGrade: 12 });
    const taken = await request('POST', '/api/v1/admin/organizations', { id: 7303, nameKk: 'Тағы', nameRu: 'Ещё', kato: '113230100', finalGrade: 11 });
    const invalid = await request('POST', '/api/v1/admin/organizations', { id: 7304, nameKk: ' ', nameRu: 'Школа', kato: '113239999', finalGrade: 11 });
    const changed = await request('PATCH', '/api/v1/admin/organizations/7303', { finalGrade: 11, nameRu: 'Школа №7303' });
    const missing = await request('PATCH', '/api/v1/admin/organizations/7999', { finalGrade: 11 });
    const wrongGrade = await request('PATCH', '/api/v1/admin/organizations/7303', { finalGrade: 10 });

    expect(created.statusCode).toBe(201);
    expect(created.json()).toEqual({ id: 7303, nameKk: 'Жаңа мектеп', nameRu: 'Новая школа', kato: '113230100', finalGrade: 12 });
    expect([taken.statusCode, taken.json().code]).toEqual([409, 'organization.id_taken']);
    expect(invalid.json().errors).toEqual([
      { field: 'nameKk', code: 'organization.name_required' },
      { field: 'kato', code: 'organization.kato_not_found', params: { kato: '113239999' } },
    ]);
    expect(changed.json()).toMatchObject({ finalGrade: 11, nameRu: 'Школа №7303', nameKk: 'Жаңа мектеп' });
    expect(missing.statusCode).toBe(404);
    expect(wrongGrade.statusCode).toBe(400);

    const recorded = await api.context.db.select({ name: events.name, data: events.data }).from(events).where(eq(events.subjectId, 7303));
    expect(recorded.map((event) => event.name)).toEqual(['organization.created', 'organization.updated']);
    expect(recorded[1].data).toEqual({ fields: ['nameRu', 'finalGrade'] });
  });

  it('edits dictionaries but keeps flagged entries on', async () => {
    const added = await request('POST', '/api/v1/admin/dictionaries/studyForms', { code: 'night_school', names: { kk: 'Кешкі', ru: 'Вечерняя', en: 'Evening' } });
    const again = await request('POST', '/api/v1/admin/dictionaries/studyForms', { code: 'night_school', names: { kk: 'Кешкі', ru: 'Вечерняя', en: 'Evening' } });
    const badCode = await request('POST', '/api/v1/admin/dictionaries/studyForms', { code: 'Evening Form', names: { kk: '', ru: 'В', en: 'E' } });
    const countries = await request('POST', '/api/v1/admin/dictionaries/countries', { code: 'xx', names: { kk: 'x', ru: 'x', en: 'x' } });
    const renamed = await request('PATCH', '/api/v1/admin/dictionaries/studyForms/night_school', { names: { ru: 'Вечерняя форма' }, active: false });
    const flagged = await request('PATCH', '/api/v1/admin/dictionaries/destinations/continues_at_school', { active: false });
    const unknown = await request('PATCH', '/api/v1/admin/dictionaries/studyForms/nothing', { active: false });

    expect(added.statusCode).toBe(201);
    expect(added.json()).toEqual({ code: 'night_school', names: { kk: 'Кешкі', ru: 'Вечерняя', en: 'Evening' }, active: true, flags: [], grades: [] });
    expect([again.statusCode, again.json().code]).toEqual([409, 'dictionary.code_taken']);
    expect(badCode.json().errors).toEqual([
      { field: 'code', code: 'dictionary.code_invalid' },
      { field: 'names.kk', code: 'dictionary.name_required' },
    ]);
    expect(countries.statusCode).toBe(404);
    expect(renamed.json()).toMatchObject({ names: { kk: 'Кешкі', ru: 'Вечерняя форма', en: 'Evening' }, active: false });
    expect([flagged.statusCode, flagged.json().code]).toEqual([409, 'dictionary.flagged_entry']);
    expect(unknown.statusCode).toBe(404);

    const dictionaries = (await request('GET', '/api/v1/dictionaries')).json();
    expect(dictionaries.studyForms.at(-1)).toMatchObject({ code: 'night_school', active: false });
    const [continues] = await api.context.db.select().from(dictionaryEntries).where(eq(dictionaryEntries.code, 'continues_at_school'));
    expect(continues.active).toBe(true);
  });

  it('shows the audit log to administrators only', async () => {
    await api.request({ method: 'POST', url: '/api/v1/auth/login', body: { username: 'operator', password: 'wrong-password' } });

    const logins = (await request('GET', '/api/v1/admin/audit?name=auth.')).json();
    const failures = (await request('GET', '/api/v1/admin/audit?name=auth.login_failed&from=2026-05-04&to=2026-05-04')).json();
    const tomorrow = (await request('GET', '/api/v1/admin/audit?name=auth.&from=2026-05-05')).json();
    const byOperator = (await request('GET', `/api/v1/admin/audit?userId=${await userId('operator')}`)).json();
    const names = (await request('GET', '/api/v1/admin/audit/names')).json();
    const operator = await api.login('operator', TEST_PASSWORD);
    const refused = await api.request({ method: 'GET', url: '/api/v1/admin/audit', cookie: operator });

    expect(logins.items.every((item: { name: string }) => item.name.startsWith('auth.'))).toBe(true);
    expect(failures.items[0]).toMatchObject({ name: 'auth.login_failed', actor: null, data: { reason: 'wrong_password', address: '127.0.0.1' } });
    expect(failures.items[0].createdAt).toBe('2026-05-04T04:00:00.000Z');
    expect(tomorrow.total).toBe(0);
    expect(byOperator.items.map((item: { name: string }) => item.name)).toContain('auth.login_failed');
    expect(names).toEqual(expect.arrayContaining(['auth.login', 'auth.login_failed', 'user.created', 'organization.created', 'dictionary.entry_created']));
    expect([refused.statusCode, refused.json().code]).toEqual([403, 'auth.forbidden']);
  });
});
