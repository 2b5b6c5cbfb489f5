import ExcelJS from 'exceljs';
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { events } from '../../src/db/schema.js';
import { fixedClock } from '../../src/domain/clock.js';
import type { PendingArrivalItem } from '../../src/server/features/arrivals/schemas.js';
import { readPendingArrivals } from '../../src/server/features/arrivals/list-pending-arrivals.js';
import { readDeparted } from '../../src/server/features/departures/list-departed.js';
import { readPendingDepartures } from '../../src/server/features/departures/list-pending-departures.js';
import type { DepartedItem, PendingDepartureItem } from '../../src/server/features/departures/schemas.js';
import type { ContingentKey, KeyedRow } from '../../src/server/features/departures/student-page.js';
import { keysetPages } from '../../src/server/features/exports/keyset-pages.js';
import type { StudentListItem } from '../../src/server/features/students/schemas.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { completePassport } from '../support/complete-passport.js';
import { describeEachDatabase } from '../support/database.js';
import { TEST_PASSWORD, insertOperator, insertSchool, insertStudents, type StudentSeed } from '../support/fixtures.js';
import { abroadDeparture, acceptance, toSchoolDeparture } from '../support/moves.js';

const SENDER = 821;
const RECEIVER = 822;
const THIRD = 823;

type Language = 'kk' | 'ru';
const LANGUAGES: Language[] = ['kk', 'ru'];

const STUDENT_HEADERS: Record<Language, string[]> = {
  kk: ['№', 'Контингент ID', 'ЖСН', 'Толтыру статистикасы', 'Тегі', 'Аты', 'Әкесінің аты', 'Параллель', 'Литера'],
  ru: ['№', 'ID Контингента', 'ИИН', 'Статистика заполнения', 'Фамилия', 'Имя', 'Отчество', 'Параллель', 'Литера'],
};

const ORDER_HEADERS: Record<Language, string[]> = {
  kk: ['Кету бұйрығының нөмірі', 'Кету бұйрығының күні'],
  ru: ['Номер приказа выбытия', 'Дата приказа выбытия'],
};

const HEADERS = {
  departed: {
    kk: [...STUDENT_HEADERS.kk, 'Кету күні', 'Шығу себебі', 'Кету елі', ...ORDER_HEADERS.kk],
    ru: [...STUDENT_HEADERS.ru, 'Дата выбытия', 'Причина выбытия', 'Страна выбытия', ...ORDER_HEADERS.ru],
  },
  pendingDepartures: {
    kk: [...STUDENT_HEADERS.kk, 'Қабылдайтын мектеп', 'Мектептің аумағы', 'Кету күні', ...ORDER_HEADERS.kk],
    ru: [...STUDENT_HEADERS.ru, 'Принимающая школа', 'Территория школы', 'Дата выбытия', ...ORDER_HEADERS.ru],
  },
  pendingArrivals: {
    kk: [...STUDENT_HEADERS.kk, 'Шығатын мектеп', 'Мектептің аумағы', 'Кету күні', ...ORDER_HEADERS.kk],
    ru: [...STUDENT_HEADERS.ru, 'Школа выбытия', 'Территория школы', 'Дата выбытия', ...ORDER_HEADERS.ru],
  },
};

const REASONS: Record<string, Record<Language, string>> = {
  left_country: { kk: 'Қазақстан Республикасынан тыс жерге кету', ru: 'Выезд за пределы Республики Казахстан' },
  health: { kk: 'Денсаулық жағдайы бойынша', ru: 'По состоянию здоровья' },
};

const COUNTRIES: Record<string, Record<Language, string>> = {
  DE: { kk: 'Германия', ru: 'Германия' },
  TR: { kk: 'Түркия', ru: 'Турция' },
};

const TERRITORY: Record<Language, string> = { kk: 'Сынақ облысы → Сынақ а.', ru: 'Тестовая область → с.Тестовое' };

