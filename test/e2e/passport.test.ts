import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StudentDetail } from '../../src/server/features/students/schemas.js';
import { launchBrowser, newAppContext, saveScreenshot } from './support/browser.js';
import { DEMO_PASSWORD, startServer, type RunningServer } from './support/server.js';
import { LANGUAGE_STORAGE_KEY, enterDate, inputDescription, switchLanguage, typeDate } from './support/ui.js';

const SCHOOL_ID = 17009;
const TODAY = '2026-06-15';


interface Candidates {
  eligible: { id: number; altynBelgiCandidate: boolean }[];
}

describe('passport checks and trajectory in Chromium', () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  /** PATCH requests the page sent since the passport was last opened. */
  let patches: string[] = [];

  beforeAll(async () => {
    server = await startServer({ KONTINGENT_TODAY: TODAY });
    browser = await launchBrowser();

    const context = await newAppContext(browser, server.baseUrl, 'ru-RU');
    await context.addInitScript((key) => window.localStorage.setItem(key, 'ru'), LANGUAGE_STORAGE_KEY);
    page = await context.newPage();
    // The page shows a confirmation before it is left with unsaved changes, and the tests accept it.
    page.on('dialog', (dialog) => void dialog.accept());
    page.on('request', (request) => {
      if (request.method() === 'PATCH') patches.push(request.url());
    });

    const login = await page.request.post('/api/v1/auth/login', { data: { username: 'operator', password: DEMO_PASSWORD } });
    expect(login.status()).toBe(200);
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

  async function apiPost(path: string, data: unknown): Promise<void> {
    // Writes carry the session's CSRF token, as the web client sends it.
    const csrf = (await page.context().cookies()).find((cookie) => cookie.name === 'kontingent_csrf')?.value ?? '';
    const response = await page.request.post(`/api/v1${path}`, { data, headers: { 'x-csrf-token': csrf } });
    expect(response.status(), `POST ${path}: ${await response.text()}`).toBe(200);
  }

  /** Opens a student's passport and waits until the form shows the student. */
  async function openPassport(student: StudentDetail): Promise<void> {
    await page.goto(`/students/${student.id}`);
    await page.getByRole('heading', { name: `${student.lastName} ${student.firstName}` }).waitFor();
    patches = [];
  }

  /** Waits long enough for a PATCH that a keystroke might have started to show up. */
  const settle = () => page.waitForTimeout(600);

  const textbox = (name: string) => page.getByRole('textbox', { name, exact: true });
  const save = () => page.getByRole('button', { name: 'Сохранить' }).click();

  async function firstGrade11Students(count: number): Promise<StudentDetail[]> {
    const candidates = await apiGet<Candidates>(`/organizations/${SCHOOL_ID}/graduation?grade=11`);
    const ids = candidates.eligible.filter((student) => !student.altynBelgiCandidate).slice(0, count);
    expect(ids.length).toBe(count);
    return Promise.all(ids.map(({ id }) => apiGet<StudentDetail>(`/students/${id}`)));
  }

  let editedStudent: StudentDetail;
  let graduatedStudent: StudentDetail;

  it('Enter confirms dates but never saves', async () => {
    [editedStudent, graduatedStudent] = await firstGrade11Students(2);
    await openPassport(editedStudent);

    await textbox('Национальность').fill('казах');
    await textbox('Национальность').press('Enter');
    await settle();
    expect(patches).toEqual([]);
    await page.getByText('Есть несохранённые изменения').waitFor();

    const employment = textbox('Дата трудоустройства');
    await typeDate(employment, '12.06.2026');
    await settle();
    expect(await employment.inputValue()).toBe('12.06.2026');
    expect(patches).toEqual([]);

    const pmpc = textbox('Дата заключения ПМПК');
    await enterDate(pmpc, '2026-06-01');
    expect(await pmpc.inputValue()).toBe('01.06.2026');

    const saved = page.waitForResponse((response) => response.request().method() === 'PATCH');
    await page.keyboard.press('Control+KeyS');
    expect((await saved).status()).toBe(200);
    await page.getByText('Изменения сохранены').waitFor();

    const stored = await apiGet<StudentDetail>(`/students/${editedStudent.id}`);
    expect(stored.passport.nationality).toBe('казах');
    expect(stored.passport.employment_date).toBe('2026-06-12');
    expect(stored.passport.pmpc_conclusion_date).toBe('2026-06-01');
  });

  it('number keeps an out-of-range value', async () => {
    await openPassport(editedStudent);
    const distance = textbox('Расстояние от дома до школы, км');

    await distance.fill('99999');
    await distance.blur();
    await expect.poll(() => inputDescription(distance)).toBe('Значение должно быть от 0 до 300.');
    expect(await distance.inputValue()).toBe('99999');

    await distance.fill('-5');
    await expect.poll(() => inputDescription(distance)).toBe('Значение должно быть от 0 до 300.');

    await distance.fill('пять');
    await expect.poll(() => inputDescription(distance)).toBe('Ожидается число.');

    await save();
    await settle();
    expect(patches).toEqual([]);

    await distance.fill('');
    await expect.poll(() => inputDescription(distance)).toBe('');
  });

  it('rejects dates after today or before 1900', async () => {
    await openPassport(editedStudent);
    const issueDate = textbox('Дата выдачи аттестата');

    await enterDate(issueDate, '2026-06-16');
    await expect.poll(() => inputDescription(issueDate)).toBe('Дата не может быть позже сегодняшней (15.06.2026): укажите дату уже состоявшегося события.');

    await enterDate(issueDate, '1899-06-10');
    await expect.poll(() => inputDescription(issueDate)).toBe('Значение должно быть от 01.01.1900 до 15.06.2026.');

    await save();
    await settle();
    expect(patches).toEqual([]);
  });

  it('phone error names the format', async () => {
    await openPassport(editedStudent);
    const phone = textbox('Контактный телефон');

    await phone.fill('позвонить маме');
    await expect.poll(() => inputDescription(phone)).toBe('Неверный формат. Ожидается: +7 XXX XXX XX XX (можно с пробелами, скобками и дефисами).');

    await switchLanguage(page, 'kk');
    const kazakhPhone = textbox('Байланыс телефоны');
    await kazakhPhone.fill('қоңырау');
    await expect.poll(() => inputDescription(kazakhPhone)).toBe(
      'Пішімі қате. Дұрыс пішімі: +7 XXX XXX XX XX (бос орын, жақша және дефис қоюға болады).',
    );
    await switchLanguage(page, 'ru');
  });

  it('new exam row shows empty cells', async () => {
    await openPassport(editedStudent);
    const field = page.locator('#field-creative_exam_results');

    await field.getByRole('button', { name: 'Добавить строку' }).click();
    await page.getByText('Есть несохранённые изменения').waitFor();
    await save();
    await settle();

    expect(patches).toEqual([]);
    expect(await page.getByText('Несохранённых изменений нет').count()).toBe(0);
    for (const column of ['Дата тестирования', 'Порядковый номер творческого экзамена', 'Наименование творческого экзамена', 'Балл']) {
      const cell = page.getByRole('textbox', { name: `${column}, строка 1` });
      await expect.poll(() => inputDescription(cell), { message: column }).toBe('Не заполнена обязательная ячейка');
    }

    const score = page.getByRole('textbox', { name: 'Балл, строка 1' });
    await score.fill('сто');
    await expect.poll(() => inputDescription(score)).toBe('Ожидается число.');

    // The whole row fits the card on a 1366 px screen, the delete button included.
    const card = await boxOf(page.locator('#section-exams'));
    for (const part of [score, field.getByRole('button', { name: 'Удалить строку 1' })]) {
      const box = await boxOf(part);
      expect(box.x + box.width).toBeLessThanOrEqual(card.x + card.width);
    }
    const scroller = field.locator('.ant-table-content');
    expect(await scroller.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
  });

  it('missing panel lists an emptied surname', async () => {
    await openPassport(editedStudent);
    const panel = page.locator('.passport-missing');
    await panel.getByText('Все обязательные показатели заполнены').waitFor();

    await textbox('Фамилия').fill('');
    await textbox('Национальность').fill('');

    await expect.poll(() => panel.getByRole('listitem').allInnerTexts()).toEqual(['Фамилия', 'Национальность']);
    await panel.getByText('Незаполненные обязательные показатели: 2').waitFor();
    await panel.getByText('Подсчитано по значениям формы, включая несохранённые изменения.').waitFor();
  });

  it('menu highlights the section under the header', async () => {
    await openPassport(editedStudent);
    const activeLink = () => page.locator('nav .ant-anchor-link-active > a').first().innerText();

    // The social section starts just below the sticky header, and the end of the personal section still shows above it.
    await page.evaluate(() => {
      const header = document.querySelector('.passport-header')!.getBoundingClientRect().height;
      const section = document.getElementById('section-social')!.getBoundingClientRect().top + window.scrollY;
      window.scrollTo(0, section - header - 60);
    });
    await expect.poll(activeLink).toBe('Данные о получении социальной помощи');

    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Выпущен' }).click();
    await expect.poll(activeLink).toBe('Выпущен');
    await expect.poll(() => page.evaluate(() => Math.round(document.getElementById('section-graduation')!.getBoundingClientRect().top))).toBeGreaterThan(100);

    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Траектория движения учащегося' }).click();
    await expect.poll(activeLink).toBe('Траектория движения учащегося');
  });

  it('trajectory shows its empty state', async () => {
    await openPassport(editedStudent);

    await page.locator('#section-trajectory').getByText('Движений пока нет').waitFor();
    await page.locator('.passport-header').getByText('Обучается', { exact: true }).waitFor();
  });

  it('graduate shows status and trajectory', async () => {
    const graduation = {
      studentIds: [graduatedStudent.id],
      documentKind: 'general_secondary_attestat',
      departureDate: '2026-06-10',
      orderDate: '2026-06-09',
      orderNumber: '45-ө',
      destination: 'left_country',
      country: 'DE',
    };
    await apiPost(`/organizations/${SCHOOL_ID}/graduation`, graduation);
    await apiPost(`/students/${graduatedStudent.id}/graduation/undo`, {});
    await apiPost(`/organizations/${SCHOOL_ID}/graduation`, { ...graduation, orderNumber: '47-ө', destination: 'university', country: null });

    await openPassport(graduatedStudent);
    await switchLanguage(page, 'kk');
    const header = page.locator('.passport-header');
    await header.getByText('Шығарылды', { exact: true }).waitFor();

    const trajectory = page.locator('#section-trajectory');
    const rows = trajectory.locator('tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(3);
    await showSection(page, 'Оқушы қозғалысының траекториясы');
    const letter = graduatedStudent.enrolment.letter;
    // The school column names where each movement was recorded.
    expect(await rowText(rows.nth(0))).toMatch(new RegExp(`^15\\.06\\.2026 \\d{2}:\\d{2} Шығару 15\\.06\\.2026 \\d{2}:\\d{2} болдырылмады «Кішкенекөл қазақ мектеп-гимназиясы» КММ 11-сынып ${letter} Оқиды`));
    expect(await rowText(rows.nth(1))).toMatch(/Болдырмау Болдырылмаған қозғалыс: Шығару, 15\.06\.2026/);
    expect(await rowText(rows.nth(2))).toMatch(new RegExp(`11-сынып ${letter} Шығарылды .+ № 47-ө, 09\\.06\\.2026 operator$`));

    // Only the graduation that was not undone shows its details. The undone one opens on demand.
    const details = trajectory.locator('.passport-trajectory__graduation').filter({ visible: true });
    await expect.poll(() => details.count()).toBe(1);
    expect(await details.innerText()).toContain('Жалпы орта білім туралы аттестат');
    expect(await details.innerText()).toContain('ЖОО-ға түсті');
    await saveScreenshot(page, 'trajectory-kk');

    await trajectory.getByRole('button', { name: 'Жолды жазу', exact: true }).first().click();
    await expect.poll(() => details.count()).toBe(2);
    expect(await details.first().innerText()).toContain('Германия');

    await switchLanguage(page, 'ru');
    await header.getByText('Выпущен', { exact: true }).waitFor();
    await expect.poll(() => rowText(rows.nth(2))).toMatch(new RegExp(`11 класс ${letter} Выпущен .+ № 47-ө, 09\\.06\\.2026 operator$`));
    expect(await details.first().innerText()).toContain('Выехал за пределы страны');
    expect(await details.first().innerText()).toContain('Германия');
    expect(await details.last().innerText()).toContain('Аттестат об общем среднем образовании');

    await trajectory.getByRole('button', { name: 'Свернуть строку', exact: true }).first().click();
    await expect.poll(() => details.count()).toBe(1);
    await showSection(page, 'Траектория движения учащегося');
    await saveScreenshot(page, 'trajectory-ru');
  });
});

/** Clicks a section in the passport menu and waits until the page stops scrolling. */
async function showSection(page: Page, title: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: title, exact: true }).click();

  let previous = -1;
  await expect
    .poll(async () => {
      const current = await page.evaluate(() => window.scrollY);
      const still = current === previous;
      previous = current;
      return still;
    })
    .toBe(true);
}

async function boxOf(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await locator.boundingBox();
  expect(box).not.toBeNull();
  return box!;
}

/** Returns a table row's text with cells and lines joined by single spaces. */
async function rowText(row: Locator): Promise<string> {
  return (await row.innerText()).replace(/\s+/g, ' ').trim();
}
