import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PendingArrivalItem } from '../../src/server/features/arrivals/schemas.js';
import type { DetailedTrajectoryStep } from '../../src/server/features/movements/trajectory-details.js';
import type { StudentDetail, StudentListItem } from '../../src/server/features/students/schemas.js';
import { launchBrowser, newAppContext, saveScreenshot } from './support/browser.js';
import { DEMO_PASSWORD, startServer, type RunningServer } from './support/server.js';
import { SECOND_OPERATOR, SECOND_SCHOOL, seedTwoSchools } from './support/two-schools.js';
import { chooseOption, enterDate } from './support/ui.js';

const SENDER_ID = 17009;
const RECEIVER_ID = SECOND_SCHOOL.id;
const REHEARSAL_DATE = '2026-03-02';

/** Every text the test reads or clicks, in the language of the pass. */
interface Texts {
  locale: string;
  username: string;
  password: string;
  login: string;
  sender: string;
  receiver: string;
  tabs: { contingent: string; departed: string; pendingDeparture: string; pendingArrival: string };
  search: string;
  grade: string;
  letter: string;
  processDeparture: string;
  reason: string;
  receivingSchool: string;
  country: string;
  departureDate: string;
  orderDate: string;
  orderNumber: string;
  toSchool: string;
  abroad: string;
  germany: string;
  pendingSuccess: string;
  departedSuccess: (name: string) => string;
  accept: string;
  reject: string;
  studyForm: string;
  arrivalOrderNumber: string;
  arrivalOrderDate: string;
  accepted: (name: string) => string;
  rejectReason: string;
  rejected: (name: string) => string;
  trajectory: string;
  departureKind: string;
  arrivalKind: string;
  notFound: string;
  selectRow: (name: string) => string;
  changeStudyForm: string;
  selected: (selected: number, total: number) => string;
  newStudyForm: string;
  homeSchooling: string;
  studyFormOrderNumber: string;
  studyFormOrderDate: string;
  studyFormSummary: (count: number) => string;
  change: string;
  studyFormChanged: (count: number) => string;
  abroadReasonCell: string;
  registerArrival: string;
  iin: string;
  lastName: string;
  firstName: string;
  submitArrival: string;
  enrolledElsewhere: string;
  requestMove: string;
  requestSent: string;
  incomingRequests: (count: number) => string;
  outgoingRequests: (count: number) => string;
  returned: string;
}

