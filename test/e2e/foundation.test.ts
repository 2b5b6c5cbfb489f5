import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KAZAKH_ALPHABET, compareKazakh } from '../../src/domain/kazakh-order.js';
import { PASSPORT_SECTIONS } from '../../src/domain/passport/catalogue.js';
import type { StudentDetail, StudentListItem } from '../../src/server/features/students/schemas.js';
import { launchBrowser, newAppContext, saveScreenshot } from './support/browser.js';
import { DEMO_PASSWORD, startServer, type RunningServer } from './support/server.js';
import { LANGUAGE_STORAGE_KEY, breadcrumbItems, chooseOption, enterDate, inputDescription, switchLanguage, tableCells } from './support/ui.js';

const SCHOOL_ID = 17009;
const REHEARSAL_DATE = '2026-05-20';

const BREADCRUMB_KK = ['Қазақстан Республикасы', 'Солтүстік Қазақстан облысы', 'Уәлиханов ауданы', 'Кішкенекөл а.о.', 'Кішкенекөл а.'];
const BREADCRUMB_RU = ['Республика Казахстан', 'Северо-Казахстанская область', 'Уалихановский район', 'Кишкенекольский с.о.', 'с.Кишкенеколь'];

/**
 * The attestat indicators that the demo seed leaves empty for a few graduating
 * students, with their labels and the values to enter. The issue date is before
 * REHEARSAL_DATE, because the passport rejects an issue date after today.
 */
const ATTESTAT_FIELDS: Record<string, { kk: string; ru: string; value: string }> = {
  attestat_series: { kk: 'Аттестат сериясы', ru: 'Серия аттестата', value: 'ЖОБ' },
  attestat_number: { kk: 'Аттестат нөмірі', ru: 'Номер аттестата', value: '0912345' },
  attestat_issue_date: { kk: 'Аттестаттың берілу күні', ru: 'Дата выдачи аттестата', value: '2026-05-19' },
};




