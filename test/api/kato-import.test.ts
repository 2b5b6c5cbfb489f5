import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { eq, sql } from 'drizzle-orm';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.js';
import { territories } from '../../src/db/schema.js';
import { importKato } from '../../src/server/features/territories/import-kato.js';
import { KatoImportError } from '../../src/server/features/territories/kato-import-error.js';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from '../support/database.js';

const REFERENCE_FILE = fileURLToPath(new URL('../../../shared/reference/kato/kato.csv', import.meta.url));
const hasReference = existsSync(REFERENCE_FILE);

const HEADER = 'kato,kato_version,level,type_code,name_ru,name_kk';

const SMALL_FILE = [
  HEADER,
  '590000000,NK RK 11-2025,oblast,0,Северо-Казахстанская область,Солтүстік Қазақстан облысы',
  '596400000,NK RK 11-2025,district,2,Уалихановский район,Уәлиханов ауданы',
  '596430000,NK RK 11-2025,sub_district,2,Кишкенекольский с.о.,Кішкенекөл а.о.',
  '596430100,NK RK 11-2025,settlement,2,с.Кишкенеколь,Кішкенекөл а.',
  // No sub-district 596450000 in the file, so the settlement hangs under the district.
  '596450100,NK RK 11-2025,settlement,2,с.Тест,Тест а.',
].join('\n');

async function countTerritories(db: Database): Promise<number> {
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(territories);
  return row.count;
}

async function pathOf(db: Database, kato: string): Promise<string[]> {
  const path: string[] = [];
  let current: string | null = kato;

  while (current) {
    const [territory] = await db.select().from(territories).where(eq(territories.kato, current));
    if (!territory) break;
    path.unshift(territory.kato);
    current = territory.parentKato;
  }

  return path;
}

async function importError(db: Database, csv: string): Promise<KatoImportError> {
  const error = await importKato(db, csv).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(KatoImportError);
  return error as KatoImportError;
}