const RU: Texts = {
  locale: 'ru-RU',
  username: 'Имя пользователя',
  password: 'Пароль',
  login: 'Войти',
  sender: 'КГУ «Кишкенекольская казахская школа-гимназия»',
  receiver: 'КГУ «Кишкенекольская средняя школа № 2»',
  tabs: { contingent: 'Контингент', departed: 'Выбывшие', pendingDeparture: 'На выбытие', pendingArrival: 'На прибытие' },
  search: 'Поиск',
  grade: 'Параллель',
  letter: 'Литера',
  processDeparture: 'Оформить выбытие',
  reason: 'Причина выбытия',
  receivingSchool: 'Принимающая школа',
  country: 'Страна выбытия',
  departureDate: 'Дата выбытия',
  orderDate: 'Дата приказа выбытия',
  orderNumber: 'Номер приказа выбытия',
  toSchool: 'Перевод в другую школу Казахстана',
  abroad: 'Выезд за пределы Республики Казахстан',
  germany: 'Германия',
  pendingSuccess: 'Выбытие оформлено: учащийся ждёт приёма в организации КГУ «Кишкенекольская средняя школа № 2»',
  departedSuccess: (name) => `Выбытие оформлено: ${name}`,
  accept: 'Принять',
  reject: 'Отклонить',
  studyForm: 'Форма обучения',
  arrivalOrderNumber: 'Номер приказа о прибытии',
  arrivalOrderDate: 'Дата приказа о прибытии',
  accepted: (name) => `Учащийся принят в контингент: ${name}`,
  rejectReason: 'Причина отказа',
  rejected: (name) => `Прибытие отклонено: ${name}`,
  trajectory: 'Траектория движения учащегося',
  departureKind: 'Выбытие',
  arrivalKind: 'Прибытие',
  notFound: 'Учащийся не найден.',
  selectRow: (name) => `Отметить: ${name}`,
  changeStudyForm: 'Изменить форму обучения',
  selected: (selected, total) => `Отмечено ${selected} из ${total}`,
  newStudyForm: 'Новая форма обучения',
  homeSchooling: 'Обучение на дому',
  studyFormOrderNumber: 'Номер приказа',
  studyFormOrderDate: 'Дата приказа',
  studyFormSummary: (count) => `Учащихся: ${count}`,
  change: 'Изменить',
  studyFormChanged: (count) => `Форма обучения изменена, учащихся: ${count}.`,
  abroadReasonCell: 'Выезд за пределы Республики Казахстан (Германия)',
  registerArrival: 'Оформить прибытие',
  iin: 'ИИН',
  lastName: 'Фамилия',
  firstName: 'Имя',
  submitArrival: 'Оформить прибытие',
  enrolledElsewhere:
    'Учащийся с этим ИИН обучается в организации КГУ «Кишкенекольская казахская школа-гимназия» (Северо-Казахстанская область → Уалихановский район → Кишкенекольский с.о. → с.Кишкенеколь): вместо прибытия запросите перевод из этой школы.',
  requestMove: 'Запросить перевод',
  requestSent: 'Запрос отправлен в организацию КГУ «Кишкенекольская казахская школа-гимназия»',
  incomingRequests: (count) => `Запросы других школ на перевод: ${count}`,
  outgoingRequests: (count) => `Запросы вашей школы на перевод: ${count}`,
  returned: 'Не приняты принимающей школой за 30 дней',
};

const KK: Texts = {
  locale: 'kk-KZ',
  username: 'Пайдаланушы аты',
  password: 'Құпиясөз',
  login: 'Кіру',
  sender: '«Кішкенекөл қазақ мектеп-гимназиясы» КММ',
  receiver: '«Кішкенекөл № 2 орта мектебі» КММ',
  tabs: { contingent: 'Контингент', departed: 'Шығып кеткендер', pendingDeparture: 'Шығатындар', pendingArrival: 'Келетіндер' },
  search: 'Іздеу',
  grade: 'Параллель',
  letter: 'Литера',
  processDeparture: 'Шығуды рәсімдеу',
  reason: 'Шығу себебі',
  receivingSchool: 'Қабылдайтын мектеп',
  country: 'Кету елі',
  departureDate: 'Кету күні',
  orderDate: 'Кету бұйрығының күні',
  orderNumber: 'Кету бұйрығының нөмірі',
  toSchool: 'Қазақстандағы басқа мектепке ауысу',
  abroad: 'Қазақстан Республикасынан тыс жерге кету',
  germany: 'Германия',
  pendingSuccess: 'Шығу рәсімделді: оқушы «Кішкенекөл № 2 орта мектебі» КММ ұйымының қабылдауын күтуде',
  departedSuccess: (name) => `Шығу рәсімделді: ${name}`,
  accept: 'Қабылдау',
  reject: 'Қабылдамау',
  studyForm: 'Оқу нысаны',
  arrivalOrderNumber: 'Келу бұйрығының нөмірі',
  arrivalOrderDate: 'Келу бұйрығының күні',
  accepted: (name) => `Оқушы контингентке қабылданды: ${name}`,
  rejectReason: 'Бас тарту себебі',
  rejected: (name) => `Келу қабылданбады: ${name}`,
  trajectory: 'Оқушы қозғалысының траекториясы',
  departureKind: 'Шығу',
  arrivalKind: 'Келу',
  notFound: 'Оқушы табылмады.',
  selectRow: (name) => `Белгілеу: ${name}`,
  changeStudyForm: 'Оқу нысанын өзгерту',
  selected: (selected, total) => `Белгіленгені: ${selected} / ${total}`,
  newStudyForm: 'Жаңа оқу нысаны',
  homeSchooling: 'Үйде оқыту',
  studyFormOrderNumber: 'Бұйрық нөмірі',
  studyFormOrderDate: 'Бұйрық күні',
  studyFormSummary: (count) => `Оқушылар саны: ${count}`,
  change: 'Өзгерту',
  studyFormChanged: (count) => `Оқу нысаны өзгертілген оқушылар саны: ${count}.`,
  abroadReasonCell: 'Қазақстан Республикасынан тыс жерге кету (Германия)',
  registerArrival: 'Келуді рәсімдеу',
  iin: 'ЖСН',
  lastName: 'Тегі',
  firstName: 'Аты',
  submitArrival: 'Келуді рәсімдеу',
  enrolledElsewhere:
    'Бұл ЖСН-і бар оқушы «Кішкенекөл қазақ мектеп-гимназиясы» КММ ұйымында оқиды (Солтүстік Қазақстан облысы → Уәлиханов ауданы → Кішкенекөл а.о. → Кішкенекөл а.): келуді рәсімдеудің орнына сол мектептен ауыстыруды сұраңыз.',
  requestMove: 'Ауыстыруды сұрау',
  requestSent: 'Сұрау «Кішкенекөл қазақ мектеп-гимназиясы» КММ ұйымына жіберілді',
  incomingRequests: (count) => `Басқа мектептердің ауыстыру сұраулары: ${count}`,
  outgoingRequests: (count) => `Мектебіңіздің ауыстыру сұраулары: ${count}`,
  returned: 'Соңғы 30 күнде қабылдайтын мектеп қабылдамағандар',
};

