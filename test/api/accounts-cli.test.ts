import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.js';
import { events, organizations, sessions, territories, users } from '../../src/db/schema.js';
import { runCli } from '../../src/cli/run-cli.js';
import { createUser } from '../../src/server/features/accounts/create-user.js';
import { verifyPassword } from '../../src/server/features/accounts/passwords.js';
import { setUserPassword } from '../../src/server/features/accounts/set-user-password.js';
import { AppError } from '../../src/server/http/errors.js';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from '../support/database.js';

async function appError(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describeEachDatabase('accounts', (kind) => {
  let database: TestDatabase;

  beforeEach(async () => {
    database = await createTestDatabase(kind);
    const db = database.handle.db;
    await db.insert(territories).values({ kato: '596430100', katoVersion: 'NK RK 11-2025', level: 'settlement', typeCode: 2, nameKk: 'Кішкенекөл а.', nameRu: 'с.Кишкенеколь' });
    await db.insert(organizations).values({ id: 17009, nameKk: 'Мектеп', nameRu: 'Школа', kato: '596430100' });
  });

  afterEach(async () => {
    await database.drop();
  });

  it('creates an operator with a verifiable hash', async () => {
    const db = database.handle.db;

    const user = await createUser(db, { username: 'aigerim.s', password: 'secret-pass', role: 'operator', organizationId: 17009 });

    expect(user).toMatchObject({ username: 'aigerim.s', role: 'operator', organizationId: 17009 });
    const [stored] = await db.select().from(users).where(eq(users.id, user.id));
    expect(stored.passwordHash.startsWith('$argon2id$')).toBe(true);
    expect(await verifyPassword(stored.passwordHash, 'secret-pass')).toBe(true);
    expect(await verifyPassword(stored.passwordHash, 'Secret-pass')).toBe(false);

    const [created] = await db.select().from(events).where(eq(events.subjectId, user.id));
    expect(created.name).toBe('user.created');
  });

  it('rejects invalid accounts with field codes', async () => {
    const db = database.handle.db;

    const badName = await appError(createUser(db, { username: 'Ai', password: 'secret-pass', role: 'admin' }));
    expect(badName.code).toBe('user.invalid');
    expect(badName.errors.map((error) => error.code)).toEqual(['user.username_invalid']);

    const shortPassword = await appError(createUser(db, { username: 'admin2', password: 'short', role: 'admin' }));
    expect(shortPassword.errors.map((error) => error.code)).toEqual(['user.password_too_short']);

    const noOrganization = await appError(createUser(db, { username: 'op1', password: 'secret-pass', role: 'operator' }));
    expect(noOrganization.errors.map((error) => error.code)).toEqual(['user.organization_required']);

    const unknownOrganization = await appError(createUser(db, { username: 'op1', password: 'secret-pass', role: 'operator', organizationId: 1 }));
    expect(unknownOrganization.errors.map((error) => error.code)).toEqual(['user.organization_not_found']);

    const adminWithOrganization = await appError(createUser(db, { username: 'admin2', password: 'secret-pass', role: 'admin', organizationId: 17009 }));
    expect(adminWithOrganization.errors.map((error) => error.code)).toEqual(['user.organization_not_allowed']);

    expect(await db.select().from(users)).toEqual([]);
  });

  it('rejects a taken username', async () => {
    const db = database.handle.db;
    await createUser(db, { username: 'admin', password: 'secret-pass', role: 'admin' });

    const error = await appError(createUser(db, { username: 'admin', password: 'other-pass', role: 'admin' }));

    expect(error.status).toBe(409);
    expect(error.code).toBe('user.username_taken');
  });

  it('sets a password and ends sessions', async () => {
    const db = database.handle.db;
    const user = await createUser(db, { username: 'admin', password: 'secret-pass', role: 'admin' });
    await db.insert(sessions).values({ tokenHash: 'abc', userId: user.id, expiresAt: new Date(Date.now() + 3_600_000) });

    await setUserPassword(db, 'admin', 'new-secret-pass');

    const [stored] = await db.select().from(users).where(eq(users.id, user.id));
    expect(await verifyPassword(stored.passwordHash, 'new-secret-pass')).toBe(true);
    expect(await verifyPassword(stored.passwordHash, 'secret-pass')).toBe(false);
    expect(await db.select().from(sessions)).toEqual([]);

    const unknown = await appError(setUserPassword(db, 'nobody', 'new-secret-pass'));
    expect(unknown.code).toBe('user.not_found');
  });
});

describe('command line', () => {
  let folder: string;
  let output: string[];
  let errors: string[];

  const io = { out: (line: string) => void output.push(line), err: (line: string) => void errors.push(line) };
  const run = (...argv: string[]) => runCli(argv, { io, env: { DATA_DIR: join(folder, 'data') } });

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'kontingent-cli-'));
  });

  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  beforeEach(() => {
    output = [];
    errors = [];
  });

  it('lists commands in --help', async () => {
    expect(await run('--help')).toBe(0);

    const help = output.join('\n');
    for (const command of ['import-kato FILE.csv', 'user add', 'user update', 'user set-password', 'user unlock', 'user list', 'school add', 'dictionary set', 'audit list', 'seed-demo']) {
      expect(help).toContain(command);
    }
  });

  it('imports KATO and reports a bad line', async () => {
    const good = join(folder, 'good.csv');
    writeFileSync(good, 'kato,kato_version,level,type_code,name_ru,name_kk\n590000000,NK RK 11-2025,oblast,0,Северо-Казахстанская область,Солтүстік Қазақстан облысы\n');
    const bad = join(folder, 'bad.csv');
    writeFileSync(bad, 'kato,kato_version,level,type_code,name_ru,name_kk\n590000000,NK RK 11-2025,oblast,0,a,b\n59640000,NK RK 11-2025,district,2,a,b\n');

    expect(await run('import-kato', bad)).toBe(1);
    expect(errors.join('\n')).toContain('line 3, field kato');

    expect(await run('import-kato', good)).toBe(0);
    expect(output).toEqual(['Imported 1 rows: 1 inserted, 0 updated, 0 unchanged']);
  });

  it('seeds the demo school and manages users', async () => {
    expect(await run('seed-demo', '--password', 'operator-pass-1')).toBe(0);
    expect(output[0]).toBe('Seeded the demo school 17009 with 250 students.');
    // Only the generated admin password is printed; the given one is not.
    expect(output.join('\n')).not.toContain('operator-pass-1');
    expect(output.some((line) => line.startsWith('Password of "admin": '))).toBe(true);

    output = [];
    expect(await run('user', 'add', '--username', 'secretary', '--role', 'operator', '--org', '17009')).toBe(0);
    const generated = /^Password: (\S+)/.exec(output[1])?.[1];
    expect(generated).toHaveLength(16);

    expect(await run('user', 'add', '--username', 'secretary', '--role', 'operator', '--org', '17009', '--password', 'another-pass')).toBe(1);
    expect(errors.join('\n')).toContain('user.username_taken');

    output = [];
    expect(await run('user', 'set-password', '--username', 'secretary', '--password', 'changed-pass')).toBe(0);
    expect(await run('user', 'list')).toBe(0);
    expect(output.some((line) => /^\d+\s+secretary\s+operator\s+organization 17009\s+no\s+-$/.test(line))).toBe(true);

    const handle = await openDatabase({ dataDir: join(folder, 'data') });
    try {
      const [secretary] = await handle.db.select().from(users).where(eq(users.username, 'secretary'));
      expect(await verifyPassword(secretary.passwordHash, 'changed-pass')).toBe(true);
    } finally {
      await handle.close();
    }
  });

  it('manages roles and scopes of accounts', async () => {
    expect(await run('user', 'add', '--username', 'district.staff', '--role', 'district', '--territory', '596400000', '--password', 'district-pass')).toBe(0);
    expect(output[0]).toMatch(/^Created district "district.staff" \(id \d+, territory 596400000\)\.$/);

    expect(await run('user', 'add', '--username', 'region.staff', '--role', 'region', '--territory', '596400000')).toBe(1);
    expect(errors.join('\n')).toContain('The territory 596400000 must be an oblast (region). (user.territory_level)');

    output = [];
    expect(await run('user', 'update', '--username', 'district.staff', '--role', 'region', '--territory', '590000000', '--disable')).toBe(0);
    expect(output).toEqual(['Updated "district.staff": region, territory 590000000, disabled.']);
    expect(await run('user', 'update', '--username', 'district.staff')).toBe(2);
    expect(await run('user', 'unlock', '--username', 'district.staff')).toBe(0);

    output = [];
    expect(await run('user', 'list', '--role', 'region')).toBe(0);
    expect(output[1]).toMatch(/^\d+\s+district.staff\s+region\s+territory 590000000\s+yes\s+-$/);
  });

  it('registers schools and edits dictionaries', async () => {
    expect(await run('school', 'add', '--id', '17010', '--name-kk', 'Жаңа мектеп', '--name-ru', 'Новая школа', '--kato', '596430100', '--final-grade', '12')).toBe(0);
    expect(await run('school', 'update', '--id', '17010', '--final-grade', '11')).toBe(0);
    expect(await run('school', 'add', '--id', '17011', '--name-kk', 'А', '--name-ru', 'Б', '--kato', '596430199')).toBe(1);
    expect(errors.join('\n')).toContain('organization.kato_not_found');

    output = [];
    expect(await run('school', 'list', '--search', '17010')).toBe(0);
    expect(output[1]).toMatch(/^17010\s+596430100\s+11\s+Новая школа$/);

    output = [];
    expect(await run('dictionary', 'add', 'studyForms', 'night_school', '--kk', 'Кешкі мектеп', '--ru', 'Вечерняя школа', '--en', 'Night school')).toBe(0);
    expect(await run('dictionary', 'set', 'studyForms', 'night_school', '--active', 'false')).toBe(0);
    expect(await run('dictionary', 'set', 'destinations', 'continues_at_school', '--active', 'false')).toBe(1);
    expect(errors.join('\n')).toContain('dictionary.flagged_entry');
    expect(await run('dictionary', 'list', 'studyForms')).toBe(0);
    expect(output.some((line) => /^night_school\s+no\s+-\s+Вечерняя школа\s+Кешкі мектеп\s+Night school$/.test(line))).toBe(true);

    output = [];
    expect(await run('audit', 'list', '--name', 'dictionary.', '--limit', '5')).toBe(0);
    expect(output[1]).toContain('dictionary.entry_updated');
    expect(output.at(-1)).toBe('2 of 2 events');
  });

  it('rejects an unknown command and a bad option', async () => {
    expect(await run('user', 'remove')).toBe(2);
    expect(await run('user', 'add', '--username', 'x1x', '--role', 'boss')).toBe(2);
    expect(errors.join('\n')).toContain('--role must be one of operator, district, region, ministry, admin');
  });
});