const schoolCell = (id: number, language: Language) => (language === 'kk' ? `№${id} мектеп (ID: ${id})` : `Школа №${id} (ID: ${id})`);

const healthDeparture = { reason: 'health', departureDate: '2026-02-20', orderDate: '2026-02-19', orderNumber: '9-ш' };

/** Returns the cells of the student columns, as the export writes them. */
function studentCells(student: StudentListItem, position: number): string[] {
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

function departedRows(items: DepartedItem[], language: Language): string[][] {
  return items.map((item, index) => [
    ...studentCells(item, index + 1),
    item.departure!.departureDate,
    REASONS[item.departure!.reason][language],
    item.departure!.country ? COUNTRIES[item.departure!.country][language] : '',
    item.departure!.orderNumber,
    item.departure!.orderDate,
  ]);
}

function pendingRows(items: Array<PendingDepartureItem | PendingArrivalItem>, language: Language): string[][] {
  return items.map((item, index) => {
    const school = 'receivingSchool' in item ? item.receivingSchool : item.sendingSchool;
    return [
      ...studentCells(item, index + 1),
      schoolCell(school.id, language),
      TERRITORY[language],
      item.departure!.departureDate,
      item.departure!.orderNumber,
      item.departure!.orderDate,
    ];
  });
}

interface Sheet {
  title: string;
  header: string[];
  rows: string[][];
  worksheet: ExcelJS.Worksheet;
}

/** Reads an exported workbook: the list line of the title, the header and the data rows as text, dates as YYYY-MM-DD. */
async function readSheet(payload: Buffer): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(payload as unknown as ArrayBuffer);
  const worksheet = workbook.worksheets[0];
  // Row values are a sparse array from index 1, with holes for empty cells, which Array.from fills with undefined.
  const text = (row: number) =>
    Array.from((worksheet.getRow(row).values as unknown[]).slice(1), (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? '')));

  const rows: string[][] = [];
  for (let row = 4; row <= worksheet.rowCount; row++) rows.push(text(row));

  // ExcelJS leaves out the trailing empty cells of a row, so each row is padded to the header's width.
  const header = text(3);
  const padded = rows.map((row) => [...row, ...Array<string>(Math.max(0, header.length - row.length)).fill('')]);
  return { title: String(worksheet.getCell('A2').value), header, rows: padded, worksheet };
}

