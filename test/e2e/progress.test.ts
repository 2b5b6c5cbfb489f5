import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraduationCandidates } from '../../src/server/features/graduation/schemas.js';
import { apiSession } from './support/api.js';
import { launchBrowser, newAppContext, saveScreenshot } from './support/browser.js';
import { DEMO_PASSWORD, startServer, type RunningServer } from './support/server.js';
import { breadcrumbItems, switchLanguage, tableCells } from './support/ui.js';

const SCHOOL_ID = 17009;
const SECOND_SCHOOL_ID = 17010;
const DISTRICT_KATO = '596400000';
const DISTRICT_PASSWORD = 'district-password-1';
const GRADUATED = 5;

/**
 * Accessible names of the buttons a read-only view may show: the account
 * menu, logout, pagination, table sorting and row expansion, language and
 * help. Anything else (add, save, graduate, undo, departure) changes data.
 */
const READ_ONLY_BUTTONS = [
  /^Учётная запись district\.ualikhanov$/,
  /^district\.ualikhanov тіркелгісі$/,
  /^(Выйти|Жүйеден шығу)$/,
  /^(left|right|double-left|double-right)$/,
  /^(Развернуть строку|Свернуть строку|Жолды ашу|Жолды жабу|Expand row|Collapse row)$/,
  /^(search|close-circle)$/,
  // Export to Excel reads the list; with variants it opens a menu.
  /^file-excel (Экспорт в Excel|Excel-ге экспорттау)( down)?$/,
];

/** Return the accessible names of the buttons on the page, from its accessibility tree, which leaves out hidden elements. */
async function buttonNames(page: Page): Promise<string[]> {
  const snapshot = await page.locator('body').ariaSnapshot();
  return [...snapshot.matchAll(/- button "([^"]*)"/g)].map((match) => match[1]);
}

/** Return the cells of the table's rows without the total row at its foot. */
async function bodyRows(page: Page): Promise<string[][]> {
  return (await tableCells(page)).filter((cells) => !['Барлығы', 'Итого'].includes(cells[1]?.trim()));
}

async function expectNoChangingButtons(page: Page, where: string): Promise<void> {
  const names = await buttonNames(page);
  const changing = names.filter((name) => !READ_ONLY_BUTTONS.some((pattern) => pattern.test(name)));

  expect(changing, `buttons on ${where}`).toEqual([]);
  expect(await page.getByRole('checkbox').count(), `checkboxes on ${where}`).toBe(0);
}

