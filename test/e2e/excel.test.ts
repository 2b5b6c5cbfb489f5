import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeIin } from '../../src/domain/iin.js';
import type { StudentListItem } from '../../src/server/features/students/schemas.js';
import { launchBrowser, newAppContext, saveScreenshot } from './support/browser.js';
import { DEMO_PASSWORD, startServer, type RunningServer } from './support/server.js';

const SCHOOL_ID = 17009;

/** Every text the test reads or clicks, in the language of the pass. */
interface Texts {
  locale: string;
  username: string;
  password: string;
  login: string;
  exportButton: string;
  listColumns: string;
  withPassport: string;
  headers: string[];
  /** The departure and arrival tabs: the tab's name, which is also the file's, and a header of the tab's own columns. */
  tabs: Array<{ status: string; name: string; header: string }>;
  importButton: string;
  importTitle: string;
  check: string;
  commit: string;
  problemsTitle: (count: number) => string;
  letterProblem: string;
  ready: string;
  success: string;
}

const RU: Texts = {
  locale: 'ru-RU',
  username: 'Имя пользователя',
  password: 'Пароль',
  login: 'Войти',
  exportButton: 'Экспорт в Excel',
  listColumns: 'Столбцы списка',
  withPassport: 'Список с показателями паспорта',
  headers: ['№', 'ID Контингента', 'ИИН', 'Статистика заполнения', 'Фамилия', 'Имя', 'Отчество', 'Параллель', 'Литера'],
  tabs: [
    { status: 'departed', name: 'Выбывшие', header: 'Причина выбытия' },
    { status: 'pending_departure', name: 'На выбытие', header: 'Принимающая школа' },
    { status: 'pending_arrival', name: 'На прибытие', header: 'Школа выбытия' },
  ],
  importButton: 'Импорт из Excel',
  importTitle: 'Импорт контингента из Excel',
  check: 'Проверить файл',
  commit: 'Импортировать',
  problemsTitle: (count) => `Ошибок в файле: ${count}. Ничего не будет записано: исправьте файл и проверьте его снова.`,
  letterProblem: 'Литера — одна заглавная буква казахского алфавита (А, Ә, Б…).',
  ready: 'Ошибок нет. Нажмите «Импортировать», чтобы записать изменения.',
  success: 'Импорт выполнен: добавлено 2, обновлено 0, без изменений 0.',
};

const KK: Texts = {
  locale: 'kk-KZ',
  username: 'Пайдаланушы аты',
  password: 'Құпиясөз',
  login: 'Кіру',
  exportButton: 'Excel-ге экспорттау',
  listColumns: 'Тізім бағандары',
  withPassport: 'Паспорт көрсеткіштері бар тізім',
  headers: ['№', 'Контингент ID', 'ЖСН', 'Толтыру статистикасы', 'Тегі', 'Аты', 'Әкесінің аты', 'Параллель', 'Литера'],
  tabs: [
    { status: 'departed', name: 'Шығып кеткендер', header: 'Шығу себебі' },
    { status: 'pending_departure', name: 'Шығатындар', header: 'Қабылдайтын мектеп' },
    { status: 'pending_arrival', name: 'Келетіндер', header: 'Шығатын мектеп' },
  ],
  importButton: 'Excel-ден импорттау',
  importTitle: 'Контингентті Excel-ден импорттау',
  check: 'Файлды тексеру',
  commit: 'Импорттау',
  problemsTitle: (count) => `Файлдағы қателер саны: ${count}. Ештеңе жазылмайды: файлды түзетіп, қайта тексеріңіз.`,
  letterProblem: 'Литера — қазақ әліпбиінің бір бас әрпі (А, Ә, Б…).',
  ready: 'Қате жоқ. Өзгерістерді жазу үшін «Импорттау» батырмасын басыңыз.',
  success: 'Импорт аяқталды: қосылғаны 2, жаңартылғаны 0, өзгеріссіз 0.',
};

/** Match a button's accessible name that contains the text: icons inside add their own names around it. */
function containing(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}

