import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESTINATIONS } from '../../src/domain/dictionaries/destinations.js';
import { DOCUMENT_KINDS } from '../../src/domain/dictionaries/document-kinds.js';
import type { GraduationCandidates } from '../../src/server/features/graduation/schemas.js';
import type { StudentListItem } from '../../src/server/features/students/schemas.js';
import type { TransferList } from '../../src/server/features/transfer/schemas.js';
import type { YearEndSummary } from '../../src/server/features/year-end/schemas.js';
import { launchBrowser, newAppContext, saveScreenshot } from './support/browser.js';
import { DEMO_PASSWORD, startServer, type RunningServer } from './support/server.js';
import { chooseOption, typeDate } from './support/ui.js';

const SCHOOL_ID = 17009;
const FINAL_GRADE = 11;

/** Every text the test reads or clicks, in the language of the pass. */
interface Texts {
  language: 'kk' | 'ru';
  locale: string;
  username: string;
  password: string;
  login: string;
  openScreen: string;
  grade: (grade: number) => string;
  letter: string;
  selectAll: string;
  selected: (selected: number, total: number) => string;
  graduate: string;
  graduated: (count: number) => string;
  documentKind: string;
  departureDate: string;
  orderDate: string;
  orderNumber: string;
  destination: string;
  transferTab: string;
  transfer: string;
  transferred: (count: number) => string;
  transferredTab: string;
  admissionTab: string;
  admit: string;
  admitted: (count: number) => string;
  admittedTab: string;
  summaryActive: string;
}

const RU: Texts = {
  language: 'ru',
  locale: 'ru-RU',
  username: 'Имя пользователя',
  password: 'Пароль',
  login: 'Войти',
  openScreen: 'Оформить выпуск, перемещение или прием',
  grade: (grade) => `${grade} класс`,
  letter: 'Литера',
  selectAll: 'Отметить всех учащихся в списке',
  selected: (selected, total) => `Отмечено ${selected} из ${total}`,
  graduate: 'Оформить выпуск',
  graduated: (count) => `Выпуск оформлен, выпущено учащихся: ${count}`,
  documentKind: 'Выпущен',
  departureDate: 'Дата выбытия',
  orderDate: 'Дата приказа выбытия',
  orderNumber: 'Номер приказа выбытия',
  destination: 'Трудоустройство',
  transferTab: 'Перемещение',
  transfer: 'Переместить',
  transferred: (count) => `Перемещение оформлено, перемещено учащихся: ${count}`,
  transferredTab: 'Перемещенные',
  admissionTab: 'Прием',
  admit: 'Оформить прием',
  admitted: (count) => `Прием оформлен, принято учащихся: ${count}`,
  admittedTab: 'Принятые',
  summaryActive: 'Осталось оформить',
};

const KK: Texts = {
  language: 'kk',
  locale: 'kk-KZ',
  username: 'Пайдаланушы аты',
  password: 'Құпиясөз',
  login: 'Кіру',
  openScreen: 'Шығаруды, көшіруді немесе қабылдауды рәсімдеу',
  grade: (grade) => `${grade}-сынып`,
  letter: 'Литера',
  selectAll: 'Тізімдегі барлық оқушыны белгілеу',
  selected: (selected, total) => `Белгіленгені: ${selected} / ${total}`,
  graduate: 'Шығаруды рәсімдеу',
  graduated: (count) => `Шығару рәсімделді, шығарылған оқушылар саны: ${count}`,
  documentKind: 'Шығарылды',
  departureDate: 'Кету күні',
  orderDate: 'Кету бұйрығының күні',
  orderNumber: 'Кету бұйрығының нөмірі',
  destination: 'Жұмысқа орналасуы',
  transferTab: 'Көшіру',
  transfer: 'Көшіру',
  transferred: (count) => `Көшіру рәсімделді, көшірілген оқушылар: ${count}`,
  transferredTab: 'Көшірілген',
  admissionTab: 'Қабылдау',
  admit: 'Қабылдауды рәсімдеу',
  admitted: (count) => `Қабылдау рәсімделді, қабылданған оқушылар: ${count}`,
  admittedTab: 'Қабылданғандар',
  summaryActive: 'Рәсімдеу қалды',
};

const dictionaryName = (entries: typeof DESTINATIONS, code: string, language: 'kk' | 'ru') => entries.find((entry) => entry.code === code)!.names[language];

