import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indicatorByCode } from '../../src/domain/passport/catalogue.js';
import type { GraduationCandidates } from '../../src/server/features/graduation/schemas.js';
import type { StudentListItem } from '../../src/server/features/students/schemas.js';
import { launchBrowser, newAppContext, saveScreenshot } from './support/browser.js';
import { DEMO_PASSWORD, startServer, type RunningServer } from './support/server.js';
import { chooseOption, typeDate } from './support/ui.js';

const SCHOOL_ID = 17009;
const REHEARSAL_DATE = '2026-06-15';

type ListItem = StudentListItem;
type EligibleStudent = GraduationCandidates['eligible'][number];

interface GraduationRecord {
  summary: (count: number) => string;
  documentKind: string;
  departureDate: string;
  orderDate: string;
  orderNumber: string;
  destination: string;
  country: string | null;
  graduationYear: number;
}

interface Movement {
  kind: string;
  after: { status: string; grade: number; graduation: GraduationRecord | null };
}

/** Every text the test reads or clicks, in the language of the pass. */
interface Texts {
  locale: string;
  rehearsal: string;
  username: string;
  password: string;
  login: string;
  openScreen: string;
  menu: string;
  title: string;
  topTab: string;
  grade11: string;
  selected: (selected: number, total: number) => string;
  shown: (shown: number, total: number) => string;
  selectRow: (name: string) => string;
  submit: string;
  unconfirmed: string;
  unconfirmedHint: string;
  notReadyTitle: (count: number) => string;
  fillPassport: string;
  summary: (count: number) => string;
  documentKind: string;
  departureDate: string;
  departureWindow: string;
  orderDate: string;
  orderNumber: string;
  destination: string;
  country: string;
  generalAttestat: string;
  altynBelgiAttestat: string;
  leftCountry: string;
  germany: string;
  success: (count: number) => string;
  altynBelgiError: string;
  studentErrors: string;
  cancel: string;
  graduatesTab: string;
  contingentTab: string;
  graduationYear: string;
  undo: string;
  undoUntil: string;
  undone: (name: string) => string;
  search: string;
}

const RU: Texts = {
  locale: 'ru-RU',
  rehearsal: 'Репетиция: приложение считает, что сегодня 15.06.2026',
  username: 'Имя пользователя',
  password: 'Пароль',
  login: 'Войти',
  openScreen: 'Оформить выпуск, перемещение или прием',
  menu: 'Выпуск, перемещение, прием',
  title: 'Оформить выпуск, перемещение или прием',
  topTab: 'Выпуск',
  grade11: '11 класс',
  selected: (selected, total) => `Отмечено ${selected} из ${total}`,
  shown: (shown, total) => `Показано ${shown} записей из ${total}`,
  selectRow: (name) => `Отметить: ${name}`,
  submit: 'Оформить выпуск',
  unconfirmed: 'Нет подтверждения',
  unconfirmedHint: 'не отмечен показатель «Подтвердил знак „Алтын белгі“»',
  notReadyTitle: (count) => `Не готовы к выпуску: ${count}`,
  fillPassport: 'Заполнить паспорт',
  summary: (count) => `11 класс, учащихся: ${count}`,
  documentKind: 'Выпущен',
  departureDate: 'Дата выбытия',
  departureWindow: 'Только июнь закрываемого учебного года: с 01.06.2026 по 30.06.2026.',
  orderDate: 'Дата приказа выбытия',
  orderNumber: 'Номер приказа выбытия',
  destination: 'Трудоустройство',
  country: 'Страна выбытия',
  generalAttestat: 'Аттестат об общем среднем образовании',
  altynBelgiAttestat: 'Аттестат «Алтын белгі»',
  leftCountry: 'Выехал за пределы страны',
  germany: 'Германия',
  success: (count) => `Выпуск оформлен, выпущено учащихся: ${count}`,
  altynBelgiError: 'Для аттестата «Алтын белгі» в паспорте учащегося должен быть отмечен показатель',
  studentErrors: 'Учащиеся, из-за которых выпуск не оформлен:',
  cancel: 'Отмена',
  graduatesTab: 'Выпускники',
  contingentTab: 'Контингент',
  graduationYear: 'Год выпуска',
  undo: 'Отменить выпуск',
  undoUntil: 'Можно отменить до 29.06.2026 включительно',
  undone: (name) => `Выпуск отменён, учащийся снова в контингенте: ${name}`,
  search: 'Поиск',
};