describe('foundation screens in Chromium', () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  /** The student whose passport the passport tests open. */
  let passportStudentId: number;

  beforeAll(async () => {
    server = await startServer({ KONTINGENT_TODAY: REHEARSAL_DATE });
    browser = await launchBrowser();

    // A browser set to Kazakh, as at a school in Kazakhstan.
    const context = await newAppContext(browser, server.baseUrl, 'kk-KZ');
    page = await context.newPage();
  });

  afterAll(async () => {
    try {
      await browser?.close();
    } finally {
      await server?.stop();
    }
  });

  async function apiGet<T>(path: string): Promise<T> {
    const response = await page.request.get(`/api/v1${path}`);
    expect(response.status(), `GET ${path}`).toBe(200);
    return (await response.json()) as T;
  }

  function listStudents(query: Record<string, string | number>): Promise<{ items: StudentListItem[]; total: number }> {
    const params = new URLSearchParams({ status: 'active', page: '1', pageSize: '25' });
    for (const [name, value] of Object.entries(query)) params.set(name, String(value));
    return apiGet(`/organizations/${SCHOOL_ID}/students?${params}`);
  }

  /** Returns the cells of one column of the contingent table, found by its header. */
  async function tableColumn(header: string): Promise<string[]> {
    const headers = (await page.getByRole('table').first().getByRole('columnheader').allInnerTexts()).map((text) => text.trim());
    const index = headers.indexOf(header);
    expect(index, `column "${header}" among ${headers.join(', ')}`).toBeGreaterThanOrEqual(0);

    return (await tableCells(page)).map((cells) => cells[index].trim());
  }

  /** Wait until the table shows exactly these students, in this order, and no longer loads. */
  async function waitForRows(iinHeader: string, students: StudentListItem[]): Promise<void> {
    await expect.poll(() => tableColumn(iinHeader), { timeout: 15_000 }).toEqual(students.map((student) => student.iin));
    await expect.poll(() => page.locator('[aria-busy="true"]').count()).toBe(0);
  }

  /** Returns the fill statistics that the page shows first, e.g. "19/22" in the passport header. */
  function fillTag(): Promise<string> {
    return page.getByTitle(/^(Толтыру статистикасы|Статистика заполнения)$/).first().innerText();
  }

  it('login page shows the rehearsal date', async () => {
    await page.goto('/login');

    const banner = page.getByRole('alert').filter({ hasText: 'Репетиция' });
    await banner.waitFor();
    expect((await banner.innerText()).trim()).toBe('Репетиция: қолданба бүгінгі күнді 20.05.2026 деп есептейді');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('kk');
    expect(await page.title()).toBe('Контингент');
    await page.getByLabel('Пайдаланушы аты').waitFor();
    await page.getByLabel('Құпиясөз').waitFor();
    await page.getByRole('button', { name: 'Кіру' }).waitFor();
    await saveScreenshot(page, 'login-kk');

    await switchLanguage(page, 'ru');
    await page.getByRole('button', { name: 'Войти' }).waitFor();
    expect((await banner.innerText()).trim()).toBe('Репетиция: приложение считает, что сегодня 20.05.2026');
    await page.getByLabel('Имя пользователя').waitFor();
    await page.getByLabel('Пароль').waitFor();
    await saveScreenshot(page, 'login-ru');
  });

  it('shell switches between kk, ru and en', async () => {
    await switchLanguage(page, 'kk');
    await page.getByLabel('Пайдаланушы аты').fill('operator');
    await page.getByLabel('Құпиясөз').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Кіру' }).click();
    await page.waitForURL('**/contingent');

    const school = await apiGet<{ names: { kk: string; ru: string } }>(`/organizations/${SCHOOL_ID}`);
    await page.getByRole('heading', { name: school.names.kk }).waitFor();
    await expect.poll(() => breadcrumbItems(page)).toEqual(BREADCRUMB_KK);

    const firstPage = await listStudents({});
    expect(firstPage.total).toBeGreaterThan(firstPage.items.length);
    await page.getByText(`Барлығы ${firstPage.total} жазба, көрсетілгені ${firstPage.items.length}`).waitFor();

    await switchLanguage(page, 'ru');
    await page.getByRole('heading', { name: school.names.ru }).waitFor();
    await expect.poll(() => breadcrumbItems(page)).toEqual(BREADCRUMB_RU);
    await page.getByText(`Показано ${firstPage.items.length} записей из ${firstPage.total}`).waitFor();
    await waitForRows('ИИН', firstPage.items);

    await switchLanguage(page, 'en');
    expect(await page.title()).toBe('Kontingent');
    await page.getByText(`Showing ${firstPage.items.length} of ${firstPage.total} records`).waitFor();
    for (const header of ['IIN', 'Fill statistics', 'Surname', 'Name', 'Patronymic', 'Grade', 'Letter', 'Action']) {
      await page.getByRole('columnheader', { name: header, exact: true }).waitFor();
    }
    await page.getByRole('tab', { name: 'Graduates' }).waitFor();
    await page.getByRole('button', { name: 'Add student' }).waitFor();
    await page.getByRole('button', { name: 'Log out' }).waitFor();
    await page.getByLabel('Search', { exact: true }).waitFor();
    // Territories and schools have no English names, so English shows the Russian ones.
    expect(await breadcrumbItems(page)).toEqual(BREADCRUMB_RU);

    await switchLanguage(page, 'ru');
    await page.reload();
    await page.getByText(`Показано ${firstPage.items.length} записей из ${firstPage.total}`).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    expect(await page.evaluate((key) => window.localStorage.getItem(key), LANGUAGE_STORAGE_KEY)).toBe('ru');
    expect(await breadcrumbItems(page)).toEqual(BREADCRUMB_RU);
  });

  it('contingent list filters, sorts and searches', async () => {
    await switchLanguage(page, 'kk');

    const grade9 = await listStudents({ grade: 9 });
    expect(grade9.total).toBe(grade9.items.length);
    await chooseOption(page.getByLabel('Параллель', { exact: true }), '9-сынып');
    await page.waitForURL(/[?&]grade=9(&|$)/);
    await waitForRows('ЖСН', grade9.items);

    const letters = await tableColumn('Литера');
    const lastNames = await tableColumn('Тегі');
    expect(new Set(await tableColumn('Параллель'))).toEqual(new Set(['9-сынып']));
    expect([...new Set(letters)]).toEqual(['А', 'Ә']);
    expectKazakhOrder(letters, lastNames);
    // The class has a surname that a code-point sort would misplace, so the order check above can fail.
    const firstLetterNames = lastNames.filter((_name, index) => letters[index] === 'А');
    expect(firstLetterNames).not.toEqual([...firstLetterNames].sort());

    const grade11 = await listStudents({ grade: 11 });
    await chooseOption(page.getByLabel('Параллель', { exact: true }), '11-сынып');
    await page.waitForURL(/[?&]grade=11(&|$)/);
    await waitForRows('ЖСН', grade11.items);
    await page.getByText(`Барлығы ${grade11.total} жазба, көрсетілгені ${grade11.items.length}`).waitFor();

    expect(new Set(await tableColumn('Параллель'))).toEqual(new Set(['11-сынып']));
    expectKazakhOrder(await tableColumn('Литера'), await tableColumn('Тегі'));
    expect(await tableColumn('Толтыру статистикасы')).toEqual(grade11.items.map(({ fill }) => `${fill.filled}/${fill.required}`));

    const search = page.getByLabel('Іздеу', { exact: true });
    // Lower case, because the search ignores case.
    const surnamePart = grade11.items.find((student) => student.lastName.length >= 6)!.lastName.slice(0, 5).toLocaleLowerCase('kk');
    const bySurname = await listStudents({ grade: 11, q: surnamePart });
    expect(bySurname.total).toBeGreaterThan(0);
    expect(bySurname.total).toBeLessThan(grade11.total);
    await search.fill(surnamePart);
    await waitForRows('ЖСН', bySurname.items);
    for (const lastName of await tableColumn('Тегі')) expect(lastName.toLocaleLowerCase('kk')).toContain(surnamePart);

    const iinPart = grade11.items[3].iin.slice(4, 10);
    const byIin = await listStudents({ grade: 11, q: iinPart });
    expect(byIin.total).toBeGreaterThan(0);
    await search.fill(iinPart);
    await waitForRows('ЖСН', byIin.items);
    for (const iin of await tableColumn('ЖСН')) expect(iin).toContain(iinPart);

    await search.fill('');
    await waitForRows('ЖСН', grade11.items);
    await search.blur();
    await saveScreenshot(page, 'contingent-kk');

    await switchLanguage(page, 'ru');
    await page.getByText(`Показано ${grade11.items.length} записей из ${grade11.total}`).waitFor();
    expect(new Set(await tableColumn('Параллель'))).toEqual(new Set(['11 класс']));
    await saveScreenshot(page, 'contingent-ru');
  });

  it('passport fills the missing attestat', async () => {
    const student = await findStudentMissingAttestat();
    passportStudentId = student.id;
    const missingBefore = student.missing;

    await switchLanguage(page, 'kk');
    const row = page.getByRole('row').filter({ hasText: student.iin });
    await row.getByRole('link', { name: 'Паспортты ашу' }).click();
    await page.waitForURL(`**/students/${student.id}`);

    await page.getByRole('heading', { name: `${student.lastName} ${student.firstName}` }).waitFor();
    await expect.poll(fillTag).toBe(`${student.fill.filled}/${student.fill.required}`);
    const missingCard = page.locator('.passport-missing');
    await missingCard.getByText(`Толтырылмаған міндетті көрсеткіштер: ${missingBefore.length}`).waitFor();
    expect(await missingCard.getByRole('listitem').allInnerTexts()).toEqual(missingBefore.map((code) => ATTESTAT_FIELDS[code].kk));
    const sections = page.getByRole('navigation', { name: 'Бөлімдер' });
    await expect.poll(() => sections.getByRole('link').allInnerTexts()).toEqual([...PASSPORT_SECTIONS.map(({ labels }) => labels.kk), 'Оқушы қозғалысының траекториясы']);
    await saveScreenshot(page, 'passport-kk');

    await switchLanguage(page, 'ru');
    await missingCard.getByText(`Незаполненные обязательные показатели: ${missingBefore.length}`).waitFor();
    expect(await missingCard.getByRole('listitem').allInnerTexts()).toEqual(missingBefore.map((code) => ATTESTAT_FIELDS[code].ru));
    await saveScreenshot(page, 'passport-ru');

    for (const code of missingBefore) {
      const field = ATTESTAT_FIELDS[code];
      const input = page.getByRole('textbox', { name: field.ru, exact: true });
      if (code === 'attestat_issue_date') await enterDate(input, field.value);
      else await input.fill(field.value);
    }

    // The header counts as the operator types, before anything is saved.
    await expect.poll(fillTag).toBe(`${student.fill.required}/${student.fill.required}`);
    await page.getByText('Есть несохранённые изменения').waitFor();

    const saved = page.waitForResponse((response) => response.request().method() === 'PATCH' && response.url().endsWith(`/students/${student.id}`));
    await page.getByRole('button', { name: 'Сохранить' }).click();
    expect((await saved).status()).toBe(200);
    await page.getByText('Изменения сохранены').waitFor();
    await missingCard.getByText('Все обязательные показатели заполнены').waitFor();
    expect(await fillTag()).toBe(`${student.fill.required}/${student.fill.required}`);

    const stored = await apiGet<StudentDetail>(`/students/${student.id}`);
    expect(stored.fill).toEqual({ filled: student.fill.required, required: student.fill.required });
    expect(stored.missing).toEqual([]);
    for (const code of missingBefore) expect(stored.passport[code]).toBe(ATTESTAT_FIELDS[code].value);
  });

  it('passport rejects a bad IIN and birth date', async () => {
    const before = await apiGet<StudentDetail>(`/students/${passportStudentId}`);
    expect(page.url()).toMatch(new RegExp(`/students/${passportStudentId}$`));
    const patches: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'PATCH') patches.push(request.url());
    });

    await switchLanguage(page, 'kk');
    const iinInput = page.getByRole('textbox', { name: 'ЖСН', exact: true });
    const wrongCheckDigit = before.iin.slice(0, 11) + String((Number(before.iin[11]) + 1) % 10);
    await iinInput.fill(wrongCheckDigit);
    await page.getByRole('button', { name: 'Сақтау' }).click();

    await expect.poll(() => inputDescription(iinInput)).toBe('Бақылау цифры сәйкес емес: ЖСН-ді тексеріңіз.');
    expect(await iinInput.getAttribute('aria-invalid')).toBe('true');
    expect((await apiGet<StudentDetail>(`/students/${before.id}`)).iin).toBe(before.iin);
    expect(patches).toEqual([]);

    await iinInput.fill(before.iin);
    await expect.poll(() => inputDescription(iinInput)).toBe('');

    await switchLanguage(page, 'ru');
    const otherBirthDate = nextDay(before.birthDate);
    const birthDateInput = page.getByRole('textbox', { name: 'Дата рождения', exact: true });
    await enterDate(birthDateInput, otherBirthDate);
    await page.getByText('Есть несохранённые изменения').waitFor();

    const rejected = page.waitForResponse((response) => response.request().method() === 'PATCH');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    expect((await rejected).status()).toBe(400);

    await expect.poll(() => inputDescription(birthDateInput)).toBe(`Дата рождения не совпадает с ИИН: по ИИН ${toDisplayDate(before.birthDate)}.`);

    const after = await apiGet<StudentDetail>(`/students/${before.id}`);
    expect(after.iin).toBe(before.iin);
    expect(after.birthDate).toBe(before.birthDate);
    expect(after.passport).toEqual(before.passport);
  });

  /** Finds a grade-11 (else grade-9) student whose only missing indicators are attestat fields, with the issue date among them. */
  async function findStudentMissingAttestat(): Promise<StudentDetail> {
    for (const grade of [11, 9]) {
      const { items } = await listStudents({ grade, pageSize: 100 });
      const incomplete = items.filter(({ fill }) => fill.filled < fill.required).sort((a, b) => a.fill.filled - a.fill.required - (b.fill.filled - b.fill.required));

      for (const candidate of incomplete) {
        const detail = await apiGet<StudentDetail>(`/students/${candidate.id}`);
        const onlyAttestat = detail.missing.every((code) => code in ATTESTAT_FIELDS);
        if (onlyAttestat && detail.missing.includes('attestat_issue_date')) return detail;
      }
    }

    throw new Error('the demo school has no grade-11 or grade-9 student who misses only attestat fields, the issue date among them');
  }
});

/** Check that class letters follow the Kazakh alphabet and surnames follow the Kazakh collation inside each letter. */
function expectKazakhOrder(letters: string[], lastNames: string[]): void {
  const alphabet: readonly string[] = KAZAKH_ALPHABET;

  for (let index = 1; index < letters.length; index += 1) {
    const letterStep = alphabet.indexOf(letters[index]) - alphabet.indexOf(letters[index - 1]);
    expect(letterStep, `letter ${letters[index - 1]} before ${letters[index]}`).toBeGreaterThanOrEqual(0);

    if (letterStep === 0) {
      const nameStep = compareKazakh(lastNames[index - 1], lastNames[index]);
      expect(nameStep, `${lastNames[index - 1]} before ${lastNames[index]}`).toBeLessThanOrEqual(0);
    }
  }
}

function nextDay(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

function toDisplayDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}.${month}.${year}`;
}
