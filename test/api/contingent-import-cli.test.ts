import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { openDatabase } from '../../src/db/client.js';
import { enrolments, events, students } from '../../src/db/schema.js';
import { makeIin } from '../../src/domain/iin.js';
import { seedDictionaries } from '../../src/seed/seed-dictionaries.js';
import { insertSchool } from '../support/fixtures.js';

const SCHOOL = 821;

describe('import-contingent command', () => {
  let folder: string;
  let output: string[];
  let errors: string[];

  const io = { out: (line: string) => void output.push(line), err: (line: string) => void errors.push(line) };
  const env = () => ({ DATA_DIR: join(folder, 'data'), KONTINGENT_TODAY: '2026-06-15' });
  const run = (...argv: string[]) => runCli(argv, { io, env: env() });

  /** Opens the command's PGlite folder between runs; one folder serves one process at a time. */
  async function withDb<T>(body: (db: Awaited<ReturnType<typeof openDatabase>>['db']) => Promise<T>): Promise<T> {
    const handle = await openDatabase({ dataDir: env().DATA_DIR });
    try {
      return await body(handle.db);
    } finally {
      await handle.close();
    }
  }

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'kontingent-import-cli-'));
    await withDb(async (db) => {
      await seedDictionaries(db);
      await insertSchool(db, { id: SCHOOL });
    });
  });

  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  beforeEach(() => {
    output = [];
    errors = [];
  });

  it('checks, then imports, a CSV file', async () => {
    const file = join(folder, 'school.csv');
    const first = makeIin('2015-03-01', 'female', 5001)!;
    const second = makeIin('2014-07-15', 'male', 5002)!;
    writeFileSync(file, `ЖСН;Тегі;Аты;Параллель;Литера\r\n${first};Қасымова;Әйгерім;5;ә\r\n${second};Өтепов;Ілияс;6-сынып;Б\r\n`);

    expect(await run('import-contingent', '--school', String(SCHOOL), '--dry-run', file)).toBe(0);
    expect(output).toEqual([`${file}: csv, 2 rows of students.`, 'To add: 2 (known from an earlier enrolment: 0), to update: 0, unchanged: 0.', 'Dry run: nothing was written.']);
    expect(await withDb((db) => db.select().from(students))).toEqual([]);

    output = [];
    expect(await run('import-contingent', '--school', String(SCHOOL), file)).toBe(0);
    expect(output[2]).toMatch(/^Imported into school 821: 2 added, 0 updated, 0 unchanged \(batch [0-9a-f-]{36}\)\.$/);

    const rows = await withDb((db) => db.select({ iin: students.iin, grade: enrolments.grade, letter: enrolments.letter }).from(students).innerJoin(enrolments, eq(enrolments.studentId, students.id)));
    expect(rows).toEqual([
      { iin: first, grade: 5, letter: 'Ә' },
      { iin: second, grade: 6, letter: 'Б' },
    ]);
    const imported = await withDb((db) => db.select().from(events).where(eq(events.name, 'contingent.imported')));
    expect(imported[0]).toMatchObject({ actorUserId: null, organizationId: SCHOOL, data: { fileType: 'csv', rows: 2, created: 2 } });
  });

  it('lists the problems with row and column and imports nothing', async () => {
    const file = join(folder, 'bad.csv');
    writeFileSync(file, `ИИН,Фамилия,Имя,Параллель,Литера\n123,Иванов,Иван,5,А\n${makeIin('2013-01-01', 'male', 5003)},Петров,,14,А\n`);

    expect(await run('import-contingent', '--school', String(SCHOOL), file)).toBe(1);
    expect(errors).toEqual([
      'The file has 3 problem(s):',
      '  row 2, column A "ИИН": An IIN has 12 digits. (iin_reason.length)',
      '  row 3, column C "Имя": This cell is required: fill it in. (import.value_required)',
      '  row 3, column D "Параллель": The grade must be from 0 to 13. (student.grade_invalid)',
      'Nothing was imported.',
    ]);
    expect(await withDb((db) => db.select().from(students))).toHaveLength(2);
  });

  it('reports a wrong command line and an unknown school', async () => {
    expect(await run('import-contingent', 'file.csv')).toBe(2);
    expect(errors[0]).toBe('--school is required');

    errors = [];
    expect(await run('import-contingent', '--school', 'x1', 'file.csv')).toBe(2);
    expect(errors[0]).toBe('--school must be an organization id (a positive integer), got "x1"');

    errors = [];
    const file = join(folder, 'empty.csv');
    writeFileSync(file, '');
    expect(await run('import-contingent', '--school', '999', file)).toBe(1);
    expect(errors[0]).toBe('Failed: School not found. (organization.not_found)');
  });
});