const KK: Texts = {
  locale: 'kk-KZ',
  rehearsal: 'Репетиция: қолданба бүгінгі күнді 15.06.2026 деп есептейді',
  username: 'Пайдаланушы аты',
  password: 'Құпиясөз',
  login: 'Кіру',
  openScreen: 'Шығаруды, көшіруді немесе қабылдауды рәсімдеу',
  menu: 'Шығару, көшіру, қабылдау',
  title: 'Шығаруды, көшіруді немесе қабылдауды рәсімдеу',
  topTab: 'Түлектерді шығару',
  grade11: '11-сынып',
  selected: (selected, total) => `Белгіленгені: ${selected} / ${total}`,
  shown: (shown, total) => `Барлығы ${total} жазба, көрсетілгені ${shown}`,
  selectRow: (name) => `Белгілеу: ${name}`,
  submit: 'Шығаруды рәсімдеу',
  unconfirmed: 'Расталмаған',
  unconfirmedHint: '«„Алтын белгі“ белгісін растады» көрсеткіші белгіленбеген',
  notReadyTitle: (count) => `Шығаруға дайын емес: ${count}`,
  fillPassport: 'Паспортты толтыру',
  summary: (count) => `11-сынып, оқушылар саны: ${count}`,
  documentKind: 'Шығарылды',
  departureDate: 'Кету күні',
  departureWindow: 'Тек жабылатын оқу жылының маусым айы: 01.06.2026 – 30.06.2026.',
  orderDate: 'Кету бұйрығының күні',
  orderNumber: 'Кету бұйрығының нөмірі',
  destination: 'Жұмысқа орналасуы',
  country: 'Кету елі',
  generalAttestat: 'Жалпы орта білім туралы аттестат',
  altynBelgiAttestat: '«Алтын белгі» аттестаты',
  leftCountry: 'Қазақстан Республикасынан тыс жерге кетті',
  germany: 'Германия',
  success: (count) => `Шығару рәсімделді, шығарылған оқушылар саны: ${count}`,
  altynBelgiError: '«Алтын белгі» аттестаты үшін оқушы паспортында',
  studentErrors: 'Шығаруға кедергі болған оқушылар:',
  cancel: 'Бас тарту',
  graduatesTab: 'Түлектер',
  contingentTab: 'Контингент',
  graduationYear: 'Шығарылған жылы',
  undo: 'Шығаруды болдырмау',
  undoUntil: '29.06.2026 қоса алғанда болдырмауға болады',
  undone: (name) => `Оқушы контингентке қайтарылды: ${name}`,
  search: 'Іздеу',
};

/**
 * Match a button's accessible name that ends with the text: antd icons inside
 * buttons add their own name ("export") before the label.
 */