describe('year-end progress for a district in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer({ KONTINGENT_TODAY: '2026-06-15' });
    browser = await launchBrowser();
    page = await (await newAppContext(browser, server.baseUrl, 'kk-KZ')).newPage();

    const admin = await apiSession(server.baseUrl, 'admin', DEMO_PASSWORD);
    await admin.post('/admin/users', { username: 'district.ualikhanov', role: 'district', territoryKato: DISTRICT_KATO, password: DISTRICT_PASSWORD });
    await admin.post('/admin/users', { username: 'region.north', role: 'region', territoryKato: '590000000', password: DISTRICT_PASSWORD });
    await admin.post('/admin/organizations', { id: SECOND_SCHOOL_ID, nameKk: 'Кішкенекөл бастауыш мектебі', nameRu: 'Кишкенекольская начальная школа', kato: '596430100', finalGrade: 11 });

    // The school's operator graduates a few students, so the table shows year-end work under way.
    const operator = await apiSession(server.baseUrl, 'operator', DEMO_PASSWORD);
    const candidates = await operator.get<GraduationCandidates>(`/organizations/${SCHOOL_ID}/graduation?grade=11`);
    const studentIds = candidates.eligible.filter((student) => !student.externalStudy).slice(0, GRADUATED).map((student) => student.id);
    await operator.post(`/organizations/${SCHOOL_ID}/graduation`, { studentIds, documentKind: 'general_secondary_attestat', departureDate: '2026-06-12', orderDate: '2026-06-12', orderNumber: '45-Б', destination: 'university' });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('opens the progress table of the district after login', async () => {
    await page.goto('/login');
    await switchLanguage(page, 'kk');
    await page.getByLabel('Пайдаланушы аты').fill('district.ualikhanov');
    await page.getByLabel('Құпиясөз').fill(DISTRICT_PASSWORD);
    await page.getByRole('button', { name: 'Кіру' }).click();
    await page.waitForURL('**/progress');

    await page.getByRole('heading', { name: 'Оқу жылын аяқтау барысы: Уәлиханов ауданы' }).waitFor();
    await expect.poll(() => bodyRows(page).then((rows) => rows.map((cells) => cells.slice(1, 3)))).toEqual([
      ['«Кішкенекөл қазақ мектеп-гимназиясы» КММ', String(250 - GRADUATED)],
      ['Кішкенекөл бастауыш мектебі', '0'],
    ]);
    const graduatedColumn = (await bodyRows(page)).map((cells) => cells[4]);
    expect(graduatedColumn).toEqual([String(GRADUATED), '0']);
    await page.getByRole('img', { name: /«Кішкенекөл қазақ мектеп-гимназиясы» КММ: \d+/ }).waitFor();
    await saveScreenshot(page, 'progress-kk');
  });

  it('sorts the table by a column', async () => {
    await page.getByRole('columnheader', { name: 'Контингентте' }).click();
    await expect.poll(() => bodyRows(page).then((rows) => rows.map((cells) => cells[2]))).toEqual(['0', String(250 - GRADUATED)]);

    await page.getByRole('columnheader', { name: 'Контингентте' }).click();
    await expect.poll(() => bodyRows(page).then((rows) => rows.map((cells) => cells[2]))).toEqual([String(250 - GRADUATED), '0']);
  });

  it('exports the table to Excel', async () => {
    const link = page.getByRole('link', { name: 'Excel-ге экспорттау' });
    const href = await link.getAttribute('href');
    const response = await page.request.get(href!);

    expect(href).toBe(`/api/v1/territories/${DISTRICT_KATO}/progress/export?by=schools&schoolYear=2025&lang=kk`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect((await response.body()).subarray(0, 2).toString()).toBe('PK');
  });

  it('shows the same table in Russian', async () => {
    await switchLanguage(page, 'ru');
    await page.getByRole('heading', { name: 'Ход завершения учебного года: Уалихановский район' }).waitFor();
    await page.getByRole('columnheader', { name: 'Выпущены' }).waitFor();
    await saveScreenshot(page, 'progress-ru');
  });

  it('drills down to a school whose lists have no button that changes data', async () => {
    await page.getByRole('link', { name: 'КГУ «Кишкенекольская казахская школа-гимназия»' }).click();
    await page.waitForURL('**/contingent');

    await page.getByRole('heading', { name: 'КГУ «Кишкенекольская казахская школа-гимназия»' }).waitFor();
    await page.getByText(/Показано 25 записей из \d+/).waitFor();
    await expect.poll(() => breadcrumbItems(page)).toEqual(['Республика Казахстан', 'Северо-Казахстанская область', 'Уалихановский район', 'Кишкенекольский с.о.', 'с.Кишкенеколь']);
    await expectNoChangingButtons(page, 'the contingent list');
    await saveScreenshot(page, 'progress-school-ru');
    await switchLanguage(page, 'kk');
    await page.getByText(/Барлығы \d+ жазба, көрсетілгені 25/).waitFor();
    await expectNoChangingButtons(page, 'the contingent list in Kazakh');
    await saveScreenshot(page, 'progress-school-kk');
    await switchLanguage(page, 'ru');

    await page.getByRole('tab', { name: 'Выпускники' }).click();
    await page.getByText(`Показано ${GRADUATED} записей из ${GRADUATED}`).waitFor();
    await expectNoChangingButtons(page, 'the graduates tab');

    await page.getByRole('tab', { name: 'Контингент' }).click();
    await page.getByRole('link', { name: 'Открыть паспорт' }).first().click();
    await page.getByRole('heading', { level: 4 }).first().waitFor();
    const iin = page.getByRole('textbox', { name: 'ИИН', exact: true });
    await iin.waitFor();
    expect(await iin.isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Сохранить' }).count()).toBe(0);
    await expectNoChangingButtons(page, 'the passport');

    await page.getByRole('menuitem', { name: 'Выпуск, перемещение, прием' }).click();
    await page.getByRole('tab', { name: '11 класс' }).click();
    await page.getByRole('table').first().waitFor();
    expect(await page.getByRole('button', { name: 'Оформить выпуск' }).count()).toBe(0);
    await expectNoChangingButtons(page, 'the graduation tab');
  });

  it('refuses a change that a read-only user sends anyway', async () => {
    const token = (await page.context().cookies()).find((cookie) => cookie.name === 'kontingent_csrf')!.value;
    const response = await page.request.post(`/api/v1/organizations/${SCHOOL_ID}/students`, {
      headers: { 'x-csrf-token': token },
      data: { iin: '100101500017', lastName: 'Тест', firstName: 'Тест', grade: 1, letter: 'А' },
    });

    expect(response.status()).toBe(403);
    expect((await response.json()).code).toBe('auth.read_only');
  });

  it('leads a region user from the region to a district to a school', async () => {
    await page.getByRole('button', { name: 'Выйти' }).click();
    await page.waitForURL('**/login');
    await page.getByLabel('Имя пользователя').fill('region.north');
    await page.getByLabel('Пароль').fill(DISTRICT_PASSWORD);
    await page.getByRole('button', { name: 'Войти' }).click();
    await page.waitForURL('**/progress');

    await page.getByRole('heading', { name: 'Ход завершения учебного года: Северо-Казахстанская область' }).waitFor();
    expect(await page.getByRole('radio', { name: 'По районам' }).isChecked()).toBe(true);
    await page.getByRole('link', { name: 'Уалихановский район' }).click();
    await page.waitForURL(`**/progress/${DISTRICT_KATO}`);

    await page.getByRole('heading', { name: 'Ход завершения учебного года: Уалихановский район' }).waitFor();
    await page.getByRole('link', { name: 'Кишкенекольская начальная школа' }).click();
    await page.waitForURL('**/contingent');
    await page.getByRole('heading', { name: 'Кишкенекольская начальная школа' }).waitFor();

    // The breadcrumb leads back up to the region's progress.
    await page.getByRole('link', { name: 'Северо-Казахстанская область' }).click();
    await page.waitForURL('**/progress/590000000');
  });
});
