import ExcelJS from 'exceljs';
import { asc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { enrolments, events, movements, passportValues, students } from '../../src/db/schema.js';
import { fixedClock } from '../../src/domain/clock.js';
import { makeIin } from '../../src/domain/iin.js';
import type { StudentDetail, StudentListItem } from '../../src/server/features/students/schemas.js';
import { createTestApp, csrfTokenOf, type TestApp } from '../support/app.js';
import { completePassport } from '../support/complete-passport.js';
import { describeEachDatabase, type DatabaseKind } from '../support/database.js';
import { TEST_PASSWORD, insertOperator, insertSchool, insertStudents, type StudentSeed } from '../support/fixtures.js';
import { LIBREOFFICE_MISSING, convertToCsv, libreOfficeAvailable } from '../support/libreoffice.js';

const SCHOOL = 811;
const OTHER_SCHOOL = 812;
const EMPTY_SCHOOL = 813;
const CLOCK = fixedClock('2026-06-15T10:00:00+05:00');

const TABLES = { students, enrolments, movements, events, passportValues };

interface Preview {
  rows: number;
  create: number;
  returning: number;
  update: number;
  unchanged: number;
  ignoredColumns: Array<{ column: string; title: string }>;
  problems: Array<{ field: string; code: string; params: Record<string, string | number> }>;
  problemCount: number;
}

/** Writes a one-sheet .xlsx whose cells are the given rows, as a school's own spreadsheet would be. */
async function spreadsheet(rows: unknown[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Лист1');
  for (const row of rows) sheet.addRow(row);
  sheet.getColumn(7).numFmt = 'dd.mm.yyyy';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Returns the part of a list row that an import reproduces: everything but the contingent ID. */
function withoutId({ id: _id, ...row }: StudentListItem) {
  return row;
}

async function openSchool(kind: DatabaseKind, schoolId: number, username: string): Promise<{ api: TestApp; cookie: string }> {
  const api = await createTestApp(kind, { clock: CLOCK });
  await insertSchool(api.context.db, { id: schoolId });
  await insertOperator(api.context.db, username, schoolId);
  return { api, cookie: await api.login(username, TEST_PASSWORD) };
}

function upload(api: TestApp, url: string, bytes: Buffer, cookie: string, language = 'ru') {
  return api.app.inject({
    method: 'POST',
    url,
    payload: bytes,
    headers: { cookie, 'x-csrf-token': csrfTokenOf(cookie), 'content-type': 'application/octet-stream', 'accept-language': language },
  });
}

async function listAll(api: TestApp, schoolId: number, cookie: string): Promise<StudentListItem[]> {
  const response = await api.request({ method: 'GET', url: `/api/v1/organizations/${schoolId}/students?pageSize=500`, cookie });
  return response.json().items;
}

async function snapshot(api: TestApp) {
  const entries = await Promise.all(Object.entries(TABLES).map(async ([name, table]) => [name, await api.context.db.select().from(table)] as const));
  return Object.fromEntries(entries);
}

describeEachDatabase('contingent import', (kind) => {
  let api: TestApp;
  let cookie: string;
  let otherCookie: string;
  let otherSchoolIin: string;

  const preview = async (bytes: Buffer, session = cookie, school = SCHOOL) => upload(api, `/api/v1/organizations/${school}/contingent-import/preview`, bytes, session);
  const commit = async (bytes: Buffer, session = cookie, school = SCHOOL) => upload(api, `/api/v1/organizations/${school}/contingent-import`, bytes, session);

  beforeAll(async () => {
    ({ api, cookie } = await openSchool(kind, SCHOOL, 'import811'));
    const { db } = api.context;
    await insertSchool(db, { id: OTHER_SCHOOL });
    await insertOperator(db, 'import812', OTHER_SCHOOL);
    otherCookie = await api.login('import812', TEST_PASSWORD);

    const seeds: StudentSeed[] = Array.from({ length: 40 }, (_, index) => ({
      lastName: ['Әбілқасымова', 'Ғаббасов', 'Құрманғали', 'Үмбетова', 'Іскаков'][index % 5],
      firstName: ['Айгерім', 'Нұрлан', 'Әсел', 'Ерқанат'][index % 4],
      middleName: index % 3 === 0 ? 'Сәрсенұлы' : undefined,
      grade: [1, 5, 9, 11][index % 4],
      letter: ['А', 'Ә', 'Ғ'][index % 3],
      studyForm: index % 10 === 0 ? 'home_schooling' : 'full_time',
      sex: index % 2 === 0 ? 'female' : 'male',
      passport: index % 6 === 0 ? { nationality: 'Қазақ', has_disability: false } : completePassport([1, 5, 9, 11][index % 4], 11, { aid_category: 'none', residence_area: 'rural' }),
    }));
    await insertStudents(db, SCHOOL, seeds);

    const [otherId] = await insertStudents(db, OTHER_SCHOOL, [{ lastName: 'Басқа', firstName: 'Мектеп', grade: 7, letter: 'Б' }]);
    [{ iin: otherSchoolIin }] = await db.select({ iin: students.iin }).from(students).where(eq(students.id, otherId));
  });

  afterAll(async () => api?.close());

  it('reproduces an exported list with its passports in an empty school', async () => {
    const exported = await api.request({ method: 'GET', url: `/api/v1/organizations/${SCHOOL}/exports/contingent?columns=passport&language=ru`, cookie });
    expect(exported.statusCode).toBe(200);
    const source = await listAll(api, SCHOOL, cookie);

    const target = await openSchool(kind, EMPTY_SCHOOL, 'import813');
    try {
      const checked = await upload(target.api, `/api/v1/organizations/${EMPTY_SCHOOL}/contingent-import/preview`, exported.rawPayload, target.cookie);
      expect(checked.statusCode).toBe(200);
      expect(checked.json()).toMatchObject({ fileType: 'xlsx', rows: 40, create: 40, returning: 0, update: 0, unchanged: 0, problemCount: 0, problems: [] });
      expect((checked.json() as Preview).ignoredColumns.map((column) => column.title)).toEqual(['№', 'ID Контингента', 'Статистика заполнения']);

      const imported = await upload(target.api, `/api/v1/organizations/${EMPTY_SCHOOL}/contingent-import`, exported.rawPayload, target.cookie);
      expect(imported.statusCode).toBe(200);
      expect(imported.json()).toMatchObject({ created: 40, updated: 0, unchanged: 0 });

      const copy = await listAll(target.api, EMPTY_SCHOOL, target.cookie);
      expect(copy.map(withoutId)).toEqual(source.map(withoutId));

      const detail = async (app: TestApp, session: string, id: number) => (await app.request({ method: 'GET', url: `/api/v1/students/${id}`, cookie: session })).json() as StudentDetail;
      for (const index of [0, 1, 6, 10, 39]) {
        const original = await detail(api, cookie, source[index].id);
        const reproduced = await detail(target.api, target.cookie, copy[index].id);
        expect(reproduced.passport).toEqual(original.passport);
        expect([reproduced.birthDate, reproduced.sex, reproduced.enrolment.studyForm]).toEqual([original.birthDate, original.sex, original.enrolment.studyForm]);
      }

      const logged = await target.api.context.db.select().from(movements);
      expect(logged).toHaveLength(40);
      expect(new Set(logged.map((movement) => movement.batchId))).toEqual(new Set([imported.json().batchId]));
      expect(logged.every((movement) => movement.kind === 'admission' && movement.before === null)).toBe(true);

      const imports = await target.api.context.db.select().from(events).where(eq(events.name, 'contingent.imported'));
      expect(imports.map((event) => event.data)).toEqual([{ batchId: imported.json().batchId, fileType: 'xlsx', rows: 40, created: 40, updated: 0, unchanged: 0 }]);
      expect(await target.api.context.db.select().from(events).where(eq(events.name, 'student.created'))).toHaveLength(40);

      const again = await upload(target.api, `/api/v1/organizations/${EMPTY_SCHOOL}/contingent-import/preview`, exported.rawPayload, target.cookie);
      expect(again.json()).toMatchObject({ create: 0, update: 0, unchanged: 40, problemCount: 0 });
    } finally {
      await target.api.close();
    }
  });

  it.skipIf(!libreOfficeAvailable)('reproduces the list columns from the CSV that LibreOffice makes of the export', async () => {
    const exported = await api.request({ method: 'GET', url: `/api/v1/organizations/${SCHOOL}/exports/contingent?language=kk`, cookie });
    const { list } = await convertToCsv({ list: exported.rawPayload });
    const source = await listAll(api, SCHOOL, cookie);

    const target = await openSchool(kind, EMPTY_SCHOOL, 'import813');
    try {
      const imported = await upload(target.api, `/api/v1/organizations/${EMPTY_SCHOOL}/contingent-import`, Buffer.from(list, 'utf8'), target.cookie);
      expect(imported.statusCode).toBe(200);
      expect(imported.json()).toMatchObject({ created: 40 });

      const copy = await listAll(target.api, EMPTY_SCHOOL, target.cookie);
      const identity = ({ iin, lastName, firstName, middleName, grade, letter }: StudentListItem) => ({ iin, lastName, firstName, middleName, grade, letter });
      expect(copy.map(identity)).toEqual(source.map(identity));
    } finally {
      await target.api.close();
    }
  });

  it('reports each kind of problem at its row and column and writes nothing', async () => {
    const valid = makeIin('2015-02-10', 'male', 2001)!;
    const wrongCheckDigit = `${valid.slice(0, 11)}${(Number(valid[11]) + 1) % 10}`;
    const girl = makeIin('2014-09-30', 'female', 2002)!;
    const boy = makeIin('2013-01-05', 'male', 2003)!;
    const bytes = await spreadsheet([
      ['Список учащихся 2026'],
      ['ИИН', 'Фамилия', 'Имя', 'Отчество', 'Параллель', 'Литера', 'Дата рождения', 'Относится к категории граждан, которым оказывается финансовая и материальная помощь', 'Форма обучения'],
      [wrongCheckDigit, 'Серіков', 'Арман', null, 5, 'А', null, null, null],
      [girl, 'Серікова', 'Аружан', null, 5, 'А', new Date(Date.UTC(2014, 8, 29)), null, null],
      [boy, 'Жұмабаев', 'Тимур', null, 15, 'А', null, null, null],
      [makeIin('2012-04-04', 'female', 2004), 'Оспанова', 'Дина', null, 7, 'Z', null, null, null],
      [makeIin('2011-12-12', 'male', 2005), 'Нұрланов', 'Ерасыл', null, 8, 'Б', null, 'Несуществующая категория', 'Вахтовая'],
      [valid, 'Сейітов', 'Нұрсұлтан', null, 6, 'В', null, null, null],
      [valid, 'Сейітов', 'Нұрсұлтан', null, 6, 'В', null, null, null],
      [otherSchoolIin, 'Басқа', 'Мектеп', null, 7, 'Б', null, null, null],
    ]);
    const before = await snapshot(api);

    const checked = await preview(bytes);
    expect(checked.statusCode).toBe(200);
    const body = checked.json() as Preview;
    expect(body.problems.map((problem) => [problem.field, problem.code, problem.params.row, problem.params.column, problem.params.title])).toEqual([
      ['A3', 'student.iin_invalid', 3, 'A', 'ИИН'],
      ['G4', 'student.birth_date_mismatch', 4, 'G', 'Дата рождения'],
      ['E5', 'student.grade_invalid', 5, 'E', 'Параллель'],
      ['F6', 'student.letter_invalid', 6, 'F', 'Литера'],
      ['H7', 'import.choice_unknown', 7, 'H', 'Относится к категории граждан, которым оказывается финансовая и материальная помощь'],
      ['I7', 'student.study_form_unknown', 7, 'I', 'Форма обучения'],
      ['A9', 'import.iin_duplicate', 9, 'A', 'ИИН'],
      ['A10', 'import.iin_active_elsewhere', 10, 'A', 'ИИН'],
    ]);
    expect(body.problems[0].params.reason).toBe('check_digit');
    expect(body.problems[1].params.expected).toBe('2014-09-30');
    expect(body.problems[6].params.firstRow).toBe(8);
    expect(body).toMatchObject({ rows: 8, create: 1, update: 0, unchanged: 0, problemCount: 8 });

    const rejected = await commit(bytes);
    expect(rejected.statusCode).toBe(400);
    expect(rejected.json().code).toBe('import.invalid');
    expect(rejected.json().message).toBe('Импорт не выполнен, ничего не записано: в файле есть ошибки (8). Проверьте файл, исправьте ошибки и повторите.');
    expect(rejected.json().errors).toEqual(body.problems);

    expect(await snapshot(api)).toEqual(before);
  });

  it('rejects what is not a spreadsheet with a clear error and writes nothing', async () => {
    const before = await snapshot(api);
    const cases: Array<[string, Buffer, number, string]> = [
      ['PNG image', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]), 400, 'import.not_spreadsheet'],
      ['PDF', Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from([0xe2, 0xe3, 0xcf, 0xd3, 0x0a, 0x01, 0x02])]), 400, 'import.not_spreadsheet'],
      ['old Excel', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), 400, 'import.xls_not_supported'],
      ['empty file', Buffer.alloc(0), 400, 'import.file_empty'],
      ['20 MB', Buffer.alloc(20 * 1024 * 1024, 'ИИН;'), 413, 'import.file_too_large'],
    ];

    for (const [name, bytes, status, code] of cases) {
      for (const send of [preview, commit]) {
        const response = await send(bytes);
        expect(response.statusCode, name).toBe(status);
        expect(response.json().code, name).toBe(code);
      }
    }

    const large = await preview(Buffer.alloc(20 * 1024 * 1024, 'a'));
    expect(large.json().message).toBe('Файл больше 10 МБ: разделите список на несколько файлов (например, по параллелям) и загрузите их по очереди.');

    const kazakh = await upload(api, `/api/v1/organizations/${SCHOOL}/contingent-import/preview`, Buffer.alloc(0), cookie, 'kk');
    expect(kazakh.json().message).toBe('Файл бос: оқушылар тізімі толтырылған файлды таңдаңыз.');

    const prose = await preview(Buffer.from('Уважаемые родители!\nСобрание в пятницу.\n'));
    expect(prose.statusCode).toBe(200);
    expect((prose.json() as Preview).problems).toEqual([{ field: 'file', code: 'import.header_missing', params: { title: 'ИИН', rows: 20 } }]);

    const json = await api.request({ method: 'POST', url: `/api/v1/organizations/${SCHOOL}/contingent-import/preview`, cookie, body: { iin: '1' } });
    expect(json.statusCode).toBe(400);
    expect(json.json().code).toBe('import.not_spreadsheet');

    expect(await snapshot(api)).toEqual(before);
  });

  it('updates students of the school and leaves unchanged ones alone', async () => {
    const list = await listAll(api, SCHOOL, cookie);
    const moved = list.find((student) => student.grade === 5)!;
    const same = list.find((student) => student.grade === 9)!;
    const bytes = await spreadsheet([
      ['ЖСН', 'Тегі', 'Аты', 'Әкесінің аты', 'Параллель', 'Литера', 'Туған күні', 'Ұлты', 'Оқу нысаны'],
      [moved.iin, moved.lastName, moved.firstName, null, 6, 'Б', null, 'Ұйғыр', 'Кешкі'],
      [same.iin, same.lastName, same.firstName, null, same.grade, same.letter.toLowerCase(), null, null, null],
    ]);

    expect((await preview(bytes)).json()).toMatchObject({ create: 0, update: 1, unchanged: 1, problemCount: 0 });

    const imported = await commit(bytes);
    expect(imported.statusCode).toBe(200);
    expect(imported.json()).toMatchObject({ created: 0, updated: 1, unchanged: 1 });

    const [enrolment] = await api.context.db.select().from(enrolments).where(eq(enrolments.studentId, moved.id));
    expect([enrolment.grade, enrolment.letter, enrolment.studyForm]).toEqual([6, 'Б', 'evening']);
    const [movement] = await api.context.db.select().from(movements).where(eq(movements.batchId, imported.json().batchId));
    expect(movement).toMatchObject({ studentId: moved.id, kind: 'study_form_change', before: { grade: 5, studyForm: 'full_time' }, after: { grade: 6, letter: 'Б', studyForm: 'evening' } });
    const [nationality] = await api.context.db.select().from(passportValues).where(eq(passportValues.studentId, moved.id)).then((rows) => rows.filter((row) => row.indicatorCode === 'nationality'));
    expect(nationality.value).toBe('Ұйғыр');

    const [updated] = await api.context.db.select().from(events).where(eq(events.subjectId, moved.id)).orderBy(asc(events.id));
    expect(updated).toMatchObject({ name: 'student.updated', data: { source: 'import', fields: ['grade', 'letter', 'studyForm'], indicators: ['nationality'] } });
  });

  it('downloads the template in kk and ru and imports it once filled', async () => {
    for (const [language, iin] of [['kk', makeIin('2016-05-20', 'female', 3001)!], ['ru', makeIin('2016-06-21', 'male', 3002)!]] as const) {
      const template = await api.request({ method: 'GET', url: `/api/v1/contingent-import/template?language=${language}`, cookie });
      expect(template.statusCode).toBe(200);

      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(language === 'kk' ? ['Контингент', 'Нұсқаулық', 'Тізімдер'] : ['Контингент', 'Инструкция', 'Списки']);
      const sheet = workbook.worksheets[0];
      const header = (sheet.getRow(1).values as string[]).slice(1);
      expect(header.slice(0, 6)).toEqual(language === 'kk' ? ['ЖСН *', 'Тегі *', 'Аты *', 'Әкесінің аты', 'Параллель *', 'Литера *'] : ['ИИН *', 'Фамилия *', 'Имя *', 'Отчество', 'Параллель *', 'Литера *']);
      expect(sheet.getColumn(1).numFmt).toBe('@');

      const residence = header.indexOf(language === 'kk' ? 'Тұратын жері' : 'Местность проживания') + 1;
      sheet.getRow(2).getCell(1).value = iin;
      sheet.getRow(2).getCell(2).value = 'Тәжібаева';
      sheet.getRow(2).getCell(3).value = 'Әйгерім';
      sheet.getRow(2).getCell(5).value = 1;
      sheet.getRow(2).getCell(6).value = 'Ә';
      sheet.getRow(2).getCell(residence).value = language === 'kk' ? 'Ауыл' : 'Село';
      const filled = Buffer.from(await workbook.xlsx.writeBuffer());

      const imported = await commit(filled);
      expect(imported.statusCode, imported.body).toBe(200);
      expect(imported.json()).toMatchObject({ created: 1 });

      const [student] = await api.context.db.select().from(students).where(eq(students.iin, iin));
      const [value] = await api.context.db.select().from(passportValues).where(eq(passportValues.studentId, student.id));
      expect([student.lastName, value.indicatorCode, value.value]).toEqual(['Тәжібаева', 'residence_area', 'rural']);
    }

    const english = await api.request({ method: 'GET', url: '/api/v1/contingent-import/template?language=en', cookie });
    expect(english.statusCode).toBe(400);
  });

  it('keeps another school out', async () => {
    const bytes = await spreadsheet([['ИИН', 'Фамилия', 'Имя', 'Параллель', 'Литера'], [makeIin('2016-01-01', 'male', 4001), 'А', 'Б', 1, 'А']]);

    const response = await preview(bytes, otherCookie);
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('organization.not_found');

    const written = await api.context.db.select().from(students).where(inArray(students.lastName, ['А']));
    expect(written).toEqual([]);
  });

  if (!libreOfficeAvailable) it.skip(LIBREOFFICE_MISSING, () => {});
});
