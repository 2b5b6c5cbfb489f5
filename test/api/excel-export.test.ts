import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { events, users } from '../../src/db/schema.js';
import { fixedClock } from '../../src/domain/clock.js';
import type { GraduationCandidates } from '../../src/server/features/graduation/schemas.js';
import type { StudentListItem } from '../../src/server/features/students/schemas.js';
import { parseCsv } from '../../src/server/features/territories/parse-csv.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { completePassport } from '../support/complete-passport.js';
import { describeEachDatabase } from '../support/database.js';
import { TEST_PASSWORD, insertOperator, insertSchool, insertStudents, type StudentSeed } from '../support/fixtures.js';
import { LIBREOFFICE_MISSING, convertToCsv, libreOfficeAvailable } from '../support/libreoffice.js';

const SCHOOL = 801;
const OTHER_SCHOOL = 802;
const SCHOOL_NAME_RU = 'КГУ «Школа-гимназия Әл-Фараби»';
const LETTERS = ['А', 'Ә', 'Б', 'І'];
// Enough rows to cross the export's page of 1,000, with many equal names, so only the id orders them.
const STUDENTS = 1050;

const HEADERS = {
  kk: ['№', 'Контингент ID', 'ЖСН', 'Толтыру статистикасы', 'Тегі', 'Аты', 'Әкесінің аты', 'Параллель', 'Литера'],
  ru: ['№', 'ID Контингента', 'ИИН', 'Статистика заполнения', 'Фамилия', 'Имя', 'Отчество', 'Параллель', 'Литера'],
};

/** Returns the cells of a list row as LibreOffice writes them to CSV. */
function listCells(student: StudentListItem, position: number): string[] {
  return [
    String(position),
    String(student.id),
    student.iin,
    `${student.fill.filled}/${student.fill.required}`,
    student.lastName,
    student.firstName,
    student.middleName ?? '',
    String(student.grade),
    student.letter,
  ];
}

/** Returns the cells of a whole list, numbered from 1 as the № column is. */
function listRows(students: StudentListItem[]): string[][] {
  return students.map((student, index) => listCells(student, index + 1));
}

function csvRows(text: string): string[][] {
  return parseCsv(text).map((record) => record.fields);
}