describeEachDatabase('KATO import', (kind) => {
  let database: TestDatabase;
  let statements: string[];

  beforeEach(async () => {
    statements = [];
    database = await createTestDatabase(kind, { logger: { logQuery: (query) => statements.push(query) } });
  });

  afterEach(async () => {
    await database.drop();
  });

  const realFileTitle = hasReference
    ? 'imports the real classifier idempotently'
    : `skipped: the KATO reference data is not present at ${REFERENCE_FILE}`;

  it.skipIf(!hasReference)(realFileTitle, async () => {
    const db = database.handle.db;
    const csv = readFileSync(REFERENCE_FILE, 'utf8');

    statements.length = 0;
    const first = await importKato(db, csv);
    const firstStatements = statements.length;

    expect(first).toEqual({ inserted: 15594, updated: 0, unchanged: 0, total: 15594 });
    expect(await countTerritories(db)).toBe(15595);
    // 16 batches of up to 1,000 rows plus the lock and the read of the table.
    expect(firstStatements).toBeLessThanOrEqual(20);

    expect(await pathOf(db, '596430100')).toEqual(['000000000', '590000000', '596400000', '596430000', '596430100']);

    const [root] = await db.select().from(territories).where(eq(territories.kato, '000000000'));
    expect(root.level).toBe('country');
    expect(root.nameRu).toBe('Республика Казахстан');
    expect(root.nameKk).toBe('Қазақстан Республикасы');
    expect(root.parentKato).toBeNull();

    const second = await importKato(db, csv);
    expect(second).toEqual({ inserted: 0, updated: 0, unchanged: 15594, total: 15594 });
    expect(await countTerritories(db)).toBe(15595);
  });

  it('derives parents and reports updates', async () => {
    const db = database.handle.db;

    expect(await importKato(db, SMALL_FILE)).toEqual({ inserted: 5, updated: 0, unchanged: 0, total: 5 });
    expect(await pathOf(db, '596430100')).toEqual(['000000000', '590000000', '596400000', '596430000', '596430100']);
    expect(await pathOf(db, '596450100')).toEqual(['000000000', '590000000', '596400000', '596450100']);

    const renamed = SMALL_FILE.replace('с.Кишкенеколь,Кішкенекөл а.', 'с.Кишкенеколь,Кішкенекөл ауылы');
    expect(await importKato(db, renamed)).toEqual({ inserted: 0, updated: 1, unchanged: 4, total: 5 });

    const [settlement] = await db.select().from(territories).where(eq(territories.kato, '596430100'));
    expect(settlement.nameKk).toBe('Кішкенекөл ауылы');
  });

  it('parses quoted fields with commas and quotes', async () => {
    const db = database.handle.db;
    const csv = [
      HEADER,
      '110000000,NK RK 11-2025,oblast,0,"область ""Тест"", север","""Тест"", солтүстік облысы"',
      '115630111,NK RK 11-2025,settlement,2,"оздоровит. центр""Сункар""","""Сұңқар"" сауықтыру орталығы"',
    ].join('\r\n');

    expect(await importKato(db, csv)).toEqual({ inserted: 2, updated: 0, unchanged: 0, total: 2 });

    const [oblast] = await db.select().from(territories).where(eq(territories.kato, '110000000'));
    expect(oblast.nameRu).toBe('область "Тест", север');
    expect(oblast.nameKk).toBe('"Тест", солтүстік облысы');

    const [settlement] = await db.select().from(territories).where(eq(territories.kato, '115630111'));
    expect(settlement.nameRu).toBe('оздоровит. центр"Сункар"');
    expect(settlement.parentKato).toBe('110000000');
  });

  it('rejects an 8-digit code with its line', async () => {
    const db = database.handle.db;
    const lines = SMALL_FILE.split('\n');
    lines[2] = lines[2].replace('596400000', '59640000');

    const error = await importError(db, lines.join('\n'));

    expect(error.code).toBe('kato.invalid_row');
    expect(error.line).toBe(3);
    expect(error.field).toBe('kato');
    expect(error.reason).toBe('not_nine_digits');
    expect(await countTerritories(db)).toBe(0);
  });

  it('rejects a bad row and writes nothing', async () => {
    const db = database.handle.db;
    const lines = SMALL_FILE.split('\n');

    const badLevel = [...lines];
    badLevel[3] = badLevel[3].replace('sub_district', 'village');
    expect(await importError(db, badLevel.join('\n'))).toMatchObject({ line: 4, field: 'level', reason: 'unknown_level' });

    const badType = [...lines];
    badType[4] = badType[4].replace(',settlement,2,', ',settlement,12,');
    expect(await importError(db, badType.join('\n'))).toMatchObject({ line: 5, field: 'type_code', reason: 'type_code_out_of_range' });

    const emptyName = [...lines];
    emptyName[5] = '596450100,NK RK 11-2025,settlement,2,с.Тест,  ';
    expect(await importError(db, emptyName.join('\n'))).toMatchObject({ line: 6, field: 'name_kk', reason: 'empty' });

    const duplicate = [...lines, lines[4]];
    expect(await importError(db, duplicate.join('\n'))).toMatchObject({ line: 7, field: 'kato', reason: 'duplicate' });

    const shortRow = [...lines, '596460100,NK RK 11-2025,settlement,2,с.Тест'];
    expect(await importError(db, shortRow.join('\n'))).toMatchObject({ line: 7, field: 'row', reason: 'column_count' });

    const unterminated = [...lines, '596460100,NK RK 11-2025,settlement,2,"с.Тест,Тест а.'];
    expect(await importError(db, unterminated.join('\n'))).toMatchObject({ line: 7, field: 'row', reason: 'unterminated_quote' });

    const wrongHeader = ['kato,version,level,type_code,name_ru,name_kk', ...lines.slice(1)];
    expect(await importError(db, wrongHeader.join('\n'))).toMatchObject({ line: 1, field: 'header', reason: 'header_mismatch' });

    expect(await countTerritories(db)).toBe(0);
  });
});