describeEachDatabase('departure and arrival exports', (kind) => {
  let api: TestApp;
  const cookies: Record<number, string> = {};
  const ids: Record<string, number[]> = {};

  const post = (url: string, body: unknown, school: number) => api.request({ method: 'POST', url, cookie: cookies[school], body, language: 'en' });

  const depart = async (studentId: number, body: object, school = SENDER) => {
    const response = await post(`/api/v1/students/${studentId}/departure`, body, school);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as { moveId: number | null };
  };

  /** Reads every page of a tab's endpoint, as the interface shows it page after page. */
  async function allPages<T>(school: number, path: string): Promise<T[]> {
    const items: T[] = [];
    for (let page = 1; ; page += 1) {
      const separator = path.includes('?') ? '&' : '?';
      const response = await api.request({ method: 'GET', url: `/api/v1/organizations/${school}/${path}${separator}page=${page}&pageSize=2`, cookie: cookies[school] });
      expect(response.statusCode).toBe(200);
      const body = response.json() as { items: T[]; total: number };
      items.push(...body.items);
      if (items.length >= body.total) return items;
    }
  }

  async function download(school: number, path: string): Promise<Sheet> {
    const response = await api.request({ method: 'GET', url: `/api/v1/organizations/${school}/exports/${path}`, cookie: cookies[school] });
    expect(response.statusCode, response.body.slice(0, 200)).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    return readSheet(response.rawPayload);
  }

  const seed = (school: number, seeds: StudentSeed[]) =>
    insertStudents(api.context.db, school, seeds.map((student) => ({ middleName: 'Серікқызы', passport: completePassport(student.grade), ...student })));

  beforeAll(async () => {
    api = await createTestApp(kind, { clock: fixedClock('2026-03-02T10:00:00+05:00') });

    for (const id of [SENDER, RECEIVER, THIRD]) {
      await insertSchool(api.context.db, { id });
      await insertOperator(api.context.db, `export${id}`, id);
      cookies[id] = await api.login(`export${id}`, TEST_PASSWORD);
    }

    // Equal names in one class, so only the student id orders them.
    ids.abroad = await seed(SENDER, [
      { lastName: 'Ұлықбекова', firstName: 'Іңкәр', grade: 7, letter: 'Ә' },
      { lastName: 'Ұлықбекова', firstName: 'Іңкәр', grade: 7, letter: 'Ә' },
      { lastName: 'Әбдіқадырова', firstName: 'Гүлнұр', grade: 7, letter: 'А', passport: {} },
    ]);
    ids.health = await seed(SENDER, [
      { lastName: 'Ұлықбекова', firstName: 'Іңкәр', grade: 7, letter: 'Ә' },
      { lastName: 'Серікова', firstName: 'Аружан', middleName: undefined, grade: 5, letter: 'Б' },
    ]);
    ids.accepted = await seed(SENDER, [{ lastName: 'Жақсыбекова', firstName: 'Дана', grade: 9, letter: 'А' }]);
    ids.toReceiver = await seed(SENDER, [
      { lastName: 'Оспанова', firstName: 'Нұржан', grade: 7, letter: 'Б' },
      { lastName: 'Оспанова', firstName: 'Нұржан', grade: 7, letter: 'Б' },
      { lastName: 'Әлиева', firstName: 'Мөлдір', grade: 3, letter: 'Ә' },
    ]);
    ids.toThird = await seed(SENDER, [{ lastName: 'Бекова', firstName: 'Айым', grade: 4, letter: 'А' }]);
    ids.active = await seed(SENDER, [{ lastName: 'Қасымова', firstName: 'Ерке', grade: 8, letter: 'Ә' }]);
    ids.fromThird = await seed(THIRD, [{ lastName: 'Төлеуова', firstName: 'Меруерт', grade: 6, letter: 'А' }]);

    await depart(ids.abroad[0], abroadDeparture);
    await depart(ids.abroad[1], { ...abroadDeparture, country: 'TR', orderNumber: '14-ш' });
    await depart(ids.abroad[2], abroadDeparture);
    for (const id of ids.health) await depart(id, healthDeparture);

    const { moveId } = await depart(ids.accepted[0], toSchoolDeparture(RECEIVER));
    const accepted = await post(`/api/v1/school-moves/${moveId}/accept`, acceptance, RECEIVER);
    expect(accepted.statusCode, accepted.body).toBe(200);

    for (const id of ids.toReceiver) await depart(id, toSchoolDeparture(RECEIVER));
    await depart(ids.toThird[0], toSchoolDeparture(THIRD));
    await depart(ids.fromThird[0], { ...toSchoolDeparture(RECEIVER), orderNumber: '3-ш' }, THIRD);
  });

  afterAll(async () => api?.close());

  it('exports the departed tab as its endpoint lists it', async () => {
    const expected = await allPages<DepartedItem>(SENDER, 'departed');
    expect(expected.map((item) => item.id).sort()).toEqual([...ids.abroad, ...ids.health].sort());

    for (const language of LANGUAGES) {
      const sheet = await download(SENDER, `departed?language=${language}`);

      expect(sheet.title).toBe(language === 'kk' ? 'Шығып кеткендер. Қалыптастырылған уақыты: 02.03.2026, 10:00' : 'Выбывшие. Сформировано 02.03.2026 в 10:00');
      expect(sheet.header).toEqual(HEADERS.departed[language]);
      expect(sheet.rows).toEqual(departedRows(expected, language));
    }

    // The student accepted by the other school left this school's lists, and the file too.
    const ru = await download(SENDER, 'departed?language=ru');
    expect(ru.rows.map((row) => Number(row[1]))).not.toContain(ids.accepted[0]);
    expect(ru.rows.find((row) => Number(row[1]) === ids.abroad[1])!.slice(9)).toEqual([
      '2026-02-27',
      'Выезд за пределы Республики Казахстан',
      'Турция',
      '14-ш',
      '2026-02-26',
    ]);
    expect(ru.rows.find((row) => Number(row[1]) === ids.health[1])!.slice(9)).toEqual(['2026-02-20', 'По состоянию здоровья', '', '9-ш', '2026-02-19']);

    const dateCell = ru.worksheet.getCell('J4');
    expect(dateCell.value).toBeInstanceOf(Date);
    expect(dateCell.numFmt).toBe('dd.mm.yyyy');
    expect(ru.worksheet.getCell('C4').type).toBe(ExcelJS.ValueType.String);
  });

  it('exports the pending departure tab with the receiving schools', async () => {
    const expected = await allPages<PendingDepartureItem>(SENDER, 'pending-departures');
    expect(expected.map((item) => item.id).sort()).toEqual([...ids.toReceiver, ...ids.toThird].sort());

    for (const language of LANGUAGES) {
      const sheet = await download(SENDER, `pending-departures?language=${language}`);

      expect(sheet.title).toBe(language === 'kk' ? 'Шығатындар. Қалыптастырылған уақыты: 02.03.2026, 10:00' : 'На выбытие. Сформировано 02.03.2026 в 10:00');
      expect(sheet.header).toEqual(HEADERS.pendingDepartures[language]);
      expect(sheet.rows).toEqual(pendingRows(expected, language));
    }

    const ru = await download(SENDER, 'pending-departures?language=ru');
    expect(ru.rows.map((row) => [row[4], row[7], row[8], row[9]])).toEqual([
      ['Әлиева', '3', 'Ә', 'Школа №822 (ID: 822)'],
      ['Бекова', '4', 'А', 'Школа №823 (ID: 823)'],
      ['Оспанова', '7', 'Б', 'Школа №822 (ID: 822)'],
      ['Оспанова', '7', 'Б', 'Школа №822 (ID: 822)'],
    ]);
  });

  it('exports the pending arrival tab with the sending schools', async () => {
    const expected = await allPages<PendingArrivalItem>(RECEIVER, 'pending-arrivals');
    expect(expected.map((item) => item.id).sort()).toEqual([...ids.toReceiver, ...ids.fromThird].sort());

    for (const language of LANGUAGES) {
      const sheet = await download(RECEIVER, `pending-arrivals?language=${language}`);

      expect(sheet.title).toBe(language === 'kk' ? 'Келетіндер. Қалыптастырылған уақыты: 02.03.2026, 10:00' : 'На прибытие. Сформировано 02.03.2026 в 10:00');
      expect(sheet.header).toEqual(HEADERS.pendingArrivals[language]);
      expect(sheet.rows).toEqual(pendingRows(expected, language));
    }

    // Grade and letter are those at the sending school.
    const kk = await download(RECEIVER, 'pending-arrivals?language=kk');
    expect(kk.rows.map((row) => [row[4], row[7], row[8], row[9], row[12]])).toEqual([
      ['Әлиева', '3', 'Ә', '№821 мектеп (ID: 821)', '12-ш'],
      ['Төлеуова', '6', 'А', '№823 мектеп (ID: 823)', '3-ш'],
      ['Оспанова', '7', 'Б', '№821 мектеп (ID: 821)', '12-ш'],
      ['Оспанова', '7', 'Б', '№821 мектеп (ID: 821)', '12-ш'],
    ]);
  });

  it('honours the grade, letter and search filters of the tabs', async () => {
    const letter = encodeURIComponent('ә');
    const search = encodeURIComponent('оспанова');

    const departed = await allPages<DepartedItem>(SENDER, `departed?grade=7&letter=${letter}`);
    expect(departed.map((item) => item.id)).toEqual([ids.abroad[0], ids.abroad[1], ids.health[0]]);
    const departedSheet = await download(SENDER, `departed?grade=7&letter=${letter}&language=ru`);
    expect(departedSheet.title).toBe('Выбывшие: 7 класс, литера Ә. Сформировано 02.03.2026 в 10:00');
    expect(departedSheet.rows).toEqual(departedRows(departed, 'ru'));

    const pending = await allPages<PendingDepartureItem>(SENDER, `pending-departures?q=${search}`);
    expect(pending.map((item) => item.id)).toEqual(ids.toReceiver.slice(0, 2));
    const pendingSheet = await download(SENDER, `pending-departures?q=${search}&language=kk`);
    expect(pendingSheet.rows).toEqual(pendingRows(pending, 'kk'));

    const arrivals = await allPages<PendingArrivalItem>(RECEIVER, 'pending-arrivals?grade=6');
    expect(arrivals.map((item) => item.id)).toEqual(ids.fromThird);
    const arrivalsSheet = await download(RECEIVER, 'pending-arrivals?grade=6&language=ru');
    expect(arrivalsSheet.rows).toEqual(pendingRows(arrivals, 'ru'));

    const logged = await api.context.db
      .select()
      .from(events)
      .where(and(eq(events.name, 'export.created'), eq(events.organizationId, SENDER)))
      .orderBy(asc(events.id));
    expect(logged.at(-1)!.data).toEqual({ list: 'pending-departures', filters: { search: true }, rows: 2, language: 'kk' });
    expect(JSON.stringify(logged.map((event) => event.data))).not.toContain('Оспанова');
  });

  it('reads the lists in keyset windows in the endpoint order', async () => {
    const { db } = api.context;
    const readAll = async <Item extends { id: number }>(read: (after: ContingentKey | null, limit: number) => Promise<KeyedRow<Item>[]>) => {
      const found: number[] = [];
      for await (const page of keysetPages(read, (row) => row.key, 2)) found.push(...page.map((row) => row.item.id));
      return found;
    };

    const departedIds = (await allPages<DepartedItem>(SENDER, 'departed')).map((item) => item.id);
    expect(await readAll((after, limit) => readDeparted(db, SENDER, {}, { after, limit }))).toEqual(departedIds);

    const pendingIds = (await allPages<PendingDepartureItem>(SENDER, 'pending-departures')).map((item) => item.id);
    expect(await readAll((after, limit) => readPendingDepartures(db, SENDER, {}, { after, limit }))).toEqual(pendingIds);

    const arrivalIds = (await allPages<PendingArrivalItem>(RECEIVER, 'pending-arrivals')).map((item) => item.id);
    expect(await readAll((after, limit) => readPendingArrivals(db, RECEIVER, {}, { after, limit }))).toEqual(arrivalIds);
  });

  it("returns 404 to another school's operator", async () => {
    await api.context.db.delete(events).where(eq(events.name, 'export.created'));

    for (const list of ['departed', 'pending-departures', 'pending-arrivals']) {
      const response = await api.request({ method: 'GET', url: `/api/v1/organizations/${SENDER}/exports/${list}`, cookie: cookies[THIRD] });
      expect(response.statusCode, list).toBe(404);
      expect(response.json().code).toBe('organization.not_found');
    }

    const badGrade = await api.request({ method: 'GET', url: `/api/v1/organizations/${SENDER}/exports/departed?grade=14`, cookie: cookies[SENDER] });
    expect(badGrade.statusCode).toBe(400);
    expect(badGrade.json().errors[0]).toMatchObject({ field: 'grade' });

    expect(await api.context.db.select().from(events).where(eq(events.name, 'export.created'))).toEqual([]);
  });
});