/** Match a button's accessible name that ends with the text: antd icons add their own name before the label. */
function endingWith(text: string): RegExp {
  return new RegExp(`${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

function countByGrade(students: Array<{ grade: number }>): Map<number, number> {
  const counts = new Map<number, number>();
  for (const { grade } of students) counts.set(grade, (counts.get(grade) ?? 0) + 1);
  return counts;
}

describe('year-end of the demo school in Chromium', () => {
  let browser: Browser | undefined;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  /**
   * Run the whole year-end of the demo school in one language on its own
   * server: graduate grades 9 and 11 (part of grade 9 continues at the school),
   * transfer every other grade, admit the grade-9 graduates who continue, and
   * compare the contingent per grade with what the lists promised.
   */
  async function yearEndPass(texts: Texts): Promise<void> {
    const server: RunningServer = await startServer({ KONTINGENT_TODAY: '2026-06-20' });
    const context = await newAppContext(browser!, server.baseUrl, texts.locale);
    const page = await context.newPage();

    const apiGet = async <T,>(path: string): Promise<T> => {
      const response = await page.request.get(`/api/v1${path}`);
      expect(response.status(), `GET ${path}`).toBe(200);
      return (await response.json()) as T;
    };
    const dialog = () => page.getByRole('dialog');

    try {
      await page.goto('/login');
      await page.getByLabel(texts.username).fill('operator');
      await page.getByLabel(texts.password).fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: texts.login, exact: true }).click();
      await page.waitForURL('**/contingent');

      // What the lists promise before anything moves.
      const grade9 = await apiGet<GraduationCandidates>(`/organizations/${SCHOOL_ID}/graduation?grade=9`);
      const grade11 = await apiGet<GraduationCandidates>(`/organizations/${SCHOOL_ID}/graduation?grade=${FINAL_GRADE}`);
      const toTransfer = await apiGet<TransferList>(`/organizations/${SCHOOL_ID}/transfer`);
      const continuing = grade9.eligible.filter((student) => student.letter === 'А');
      const leaving = grade9.eligible.filter((student) => student.letter !== 'А');
      expect(continuing.length).toBeGreaterThan(0);
      expect(leaving.length).toBeGreaterThan(0);
      expect(toTransfer.eligible!.length).toBeGreaterThan(100);

      const stay = countByGrade([...toTransfer.notReady!.map((item) => item.student), ...grade9.notReady.map((item) => item.student), ...grade11.notReady.map((item) => item.student)]);
      const arrive = countByGrade(toTransfer.eligible!.map((student) => ({ grade: student.grade + 1 })));
      arrive.set(10, (arrive.get(10) ?? 0) + continuing.length);
      const expected = new Map<number, number>();
      for (const [grade, count] of [...stay, ...arrive]) expected.set(grade, (expected.get(grade) ?? 0) + count);

      // Graduation: grade 9 letter А continues at the school, the rest of grade 9 goes to college.
      await page.getByRole('button', { name: endingWith(texts.openScreen) }).click();
      await page.waitForURL('**/year-end/graduation');
      await page.getByText(texts.selected(0, grade9.eligible.length), { exact: true }).waitFor();
      await saveScreenshot(page, `year-end-summary-${texts.language}`);

      const graduate = async (students: StudentListItem[], documentKind: string, destination: string, total: number) => {
        await page.getByRole('checkbox', { name: texts.selectAll, exact: true }).check();
        await page.getByText(texts.selected(students.length, total), { exact: true }).waitFor();
        await page.getByRole('button', { name: endingWith(texts.graduate) }).click();

        const form = dialog();
        await chooseOption(form.getByLabel(texts.documentKind), dictionaryName(DOCUMENT_KINDS, documentKind, texts.language));
        await typeDate(form.getByLabel(texts.departureDate), '10.06.2026');
        await typeDate(form.getByLabel(texts.orderDate), '09.06.2026');
        await form.getByLabel(texts.orderNumber).fill('58-ө');
        await chooseOption(form.getByLabel(texts.destination), dictionaryName(DESTINATIONS, destination, texts.language));
        await form.getByRole('button', { name: texts.graduate, exact: true }).click();
        await page.getByText(texts.graduated(students.length), { exact: true }).waitFor();
        await dialog().waitFor({ state: 'detached' });
      };

      // The letter filter has no search: Enter picks the first letter, А.
      const letterFilter = page.getByLabel(texts.letter);
      await letterFilter.click();
      await letterFilter.press('Enter');
      await page.getByRole('row').filter({ hasText: leaving[0].iin }).waitFor({ state: 'detached' });
      await graduate(continuing, 'basic_secondary_attestat', 'continues_at_school', grade9.eligible.length);
      await page.reload();
      await graduate(leaving, 'basic_secondary_attestat', 'college', leaving.length);

      await page.getByRole('tab', { name: texts.grade(FINAL_GRADE), exact: true }).click();
      await page.waitForURL(`**/year-end/graduation?grade=${FINAL_GRADE}`);
      await graduate(grade11.eligible, 'general_secondary_attestat', 'university', grade11.eligible.length);

      // Transfer every ready student of the other grades in one request.
      await page.getByRole('tab', { name: texts.transferTab, exact: true }).click();
      await page.waitForURL('**/year-end/transfer');
      const ready = toTransfer.eligible!.length;
      await page.getByText(texts.selected(0, ready), { exact: true }).waitFor();
      await page.getByRole('checkbox', { name: texts.selectAll, exact: true }).check();
      await page.getByText(texts.selected(ready, ready), { exact: true }).waitFor();
      await page.getByRole('button', { name: endingWith(texts.transfer) }).click();
      await dialog().getByText(`${texts.grade(5)} → ${texts.grade(6)}`, { exact: false }).waitFor();
      await saveScreenshot(page, `transfer-dialog-${texts.language}`);
      await dialog().getByRole('button', { name: texts.transfer, exact: true }).click();
      await page.getByText(texts.transferred(ready), { exact: true }).waitFor();
      await dialog().waitFor({ state: 'detached' });
      await page.getByText(texts.transferred(ready), { exact: true }).waitFor({ state: 'hidden' });
      await saveScreenshot(page, `transfer-not-transferred-${texts.language}`);

      await page.getByRole('tab', { name: texts.transferredTab, exact: true }).click();
      await page.waitForURL('**/year-end/transfer?state=transferred');
      await page.getByRole('row').filter({ hasText: toTransfer.eligible![0].iin }).waitFor();
      await saveScreenshot(page, `transfer-transferred-${texts.language}`);

      // Admit the graduates who continue, into grade 10 with their letter.
      await page.getByRole('tab', { name: texts.admissionTab, exact: true }).click();
      await page.waitForURL('**/year-end/admission');
      await page.getByText(texts.selected(0, continuing.length), { exact: true }).waitFor();
      for (const student of leaving) expect(await page.getByRole('row').filter({ hasText: student.iin }).count()).toBe(0);
      await page.getByRole('checkbox', { name: texts.selectAll, exact: true }).check();
      await saveScreenshot(page, `admission-${texts.language}`);
      await page.getByRole('button', { name: endingWith(texts.admit) }).click();
      await dialog().getByRole('button', { name: texts.admit, exact: true }).click();
      await page.getByText(texts.admitted(continuing.length), { exact: true }).waitFor();
      await page.getByText(texts.admitted(continuing.length), { exact: true }).waitFor({ state: 'hidden' });

      await page.getByRole('tab', { name: texts.admittedTab, exact: true }).click();
      await page.waitForURL('**/year-end/admission?state=admitted');
      for (const student of continuing) await page.getByRole('row').filter({ hasText: student.iin }).waitFor();
      await saveScreenshot(page, `admission-admitted-${texts.language}`);

      // The contingent per grade is what the lists promised.
      const contingent = await apiGet<{ items: StudentListItem[]; total: number }>(`/organizations/${SCHOOL_ID}/students?status=active&pageSize=500`);
      expect(contingent.items).toHaveLength(contingent.total);
      expect(Object.fromEntries(countByGrade(contingent.items))).toEqual(Object.fromEntries(expected));

      // The summary is left with the students who were not ready.
      const summary = await apiGet<YearEndSummary>(`/organizations/${SCHOOL_ID}/year-end`);
      const notReady = toTransfer.notReady!.length + grade9.notReady.length + grade11.notReady.length;
      expect(summary.grades.reduce((total, row) => total + row.active, 0)).toBe(notReady);
      expect(summary.grades.reduce((total, row) => total + row.notReady, 0)).toBe(notReady);
      expect(summary.grades.find((row) => row.grade === 9)).toMatchObject({ graduated: grade9.eligible.length, admitted: continuing.length });
      expect(summary.grades.find((row) => row.grade === FINAL_GRADE)).toMatchObject({ graduated: grade11.eligible.length });

      await page.getByRole('columnheader', { name: texts.summaryActive, exact: true }).scrollIntoViewIfNeeded();
      await saveScreenshot(page, `year-end-summary-done-${texts.language}`);
    } finally {
      await context.close();
      await server.stop();
    }
  }

  it('runs the year-end in Russian', async () => {
    await yearEndPass(RU);
  });

  it('runs the year-end in Kazakh', async () => {
    await yearEndPass(KK);
  });
});