function endingWith(text: string): RegExp {
  return new RegExp(`${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

function fullName(student: ListItem): string {
  return [student.lastName, student.firstName, student.middleName].filter(Boolean).join(' ');
}

describe('graduation in Chromium', () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    server = await startServer({ KONTINGENT_TODAY: REHEARSAL_DATE });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    try {
      await browser?.close();
    } finally {
      await server?.stop();
    }
  });

  async function openPage(texts: Texts): Promise<Page> {
    // A common laptop screen, in Almaty's time zone like the schools.
    const context = await newAppContext(browser!, server!.baseUrl, texts.locale);
    return context.newPage();
  }

  async function apiGet<T>(page: Page, path: string): Promise<T> {
    const response = await page.request.get(`/api/v1${path}`);
    expect(response.status(), `GET ${path}`).toBe(200);
    return (await response.json()) as T;
  }

  async function logIn(page: Page, texts: Texts): Promise<void> {
    await page.goto('/login');
    await expect.poll(() => page.getByRole('alert').filter({ hasText: texts.rehearsal }).count()).toBe(1);

    await page.getByLabel(texts.username).fill('operator');
    await page.getByLabel(texts.password).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: texts.login, exact: true }).click();
    await page.waitForURL('**/contingent');
  }

  /** Open the Graduation tab of the year-end screen at grade 11, from the button on the contingent page. */
  async function openGrade11(page: Page, texts: Texts, grade9: GraduationCandidates): Promise<void> {
    await page.getByRole('button', { name: endingWith(texts.openScreen) }).click();
    await page.waitForURL('**/year-end/graduation');

    await page.getByRole('heading', { name: texts.title, exact: true }).waitFor();
    expect(await page.getByRole('menuitem', { name: texts.menu }).count()).toBe(1);
    expect(await page.getByRole('tab', { name: texts.topTab, exact: true, selected: true }).count()).toBe(1);

    // Grade 9 opens first: its own lists, and no Altyn Belgi column.
    await page.getByText(texts.selected(0, grade9.eligible.length), { exact: true }).waitFor();
    await page.getByRole('heading', { name: texts.notReadyTitle(grade9.notReady.length), exact: true }).waitFor();
    expect(await page.getByRole('columnheader', { name: '«Алтын белгі»', exact: true }).count()).toBe(0);

    await page.getByRole('tab', { name: texts.grade11, exact: true }).click();
    await page.waitForURL('**/year-end/graduation?grade=11');
  }

  function selectedCounter(page: Page, texts: Texts, selected: number, total: number) {
    return page.getByText(texts.selected(selected, total), { exact: true });
  }

  function dialog(page: Page) {
    return page.getByRole('dialog');
  }

  async function fillDialog(page: Page, texts: Texts, documentKind: string, students: number): Promise<void> {
    const form = dialog(page);
    await chooseOption(form.getByLabel(texts.documentKind), documentKind);
    await typeDate(form.getByLabel(texts.departureDate), '10.06.2026');
    await typeDate(form.getByLabel(texts.orderDate), '09.06.2026');
    await form.getByLabel(texts.orderNumber).fill('45-ө');
    await chooseOption(form.getByLabel(texts.destination), texts.leftCountry);
    await chooseOption(form.getByLabel(texts.country), texts.germany);

    // A click beside the fields closes the last dropdown, which would cover the form in the screenshot.
    await form.getByText(texts.summary(students), { exact: true }).click();
    await expect.poll(() => page.getByText(texts.germany, { exact: true }).filter({ visible: true }).count()).toBe(1);
  }

  /**
   * Run the whole graduation flow in one language: the lists of grade 11, a
   * rejected request, the graduation of three students, the Graduates tab and
   * the undo of one of them.
   */
  async function graduationPass(texts: Texts, language: 'ru' | 'kk', pick: (eligible: EligibleStudent[]) => EligibleStudent[]): Promise<void> {
    const page = await openPage(texts);
    await logIn(page, texts);

    const before = await apiGet<GraduationCandidates>(page, `/organizations/${SCHOOL_ID}/graduation?grade=11`);
    const total = before.eligible.length;
    expect(before.notReady.length).toBe(2);

    const grade9 = await apiGet<GraduationCandidates>(page, `/organizations/${SCHOOL_ID}/graduation?grade=9`);
    await openGrade11(page, texts, grade9);

    // The ready students, their count and the disabled button.
    for (const student of before.eligible) await page.getByRole('checkbox', { name: texts.selectRow(fullName(student)), exact: true }).waitFor();
    await selectedCounter(page, texts, 0, total).waitFor();
    await page.getByText(texts.shown(total, total), { exact: true }).waitFor();
    const submit = page.getByRole('button', { name: endingWith(texts.submit) });
    expect(await submit.isDisabled()).toBe(true);

    // GraduationCandidates without confirmation carry a warning tag whose tooltip explains what to check.
    const unconfirmed = before.eligible.filter((student) => student.altynBelgiWarning);
    expect(unconfirmed.length).toBeGreaterThan(0);
    const warningTags = page.getByText(texts.unconfirmed, { exact: true });
    expect(await warningTags.count()).toBe(unconfirmed.length);
    await warningTags.first().hover();
    await page.getByRole('tooltip').filter({ hasText: texts.unconfirmedHint }).waitFor();
    await page.mouse.move(0, 0);
    await page.getByRole('tooltip').filter({ hasText: texts.unconfirmedHint }).waitFor({ state: 'hidden' });

    await saveScreenshot(page, `graduation-tab-${language}`);

    // The not-ready list names every missing indicator and links to the first one.
    const notReadyHeading = page.getByRole('heading', { name: texts.notReadyTitle(before.notReady.length), exact: true });
    await notReadyHeading.scrollIntoViewIfNeeded();
    for (const { student, missing } of before.notReady) {
      const row = page.getByRole('row').filter({ hasText: student.iin });
      const text = await row.innerText();
      for (const code of missing) expect(text).toContain(indicatorByCode(code)!.labels[language]);

      const link = row.getByRole('link', { name: texts.fillPassport, exact: true });
      expect(await link.getAttribute('href')).toBe(`/students/${student.id}?field=${missing[0]}`);
    }
    await notReadyHeading.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await saveScreenshot(page, `graduation-not-ready-${language}`);

    // The link opens the passport with the cursor in the first missing field.
    const [first] = before.notReady;
    await page.getByRole('row').filter({ hasText: first.student.iin }).getByRole('link', { name: texts.fillPassport, exact: true }).click();
    await page.waitForURL(`**/students/${first.student.id}?field=${first.missing[0]}`);
    const firstMissingField = page.getByRole('textbox', { name: indicatorByCode(first.missing[0])!.labels[language], exact: true });
    await expect.poll(() => firstMissingField.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.goBack();
    await page.waitForURL('**/year-end/graduation?grade=11');

    // The Altyn Belgi attestat for an unconfirmed candidate is rejected, and the dialog names the student.
    const candidate = unconfirmed[0];
    await page.getByRole('checkbox', { name: texts.selectRow(fullName(candidate)), exact: true }).check();
    await selectedCounter(page, texts, 1, total).waitFor();
    await submit.click();
    await fillDialog(page, texts, texts.altynBelgiAttestat, 1);
    await dialog(page).getByRole('button', { name: texts.submit, exact: true }).click();

    const rejection = dialog(page).getByRole('alert');
    await rejection.filter({ hasText: texts.altynBelgiError }).waitFor();
    const rejectionText = await rejection.innerText();
    expect(rejectionText).toContain(texts.studentErrors);
    expect(rejectionText).toContain(fullName(candidate));

    await dialog(page).getByRole('button', { name: texts.cancel, exact: true }).click();
    await dialog(page).waitFor({ state: 'detached' });
    await page.getByRole('checkbox', { name: texts.selectRow(fullName(candidate)), exact: true }).uncheck();
    const stillActive = await apiGet<{ enrolment: { status: string } }>(page, `/students/${candidate.id}`);
    expect(stillActive.enrolment.status).toBe('active');

    // Three students graduate together.
    const chosen = pick(before.eligible);
    expect(chosen.length).toBe(3);
    for (const student of chosen) await page.getByRole('checkbox', { name: texts.selectRow(fullName(student)), exact: true }).check();
    await selectedCounter(page, texts, 3, total).waitFor();
    expect(await submit.isDisabled()).toBe(false);

    await submit.click();
    await fillDialog(page, texts, texts.generalAttestat, 3);
    await dialog(page).getByText(texts.departureWindow, { exact: true }).waitFor();
    await page.mouse.move(0, 0);
    await saveScreenshot(page, `graduation-dialog-${language}`);

    await dialog(page).getByRole('button', { name: texts.submit, exact: true }).click();
    await page.getByText(texts.success(3), { exact: true }).waitFor();
    await dialog(page).waitFor({ state: 'detached' });
    await selectedCounter(page, texts, 0, total - 3).waitFor();

    for (const student of chosen) {
      const movements = await apiGet<Movement[]>(page, `/students/${student.id}/movements`);
      const graduation = movements.at(-1)!;
      expect(graduation.kind).toBe('graduation');
      expect(graduation.after.status).toBe('graduated');
      expect(graduation.after.graduation).toMatchObject({
        documentKind: 'general_secondary_attestat',
        departureDate: '2026-06-10',
        orderDate: '2026-06-09',
        orderNumber: '45-ө',
        destination: 'left_country',
        country: 'DE',
        graduationYear: 2026,
      });
    }

    // The Graduates tab of the contingent list shows them with the year and the undo action.
    await page.getByRole('menuitem', { name: texts.contingentTab }).click();
    await page.getByRole('tab', { name: texts.graduatesTab, exact: true }).click();
    await page.waitForURL('**/contingent?status=graduated');
    await page.getByRole('columnheader', { name: texts.graduationYear, exact: true }).waitFor();
    for (const student of chosen) {
      const row = page.getByRole('row').filter({ hasText: student.iin });
      await row.getByRole('button', { name: endingWith(texts.undo) }).waitFor();
      expect(await row.innerText()).toContain('2026');
    }
    // The success message of the graduation would cover the menu in the screenshot.
    await page.getByText(texts.success(3), { exact: true }).waitFor({ state: 'hidden' });
    await saveScreenshot(page, `graduates-${language}`);

    // Undo one graduation, confirmed in the pop-up, and find the student back in the contingent.
    const undone = chosen[0];
    const undoButton = page.getByRole('row').filter({ hasText: undone.iin }).getByRole('button', { name: endingWith(texts.undo) });
    await undoButton.hover();
    await page.getByRole('tooltip').filter({ hasText: texts.undoUntil }).waitFor();
    await undoButton.click();
    await page.getByRole('tooltip').getByRole('button', { name: texts.undo, exact: true }).click();
    await page.getByText(texts.undone(fullName(undone)), { exact: true }).waitFor();
    await page.getByRole('row').filter({ hasText: undone.iin }).waitFor({ state: 'detached' });

    const restored = await apiGet<{ enrolment: { status: string; grade: number; letter: string } }>(page, `/students/${undone.id}`);
    expect(restored.enrolment).toMatchObject({ status: 'active', grade: 11, letter: undone.letter });
    for (const student of chosen.slice(1)) {
      const graduate = await apiGet<{ enrolment: { status: string } }>(page, `/students/${student.id}`);
      expect(graduate.enrolment.status).toBe('graduated');
    }

    await page.getByRole('tab', { name: texts.contingentTab, exact: true }).click();
    await page.getByLabel(texts.search).fill(undone.iin);
    await page.getByRole('row').filter({ hasText: undone.iin }).waitFor();
    expect(await page.getByRole('row').filter({ hasText: undone.iin }).innerText()).toContain(undone.lastName);

    await page.context().close();
  }

  it('graduates, lists and undoes in Russian', async () => {
    await graduationPass(RU, 'ru', (eligible) => eligible.filter((student) => !student.externalStudy && !student.altynBelgiCandidate).slice(0, 3));
  });

  it('graduates, lists and undoes in Kazakh', async () => {
    // The Russian pass left two of its students graduated, so this pass graduates three others.
    await graduationPass(KK, 'kk', (eligible) => eligible.filter((student) => !student.externalStudy && !student.altynBelgiCandidate).slice(1, 4));
  });
});