/** Match a button's accessible name that ends with the text: antd icons inside buttons add their own name before the label. */
function endingWith(text: string): RegExp {
  return new RegExp(`${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

/** Take the focus off the search box or field that has it, so the screenshot shows no focus ring. */
async function blur(page: Page): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

function fullName(student: { lastName: string; firstName: string; middleName: string | null }): string {
  return [student.lastName, student.firstName, student.middleName].filter(Boolean).join(' ');
}

/**
 * Declare the tests of one language. Each language gets a server of its own,
 * so the lists and notices in its screenshots show only its own work.
 */
function describeLanguage(texts: Texts, language: 'ru' | 'kk'): void {
  describe(`departures and arrivals between two schools in Chromium (${language})`, () => {
    let server: RunningServer | undefined;
    let browser: Browser | undefined;
    /** Grade 7 of the demo school, in contingent order; each step of each pass takes students of its own. */
    let grade7: StudentListItem[] = [];

    beforeAll(async () => {
      server = await startServer({ KONTINGENT_TODAY: REHEARSAL_DATE }, { prepare: seedTwoSchools(REHEARSAL_DATE) });
      browser = await launchBrowser();

      const page = await logIn(RU, 'operator');
      grade7 = (await apiGet<{ items: StudentListItem[] }>(page, `/organizations/${SENDER_ID}/students?grade=7&pageSize=100`)).items;
      expect(grade7.length).toBeGreaterThanOrEqual(10);
      await page.context().close();
    });

    afterAll(async () => {
      try {
        await browser?.close();
      } finally {
        await server?.stop();
      }
    });

    /** Open a logged-in page of one school's operator, in a browser context of its own. */
    async function logIn(texts: Texts, username: string): Promise<Page> {
      const context = await newAppContext(browser!, server!.baseUrl, texts.locale);
      const page = await context.newPage();

      await page.goto('/login');
      await page.getByLabel(texts.username).fill(username);
      await page.getByLabel(texts.password).fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: texts.login, exact: true }).click();
      await page.waitForURL('**/contingent');
      return page;
    }

    async function apiGet<T>(page: Page, path: string, status = 200): Promise<T> {
      const response = await page.request.get(`/api/v1${path}`);
      expect(response.status(), `GET ${path}`).toBe(status);
      return (await response.json()) as T;
    }

    async function openTab(page: Page, name: string): Promise<void> {
      await page.getByRole('tab', { name, exact: true }).click();
      await page.getByRole('tab', { name, exact: true, selected: true }).waitFor();
    }

    /** Show one student in the open tab by searching for the IIN, and return the student's row. */
    async function findRow(page: Page, texts: Texts, iin: string) {
      await page.getByLabel(texts.search).fill(iin);
      const row = page.getByRole('row').filter({ hasText: iin });
      await row.waitFor();
      return row;
    }

    async function fillDates(page: Page, texts: { departureDate: string; orderDate: string }, departureDate: string, orderDate: string) {
      const dialog = page.getByRole('dialog');
      await enterDate(dialog.getByLabel(texts.departureDate), departureDate);
      await enterDate(dialog.getByLabel(texts.orderDate), orderDate);
    }

    /** Choose the receiving school in the dialog by typing a part of its name, once the search has found it. */
    async function chooseSchool(page: Page, texts: Texts, text: string): Promise<void> {
      const select = page.getByRole('dialog').getByLabel(texts.receivingSchool);
      await select.click();
      await select.fill(text);
      await page.getByRole('option', { name: new RegExp(`${SECOND_SCHOOL.id}`) }).waitFor({ state: 'attached' });
      await select.press('Enter');
    }

    /**
     * Move one student from the demo school to the second school in one
     * language: the departure at the sending school, the acceptance at the
     * receiving school, and the trajectory that the receiving school reads.
     */
    async function movePass(texts: Texts, language: 'ru' | 'kk', student: StudentListItem): Promise<void> {
      const sender = await logIn(texts, 'operator');
      const receiver = await logIn(texts, SECOND_OPERATOR);
      const name = fullName(student);

      // The sending school processes the departure from the student's row.
      const row = await findRow(sender, texts, student.iin);
      await row.getByRole('button', { name: endingWith(texts.processDeparture) }).click();
      const dialog = sender.getByRole('dialog');
      await dialog.getByText(name, { exact: false }).first().waitFor();
      await chooseOption(dialog.getByLabel(texts.reason), texts.toSchool);
      await chooseSchool(sender, texts, '№ 2');
      await fillDates(sender, texts, '2026-02-27', '2026-02-26');
      await dialog.getByLabel(texts.orderNumber).fill('12-ш');
      await dialog.getByText(name, { exact: false }).first().click();
      await sender.mouse.move(0, 0);
      await saveScreenshot(sender, `departure-dialog-${language}`);

      await dialog.getByRole('button', { name: texts.processDeparture, exact: true }).click();
      await sender.getByText(texts.pendingSuccess, { exact: true }).waitFor();
      await dialog.waitFor({ state: 'detached' });
      const pending = await apiGet<StudentDetail>(sender, `/students/${student.id}`);
      expect(pending.enrolment).toMatchObject({ status: 'pending_departure', organizationId: SENDER_ID });

      // It waits in the sending school's Pending departure tab, with the receiving school named.
      await sender.getByLabel(texts.search).fill('');
      await openTab(sender, texts.tabs.pendingDeparture);
      const pendingRow = await findRow(sender, texts, student.iin);
      expect(await pendingRow.innerText()).toContain(texts.receiver);
      expect(await pendingRow.innerText()).toContain('№ 12-ш, 26.02.2026');
      await sender.getByLabel(texts.search).fill('');
      await sender.getByText(texts.pendingSuccess, { exact: true }).waitFor({ state: 'hidden' });
      await blur(sender);
      await saveScreenshot(sender, `pending-departure-${language}`);

      // The receiving school finds the student in its Pending arrival tab but cannot open the passport yet.
      await openTab(receiver, texts.tabs.pendingArrival);
      const arrivals = await apiGet<{ items: PendingArrivalItem[] }>(receiver, `/organizations/${RECEIVER_ID}/pending-arrivals`);
      const arriving = arrivals.items.find((item) => item.id === student.id)!;
      expect(arriving.sendingSchool.id).toBe(SENDER_ID);
      const arrivalRow = receiver.getByRole('row').filter({ hasText: student.iin });
      await arrivalRow.waitFor();
      expect(await arrivalRow.innerText()).toContain(texts.sender);
      await apiGet(receiver, `/students/${student.id}`, 404);
      await saveScreenshot(receiver, `pending-arrival-${language}`);

      // It accepts the student into grade 7 "Ә" with its own order.
      await arrivalRow.getByRole('button', { name: endingWith(texts.accept) }).click();
      const acceptDialog = receiver.getByRole('dialog');
      await chooseOption(acceptDialog.getByLabel(texts.letter), 'Ә');
      await acceptDialog.getByLabel(texts.arrivalOrderNumber).fill('5-қ');
      await enterDate(acceptDialog.getByLabel(texts.arrivalOrderDate), REHEARSAL_DATE);
      await acceptDialog.getByText(name, { exact: false }).first().click();
      await receiver.mouse.move(0, 0);
      await saveScreenshot(receiver, `arrival-accept-${language}`);

      await acceptDialog.getByRole('button', { name: texts.accept, exact: true }).click();
      await receiver.getByText(texts.accepted(name), { exact: true }).waitFor();
      await acceptDialog.waitFor({ state: 'detached' });
      await receiver.getByRole('row').filter({ hasText: student.iin }).waitFor({ state: 'detached' });

      const moved = await apiGet<StudentDetail>(receiver, `/students/${student.id}`);
      expect(moved.enrolment).toMatchObject({ organizationId: RECEIVER_ID, status: 'active', grade: 7, letter: 'Ә' });
      expect(moved.passport).toEqual(pending.passport);

      // The sending school no longer has the student: its requests for the passport get "not found".
      await apiGet(sender, `/students/${student.id}`, 404);
      await apiGet(sender, `/students/${student.id}/movements`, 404);
      await sender.goto(`/students/${student.id}`);
      await sender.getByText(texts.notFound, { exact: true }).waitFor();

      // The receiving school reads the whole trajectory, with both schools.
      await openTab(receiver, texts.tabs.contingent);
      const contingentRow = await findRow(receiver, texts, student.iin);
      await contingentRow.getByRole('link').first().click();
      await receiver.waitForURL(`**/students/${student.id}`);
      await receiver.getByRole('navigation').getByRole('link', { name: texts.trajectory, exact: true }).click();
      const trajectory = receiver.locator('#section-trajectory');
      const rows = trajectory.locator('tr.ant-table-row');
      await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(2);
      const texts2 = await rows.allInnerTexts();
      const departureRow = texts2.find((text) => text.includes(texts.departureKind) && text.includes(texts.sender))!;
      const arrivalRowText = texts2.find((text) => text.includes(texts.arrivalKind) && text.includes(texts.receiver))!;
      expect(departureRow).toContain('№ 12-ш, 26.02.2026');
      expect(departureRow).toContain('operator');
      expect(arrivalRowText).toContain('№ 5-қ, 02.03.2026');
      expect(arrivalRowText).toContain(SECOND_OPERATOR);
      expect(await trajectory.locator('.passport-trajectory__graduation').first().innerText()).toContain(texts.receiver);

      const steps = await apiGet<DetailedTrajectoryStep[]>(receiver, `/students/${student.id}/movements`);
      expect(steps.map((step) => [step.kind, step.organization.id])).toEqual([
        ['departure', SENDER_ID],
        ['arrival', RECEIVER_ID],
      ]);
      await trajectory.scrollIntoViewIfNeeded();
      await trajectory.evaluate((element) => element.scrollIntoView({ block: 'start' }));
      await receiver.getByText(texts.accepted(name), { exact: true }).waitFor({ state: 'hidden' });
      await saveScreenshot(receiver, `trajectory-move-${language}`);

      await sender.context().close();
      await receiver.context().close();
    }

    /**
     * Run the other work of one language: a change of study form for two students,
     * a departure abroad, an arrival refused because the IIN studies at the
     * other school, the request that follows, and its rejection.
     */
    async function otherFlowsPass(texts: Texts, language: 'ru' | 'kk', students: StudentListItem[]): Promise<void> {
      const [first, second, abroad, requested] = students;
      const sender = await logIn(texts, 'operator');

      // Change the study form of two students of one class together.
      const { total } = await apiGet<{ total: number }>(sender, `/organizations/${SENDER_ID}/students`);
      for (const student of [first, second]) {
        await sender.getByLabel(texts.search).fill(student.iin);
        await sender.getByRole('checkbox', { name: texts.selectRow(fullName(student)), exact: true }).check();
      }
      await sender.getByLabel(texts.search).fill('');
      await sender.getByText(texts.selected(2, total), { exact: true }).waitFor();
      await sender.getByRole('button', { name: endingWith(texts.changeStudyForm) }).click();
      const studyFormDialog = sender.getByRole('dialog');
      await chooseOption(studyFormDialog.getByLabel(texts.newStudyForm), texts.homeSchooling);
      await studyFormDialog.getByLabel(texts.studyFormOrderNumber, { exact: true }).fill('31-ө');
      await enterDate(studyFormDialog.getByLabel(texts.studyFormOrderDate, { exact: true }), '2026-02-28');
      await studyFormDialog.getByText(texts.studyFormSummary(2), { exact: true }).click();
      await sender.mouse.move(0, 0);
      await saveScreenshot(sender, `study-form-${language}`);
      await studyFormDialog.getByRole('button', { name: texts.change, exact: true }).click();
      await sender.getByText(texts.studyFormChanged(2), { exact: true }).waitFor();
      for (const student of [first, second]) {
        const detail = await apiGet<StudentDetail>(sender, `/students/${student.id}`);
        expect(detail.enrolment.studyForm).toBe('home_schooling');
      }
      await sender.getByText(texts.selected(0, total), { exact: true }).waitFor();

      // A departure abroad goes straight to Departed.
      const abroadRow = await findRow(sender, texts, abroad.iin);
      await abroadRow.getByRole('button', { name: endingWith(texts.processDeparture) }).click();
      const dialog = sender.getByRole('dialog');
      await chooseOption(dialog.getByLabel(texts.reason), texts.abroad);
      await chooseOption(dialog.getByLabel(texts.country), texts.germany);
      await fillDates(sender, texts, '2026-02-20', '2026-02-19');
      await dialog.getByLabel(texts.orderNumber).fill('13-ш');
      await dialog.getByRole('button', { name: texts.processDeparture, exact: true }).click();
      await sender.getByText(texts.departedSuccess(fullName(abroad)), { exact: true }).waitFor();
      await sender.getByLabel(texts.search).fill('');
      await openTab(sender, texts.tabs.departed);
      const departedRow = await findRow(sender, texts, abroad.iin);
      expect(await departedRow.innerText()).toContain(texts.abroadReasonCell);
      expect(await departedRow.innerText()).toContain('20.02.2026');
      await sender.getByLabel(texts.search).fill('');
      await sender.getByText(texts.departedSuccess(fullName(abroad)), { exact: true }).waitFor({ state: 'hidden' });
      await blur(sender);
      await saveScreenshot(sender, `departed-${language}`);

      // The second school tries to register the arrival of a student the first school has, and requests the move instead.
      const receiver = await logIn(texts, SECOND_OPERATOR);
      await openTab(receiver, texts.tabs.pendingArrival);
      await receiver.getByRole('button', { name: endingWith(texts.registerArrival) }).click();
      const arrivalDialog = receiver.getByRole('dialog');
      await arrivalDialog.getByLabel(texts.iin, { exact: true }).fill(requested.iin);
      await arrivalDialog.getByLabel(texts.lastName, { exact: true }).fill(requested.lastName);
      await arrivalDialog.getByLabel(texts.firstName, { exact: true }).fill(requested.firstName);
      await chooseOption(arrivalDialog.getByLabel(texts.grade, { exact: true }), language === 'ru' ? '7 класс' : '7-сынып');
      await chooseOption(arrivalDialog.getByLabel(texts.letter, { exact: true }), 'А');
      await arrivalDialog.getByLabel(texts.arrivalOrderNumber).fill('9-қ');
      await enterDate(arrivalDialog.getByLabel(texts.arrivalOrderDate), REHEARSAL_DATE);
      await arrivalDialog.getByRole('button', { name: texts.submitArrival, exact: true }).click();
      await arrivalDialog.getByRole('alert').filter({ hasText: texts.enrolledElsewhere }).waitFor();
      expect(await arrivalDialog.getByRole('alert').innerText()).not.toContain(requested.middleName ?? '\u0000');
      await arrivalDialog.getByRole('alert').scrollIntoViewIfNeeded();
      await blur(receiver);
      await saveScreenshot(receiver, `arrival-elsewhere-${language}`);

      await arrivalDialog.getByRole('button', { name: endingWith(texts.requestMove) }).click();
      await receiver.getByText(texts.requestSent, { exact: true }).waitFor();
      await receiver.getByText(texts.outgoingRequests(1), { exact: true }).waitFor();

      // The first school finds the request and processes the departure from it, to the requesting school.
      await sender.getByLabel(texts.search).fill('');
      await openTab(sender, texts.tabs.pendingDeparture);
      const requestCard = sender.locator('.moves-card').filter({ hasText: texts.incomingRequests(1) });
      await requestCard.waitFor();
      expect(await requestCard.innerText()).toContain(fullName(requested));
      expect(await requestCard.innerText()).toContain(texts.receiver);
      await sender.mouse.move(0, 0);
      await saveScreenshot(sender, `move-request-${language}`);
      await requestCard.getByRole('button', { name: texts.processDeparture, exact: true }).click();
      const fromRequest = sender.getByRole('dialog');
      await fromRequest.getByText(texts.toSchool, { exact: true }).waitFor();
      await fromRequest.getByText(texts.receiver, { exact: false }).first().waitFor();
      await fillDates(sender, texts, '2026-03-02', '2026-03-02');
      await fromRequest.getByLabel(texts.orderNumber).fill('14-ш');
      await fromRequest.getByRole('button', { name: texts.processDeparture, exact: true }).click();
      await sender.getByText(texts.pendingSuccess, { exact: true }).waitFor();
      await requestCard.waitFor({ state: 'detached' });
      await findRow(sender, texts, requested.iin);

      // The second school rejects the student with a reason, and the first school reads it.
      await receiver.reload();
      await receiver.getByRole('tab', { name: texts.tabs.pendingArrival, exact: true, selected: true }).waitFor();
      const rejectRow = receiver.getByRole('row').filter({ hasText: requested.iin });
      await rejectRow.getByRole('button', { name: endingWith(texts.reject) }).click();
      const rejectDialog = receiver.getByRole('dialog');
      const reason = language === 'ru' ? 'В 7 классе нет мест' : '7-сыныпта орын жоқ';
      await rejectDialog.getByLabel(texts.rejectReason).fill(reason);
      await rejectDialog.getByRole('button', { name: texts.reject, exact: true }).click();
      await receiver.getByText(texts.rejected(fullName(requested)), { exact: true }).waitFor();

      await sender.reload();
      const returned = sender.getByRole('alert').filter({ hasText: texts.returned });
      await returned.waitFor();
      expect(await returned.innerText()).toContain(fullName(requested));
      expect(await returned.innerText()).toContain(reason);
      const back = await apiGet<StudentDetail>(sender, `/students/${requested.id}`);
      expect(back.enrolment).toMatchObject({ status: 'active', organizationId: SENDER_ID });
      await sender.getByLabel(texts.search).fill('');
      await blur(sender);
      await saveScreenshot(sender, `departure-returned-${language}`);

      await sender.context().close();
      await receiver.context().close();
    }

    it('moves a student and shows the trajectory to the receiving school', async () => {
      await movePass(texts, language, grade7[0]);
    });

    it('changes study forms, departs abroad, requests a move and rejects it', async () => {
      await otherFlowsPass(texts, language, grade7.slice(1, 5));
    });
  });
}

describeLanguage(RU, 'ru');
describeLanguage(KK, 'kk');
