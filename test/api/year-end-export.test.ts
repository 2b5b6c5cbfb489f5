import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fixedClock } from '../../src/domain/clock.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { completePassport } from '../support/complete-passport.js';
import { describeEachDatabase } from '../support/database.js';
import { TEST_PASSWORD, insertOperator, insertSchool, insertStudents } from '../support/fixtures.js';

const SCHOOL = 811;

/** Reads the data rows of an exported workbook (below the title rows and the header) as text. */
async function sheetRows(payload: Buffer): Promise<{ header: string[]; rows: string[][] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(payload as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const text = (row: number) => (sheet.getRow(row).values as unknown[]).slice(1).map((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? '')));

  const rows: string[][] = [];
  for (let row = 4; row <= sheet.rowCount; row++) rows.push(text(row));
  return { header: text(3), rows };
}

describeEachDatabase('year-end exports', (kind) => {
  let api: TestApp;
  let cookie: string;
  let transferred: number[];
  let notReady: number[];

  const download = async (path: string) => {
    const response = await api.request({ method: 'GET', url: `/api/v1/organizations/${SCHOOL}/exports/${path}`, cookie });
    expect(response.statusCode, response.body.slice(0, 200)).toBe(200);
    return sheetRows(response.rawPayload);
  };

  beforeAll(async () => {
    api = await createTestApp(kind, { clock: fixedClock('2026-06-15T10:00:00+05:00') });
    const { db } = api.context;
    await insertSchool(db, { id: SCHOOL });
    await insertOperator(db, 'school811', SCHOOL);
    cookie = await api.login('school811', TEST_PASSWORD);

    const { nationality: _nationality, ...incomplete } = completePassport(4);
    const ready = await insertStudents(db, SCHOOL, Array.from({ length: 6 }, (_, index) => ({ lastName: `Дайын${index}`, firstName: 'Әлихан', grade: 4, letter: 'Ә', passport: completePassport(4) })));
    notReady = await insertStudents(db, SCHOOL, [{ lastName: 'Толмаған', firstName: 'Іңкәр', grade: 4, letter: 'Ә', passport: incomplete }]);
    const grade9 = await insertStudents(db, SCHOOL, Array.from({ length: 3 }, (_, index) => ({ lastName: `Түлек${index}`, firstName: 'Ұлан', grade: 9, letter: 'А', passport: completePassport(9) })));

    transferred = ready.slice(0, 4);
    const post = (path: string, body: object) => api.request({ method: 'POST', url: `/api/v1/organizations/${SCHOOL}/${path}`, cookie, body });
    expect((await post('transfer', { studentIds: transferred })).statusCode).toBe(200);
    const graduation = { studentIds: grade9, documentKind: 'basic_secondary_attestat', departureDate: '2026-06-10', orderDate: '2026-06-09', orderNumber: '2', destination: 'continues_at_school' };
    expect((await post('graduation', graduation)).statusCode).toBe(200);
    expect((await post('admission', { studentIds: grade9.slice(0, 1) })).statusCode).toBe(200);
  });

  afterAll(async () => api?.close());

  it('exports the students ready to transfer with their next grade', async () => {
    const { header, rows } = await download('transfer-ready?grade=4&language=ru');

    expect(header).toEqual(['№', 'ID Контингента', 'ИИН', 'Фамилия', 'Имя', 'Отчество', 'Параллель', 'Литера', 'Переходит в']);
    expect(rows.map((row) => [row[3], row[6], row[7], row[8]])).toEqual([
      ['Дайын4', '4', 'Ә', '5'],
      ['Дайын5', '4', 'Ә', '5'],
    ]);
  });

  it('exports the students not ready with what they lack', async () => {
    const { rows } = await download('transfer-not-ready?language=kk');

    expect(rows).toHaveLength(1);
    expect(rows[0][1]).toBe(String(notReady[0]));
    expect(rows[0].at(-1)).toBe('Ұлты');
  });

  it('exports the transferred students with the grade they came from', async () => {
    const { header, rows } = await download('transferred?language=ru');

    expect(header).toEqual(['№', 'ID Контингента', 'ИИН', 'Фамилия', 'Имя', 'Отчество', 'Из класса', 'В класс', 'Литера', 'Дата и время']);
    expect(rows.map((row) => Number(row[1])).sort()).toEqual([...transferred].sort());
    expect(rows.every((row) => row[6] === '4' && row[7] === '5' && row[9] === '2026-06-15')).toBe(true);
  });

  it('exports the graduates waiting for admission and those admitted', async () => {
    const candidates = await download('admission-candidates?language=ru');
    const admitted = await download('admitted?language=ru');

    expect(candidates.rows.map((row) => row[3])).toEqual(['Түлек1', 'Түлек2']);
    expect(candidates.header.at(-1)).toBe('Принимается в');
    expect(candidates.rows.every((row) => row.at(-1) === '10')).toBe(true);
    expect(admitted.rows.map((row) => [row[3], row[6], row[7]])).toEqual([['Түлек0', '9', '10']]);
  });
});