/** Builds the .xlsx a school would fill: the header in the pass's language and two new students. */
async function schoolFile(texts: Texts, iins: [string, string], secondLetter: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Лист1');
  sheet.addRow(texts.headers.slice(2).filter((header) => header !== texts.headers[3]));
  sheet.addRow([iins[0], 'Жаңабаева', 'Әсем', null, 3, 'А']);
  sheet.addRow([iins[1], 'Құдайбергенов', 'Нұржан', 'Серікұлы', 4, secondLetter]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * Finds a button by the end of its accessible name. While antd fades out a
 * button's loading spinner, the name still starts with the icon's "loading",
 * so an exact name would miss the button for that moment.
 */
function actionButton(page: Page, label: string) {
  return page.getByRole('button', { name: new RegExp(`${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) });
}

describe('Excel export and import in Chromium', () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    try {
      await browser?.close();
    } finally {
      await server?.stop();
    }
  });

  async function logIn(texts: Texts): Promise<Page> {
    const context = await newAppContext(browser!, server!.baseUrl, texts.locale);
    const page = await context.newPage();

    await page.goto('/login');
    await page.getByLabel(texts.username).fill('operator');
    await page.getByLabel(texts.password).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: texts.login, exact: true }).click();
    await page.waitForURL('**/contingent');
    return page;
  }

  async function exportsTheList(page: Page, texts: Texts, language: 'kk' | 'ru'): Promise<void> {
    await page.getByRole('table').first().getByRole('row').nth(1).waitFor();
    await page.getByRole('button', { name: containing(texts.exportButton) }).click();
    await page.getByRole('menuitem', { name: texts.withPassport }).waitFor();
    await saveScreenshot(page, `export-${language}`);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: texts.listColumns }).click()]);
    expect(download.suggestedFilename()).toMatch(/^Контингент \d{4}-\d\d-\d\d \d\d-\d\d\.xlsx$/);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile((await download.path())!)) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect((sheet.getRow(3).values as string[]).slice(1)).toEqual(texts.headers);

    const response = await page.request.get(`/api/v1/organizations/${SCHOOL_ID}/students?pageSize=500`);
    const { items, total } = (await response.json()) as { items: StudentListItem[]; total: number };
    expect(sheet.rowCount).toBe(3 + total);
    expect(sheet.getRow(4).getCell(3).value).toBe(items[0].iin);
    expect(sheet.getRow(4).getCell(5).value).toBe(items[0].lastName);
  }

  /** Exports each departure and arrival tab with its button, which downloads the tab's own list at once, without a menu. */
  async function exportsTheTabs(page: Page, texts: Texts): Promise<void> {
    const endpoints: Record<string, string> = { departed: 'departed', pending_departure: 'pending-departures', pending_arrival: 'pending-arrivals' };

    for (const tab of texts.tabs) {
      await page.getByRole('tab', { name: tab.name, exact: true }).click();
      await page.waitForURL(`**/contingent?status=${tab.status}`);

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: containing(texts.exportButton) }).click()]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`^${tab.name} \\d{4}-\\d\\d-\\d\\d \\d\\d-\\d\\d\\.xlsx$`));

      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await readFile((await download.path())!)) as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0];
      const header = (sheet.getRow(3).values as string[]).slice(1);
      expect(header.slice(0, 9)).toEqual(texts.headers);
      expect(header).toContain(tab.header);

      const response = await page.request.get(`/api/v1/organizations/${SCHOOL_ID}/${endpoints[tab.status]}?pageSize=500`);
      expect(sheet.rowCount).toBe(3 + ((await response.json()) as { total: number }).total);
    }
  }

  async function importsAFile(page: Page, texts: Texts, language: 'kk' | 'ru', iins: [string, string]): Promise<void> {
    await page.goto('/contingent');
    await page.getByRole('button', { name: containing(texts.importButton) }).click();
    await page.waitForURL('**/contingent/import');
    await page.getByRole('heading', { name: texts.importTitle, exact: true }).waitFor();

    const fileInput = page.locator('input[type="file"]');
    const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    await fileInput.setInputFiles({ name: 'school.xlsx', mimeType: xlsx, buffer: await schoolFile(texts, iins, 'Q') });
    await actionButton(page, texts.check).click();

    await page.getByText(texts.problemsTitle(1), { exact: true }).waitFor();
    // The summary above is a table too, so the problems are the last one.
    const problemRows = await page.getByRole('table').last().getByRole('row').filter({ has: page.getByRole('cell') }).all();
    const problems = await Promise.all(problemRows.map((row) => row.getByRole('cell').allInnerTexts()));
    expect(problems).toEqual([['3', `F — ${texts.headers[8]}`, texts.letterProblem]]);
    expect(await actionButton(page, texts.commit).isDisabled()).toBe(true);
    // The check's result starts below the file field, so the picture of the guide scrolls down to the check button.
    await actionButton(page, texts.check).evaluate((button) => button.scrollIntoView({ block: 'start' }));
    await saveScreenshot(page, `import-${language}`);

    await fileInput.setInputFiles({ name: 'school.xlsx', mimeType: xlsx, buffer: await schoolFile(texts, iins, 'ә') });
    await actionButton(page, texts.check).click();
    await page.getByText(texts.ready, { exact: true }).waitFor();

    await actionButton(page, texts.commit).click();
    await page.getByText(texts.success, { exact: true }).waitFor();
    await page.waitForURL('**/contingent');

    const search = await page.request.get(`/api/v1/organizations/${SCHOOL_ID}/students?q=${iins[1]}`);
    const found = ((await search.json()) as { items: StudentListItem[] }).items;
    expect(found.map(({ iin, lastName, grade, letter }) => ({ iin, lastName, grade, letter }))).toEqual([{ iin: iins[1], lastName: 'Құдайбергенов', grade: 4, letter: 'Ә' }]);
  }

  it('exports and imports in Russian', async () => {
    const page = await logIn(RU);
    await exportsTheList(page, RU, 'ru');
    await exportsTheTabs(page, RU);
    await importsAFile(page, RU, 'ru', [makeIin('2022-02-02', 'female', 7001)!, makeIin('2021-03-03', 'male', 7002)!]);
  });

  it('exports and imports in Kazakh', async () => {
    const page = await logIn(KK);
    await exportsTheList(page, KK, 'kk');
    await exportsTheTabs(page, KK);
    await importsAFile(page, KK, 'kk', [makeIin('2022-04-04', 'female', 7003)!, makeIin('2021-05-05', 'male', 7004)!]);
  });
});