describeEachDatabase('Excel export', (kind) => {
  let api: TestApp;
  let cookie: string;
  let operatorId: number;

  const exportList = (path: string, session = cookie) => api.request({ method: 'GET', url: `/api/v1/organizations/${SCHOOL}/exports/${path}`, cookie: session });

  /** Reads every page of a list endpoint, as the interface would show it page after page. */
  async function allPages<T>(path: string): Promise<T[]> {
    const items: T[] = [];
    for (let page = 1; ; page += 1) {
      const separator = path.includes('?') ? '&' : '?';
      const response = await api.request({ method: 'GET', url: `/api/v1/organizations/${SCHOOL}/${path}${separator}page=${page}&pageSize=500`, cookie });
      expect(response.statusCode).toBe(200);
      const body = response.json() as { items: T[]; total: number };
      items.push(...body.items);
      if (items.length >= body.total) return items;
    }
  }

  beforeAll(async () => {
    api = await createTestApp(kind, { clock: fixedClock('2026-06-15T10:30:00+05:00') });
    const { db } = api.context;
    await insertSchool(db, { id: SCHOOL, nameRu: SCHOOL_NAME_RU });
    await insertSchool(db, { id: OTHER_SCHOOL });
    await insertOperator(db, 'excel801', SCHOOL);
    await insertOperator(db, 'excel802', OTHER_SCHOOL);

    const seeds: StudentSeed[] = Array.from({ length: STUDENTS }, (_, index) => ({
      lastName: index % 5 === 0 ? `Әбдіқадырова${index % 40}` : 'Ұлықбекова',
      firstName: index % 3 === 0 ? 'Іңкәр' : 'Гүлнұр',
      middleName: index % 4 === 0 ? 'Серікқызы' : undefined,
      grade: 11 - (index % 3),
      letter: LETTERS[index % LETTERS.length],
      passport: index % 7 === 0 ? {} : completePassport(11 - (index % 3)),
    }));
    await insertStudents(db, SCHOOL, seeds);

    cookie = await api.login('excel801', TEST_PASSWORD);
    [{ id: operatorId }] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'excel801'));
  });

  afterAll(async () => api?.close());

  it.skipIf(!libreOfficeAvailable)('exports every contingent row as LibreOffice reads it, in kk and ru', async () => {
    const kk = await exportList('contingent?language=kk');
    const ru = await exportList('contingent?language=ru');
    expect(kk.statusCode).toBe(200);
    expect(ru.statusCode).toBe(200);
    expect(kk.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');

    const csv = await convertToCsv({ kk: kk.rawPayload, ru: ru.rawPayload });
    const expected = listRows(await allPages<StudentListItem>('students?status=active'));
    expect(expected).toHaveLength(STUDENTS);

    for (const language of ['kk', 'ru'] as const) {
      const rows = csvRows(csv[language]);
      expect(rows[0][0]).toBe(language === 'kk' ? `№${SCHOOL} мектеп` : SCHOOL_NAME_RU);
      expect(rows[1][0]).toBe(language === 'kk' ? 'Контингент. Қалыптастырылған уақыты: 15.06.2026, 10:30' : 'Контингент. Сформировано 15.06.2026 в 10:30');
      expect(rows[2]).toEqual(HEADERS[language]);
      expect(rows.slice(3)).toEqual(expected);
    }

    // Students of grade 11 were born in 2008, so their IINs start with 0, and the text cells keep it.
    expect(expected.some((row) => row[2].startsWith('0'))).toBe(true);
  });

  it.skipIf(!libreOfficeAvailable)('exports the filtered passport columns with real dates', async () => {
    const response = await exportList(`contingent?columns=passport&grade=11&letter=${encodeURIComponent('ә')}&q=${encodeURIComponent('іңкәр')}&language=ru`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="kontingent-contingent-2026-06-15-10-30.xlsx"; filename*=UTF-8''${encodeURIComponent('Контингент 11 класс Ә 2026-06-15 10-30.xlsx')}`,
    );

    const expected = await allPages<StudentListItem>(`students?status=active&grade=11&letter=${encodeURIComponent('Ә')}&q=${encodeURIComponent('іңкәр')}`);
    expect(expected.length).toBeGreaterThan(10);

    const rows = csvRows((await convertToCsv({ passport: response.rawPayload })).passport);
    expect(rows[1][0]).toBe('Контингент: 11 класс, литера Ә, поиск «іңкәр», с показателями паспорта. Сформировано 15.06.2026 в 10:30');
    expect(rows[2].slice(0, 12)).toEqual([...HEADERS.ru, 'Форма обучения', 'Дата рождения', 'Пол']);
    expect(rows[2]).toContain('Территориальная принадлежность (КАТО)');
    expect(rows.slice(3).map((row) => row.slice(0, 9))).toEqual(listRows(expected));

    const birth = rows.slice(3).map((row) => row[10]);
    expect(birth.every((date) => /^\d\d\.04\.2008$/.test(date))).toBe(true);
    const residence = rows[2].indexOf('Местность проживания');
    expect(new Set(rows.slice(3).map((row) => row[residence]))).toEqual(new Set(['Город', '']));

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(sheet.autoFilter).toBe(`A3:${sheet.getColumn(rows[2].length).letter}${3 + expected.length}`);
    expect(sheet.getCell('K4').value).toBeInstanceOf(Date);
    expect(sheet.getCell('K4').numFmt).toBe('dd.mm.yyyy');
    expect(sheet.getCell('C4').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('C4').numFmt).toBe('@');
  });

  it('records each export in the audit log without personal values', async () => {
    await api.context.db.delete(events).where(eq(events.name, 'export.created'));

    const response = await exportList(`contingent?columns=passport&grade=10&q=${encodeURIComponent('Ұлықбекова')}&language=kk`);
    expect(response.statusCode).toBe(200);
    const rows = await allPages<StudentListItem>(`students?grade=10&q=${encodeURIComponent('Ұлықбекова')}`);

    const logged = await api.context.db.select().from(events).where(eq(events.name, 'export.created'));
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ actorUserId: operatorId, organizationId: SCHOOL, subjectId: null });
    expect(logged[0].data).toEqual({
      list: 'contingent',
      filters: { status: 'active', grade: 10, search: true, columns: 'passport' },
      rows: rows.length,
      language: 'kk',
    });
    expect(JSON.stringify(logged[0].data)).not.toContain('Ұлықбекова');
  });

  it.skipIf(!libreOfficeAvailable)('exports the graduation lists and the graduates as their endpoints list them', async () => {
    const candidates = (await api.request({ method: 'GET', url: `/api/v1/organizations/${SCHOOL}/graduation?grade=11`, cookie })).json() as GraduationCandidates;
    const letterА = candidates.eligible.filter((student) => student.letter === 'А');
    expect(letterА.length).toBeGreaterThan(0);
    expect(candidates.notReady.length).toBeGreaterThan(0);

    const graduated = letterА.slice(0, 25).map((student) => student.id);
    const graduation = await api.request({
      method: 'POST',
      url: `/api/v1/organizations/${SCHOOL}/graduation`,
      cookie,
      body: { studentIds: graduated, documentKind: 'general_secondary_attestat', departureDate: '2026-06-12', orderDate: '2026-06-12', orderNumber: '45-Б', destination: 'university' },
    });
    expect(graduation.statusCode).toBe(200);

    const after = (await api.request({ method: 'GET', url: `/api/v1/organizations/${SCHOOL}/graduation?grade=11`, cookie })).json() as GraduationCandidates;
    const files = {
      ready: (await exportList(`graduation-ready?grade=11&letter=${encodeURIComponent('Ә')}&language=ru`)).rawPayload,
      notReady: (await exportList('graduation-not-ready?grade=11&language=ru')).rawPayload,
      graduates: (await exportList('graduates?grade=11&language=ru')).rawPayload,
    };
    const csv = await convertToCsv(files);

    const ready = after.eligible.filter((student) => student.letter === 'Ә');
    expect(csvRows(csv.ready)[2]).toEqual(['№', 'ID Контингента', 'ИИН', 'Фамилия', 'Имя', 'Отчество', 'Параллель', 'Литера', '«Алтын белгі»']);
    expect(csvRows(csv.ready).slice(3).map((row) => row.slice(1, 3))).toEqual(ready.map((student) => [String(student.id), student.iin]));

    const notReady = csvRows(csv.notReady);
    expect(notReady[2].at(-1)).toBe('Не заполнено');
    expect(notReady.slice(3).map((row) => row[1])).toEqual(after.notReady.map((row) => String(row.student.id)));
    expect(notReady[3].at(-1)).toContain('Гражданство');

    const graduates = await allPages<StudentListItem & { graduationYear: number }>('graduates?grade=11');
    expect(graduates).toHaveLength(25);
    expect(csvRows(csv.graduates).slice(3)).toEqual(graduates.map((student, index) => [...listCells(student, index + 1), String(student.graduationYear)]));
  });

  it('answers export errors in JSON', async () => {
    const otherCookie = await api.login('excel802', TEST_PASSWORD);

    const otherSchool = await exportList('contingent', otherCookie);
    expect(otherSchool.statusCode).toBe(404);
    expect(otherSchool.json().code).toBe('organization.not_found');

    const anonymous = await api.request({ method: 'GET', url: `/api/v1/organizations/${SCHOOL}/exports/contingent` });
    expect(anonymous.statusCode).toBe(401);

    const badGrade = await exportList('contingent?grade=14');
    expect(badGrade.statusCode).toBe(400);
    expect(badGrade.json().errors[0]).toMatchObject({ field: 'grade' });

    const notGraduating = await exportList('graduation-ready?grade=5');
    expect(notGraduating.statusCode).toBe(400);
    expect(notGraduating.json().code).toBe('graduation.grade_not_final');

    const logged = await api.context.db.select().from(events).where(and(eq(events.name, 'export.created'), eq(events.organizationId, OTHER_SCHOOL)));
    expect(logged).toEqual([]);
  });

  if (!libreOfficeAvailable) it.skip(LIBREOFFICE_MISSING, () => {});
});
