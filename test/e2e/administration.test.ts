import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSession } from './support/api.js';
import { launchBrowser, newAppContext, saveScreenshot } from './support/browser.js';
import { DEMO_PASSWORD, startServer, type RunningServer } from './support/server.js';
import { switchLanguage, tableCells } from './support/ui.js';

describe('administration screens in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let generatedPassword: string;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await (await newAppContext(browser, server.baseUrl, 'ru-RU')).newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** Open the dialog's select, type a part of an option and pick the first option that matches `option`. */
  async function pick(label: string, text: string, option: RegExp): Promise<void> {
    const select = page.getByRole('dialog').getByRole('combobox', { name: label });
    await select.click();
    await select.fill(text);
    await page.getByRole('option', { name: option }).waitFor({ state: 'attached' });
    await select.press('Enter');
  }

  /** Save a picture of the page once the success messages, which fade out after 3 seconds, are gone. */
  async function screenshotWithoutMessages(name: string): Promise<void> {
    await page.locator('.ant-message-notice').first().waitFor({ state: 'detached', timeout: 10_000 });
    await saveScreenshot(page, name);
  }

  /** Click an option of the open dropdown by its visible text; antd also keeps a hidden copy of each option for screen readers. */
  async function chooseVisibleOption(text: string): Promise<void> {
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: new RegExp(`^${text}$`) }).click();
  }

  it('creates a district user with a generated password', async () => {
    await page.goto('/login');
    await switchLanguage(page, 'ru');
    await page.getByLabel('Имя пользователя').fill('admin');
    await page.getByLabel('Пароль').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Войти' }).click();
    await page.waitForURL('**/contingent');

    await page.getByRole('menuitem', { name: 'Администрирование' }).click();
    await page.waitForURL('**/admin/users');
    await page.getByRole('button', { name: 'plus Добавить пользователя' }).click();

    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Имя пользователя').fill('aigerim.district');
    await dialog.getByRole('combobox', { name: 'Роль' }).click();
    await chooseVisibleOption('Сотрудник района');
    await pick('Территория', 'Уалихан', /Уалихановский район \(596400000\)/);
    await dialog.getByRole('button', { name: 'Создать' }).click();

    const notice = page.getByRole('dialog', { name: 'Пароль пользователя aigerim.district' });
    await notice.waitFor();
    generatedPassword = (await notice.locator('.admin-password').innerText()).trim();
    expect(generatedPassword).toMatch(/^[A-Za-z2-9]{16}$/);
    await notice.getByRole('button', { name: 'Готово' }).click();

    await expect.poll(() => tableCells(page).then((rows) => rows.find((cells) => cells[0] === 'aigerim.district')?.slice(1, 4))).toEqual([
      'Сотрудник района',
      'Уалихановский район (596400000)',
      'Действует',
    ]);
    await screenshotWithoutMessages('admin-users-ru');

    const session = await apiSession(server.baseUrl, 'aigerim.district', generatedPassword);
    expect((await session.get<{ role: string; territoryKato: string }>('/auth/me')).territoryKato).toBe('596400000');
  });

  it('shows a field error from the server under its field', async () => {
    await page.getByRole('button', { name: 'plus Добавить пользователя' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Имя пользователя').fill('aigerim.district');
    await dialog.getByRole('combobox', { name: 'Роль' }).click();
    await chooseVisibleOption('Сотрудник министерства');
    await dialog.getByRole('button', { name: 'Создать' }).click();

    await dialog.getByText('Имя пользователя «aigerim.district» занято: выберите другое.').waitFor();
    await dialog.getByRole('button', { name: 'Отмена' }).click();
  });

  it('disables a user', async () => {
    const row = page.getByRole('row').filter({ hasText: 'aigerim.district' });
    await row.getByRole('button', { name: 'Изменить' }).click();
    await page.getByRole('dialog').getByRole('switch', { name: 'Отключена' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Сохранить' }).click();

    await row.getByText('Отключена').waitFor();
    const login = await fetch(`${server.baseUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'aigerim.district', password: generatedPassword }) });
    expect(login.status).toBe(401);
  });

  it('resets a password and shows the new one once', async () => {
    const row = page.getByRole('row').filter({ hasText: 'aigerim.district' });
    await row.getByRole('button', { name: 'Сбросить пароль' }).click();
    await page.getByRole('tooltip').getByRole('button', { name: 'Сбросить пароль' }).click();

    const notice = page.getByRole('dialog', { name: 'Пароль пользователя aigerim.district' });
    await notice.waitFor();
    const password = (await notice.locator('.admin-password').innerText()).trim();
    await notice.getByRole('button', { name: 'Готово' }).click();

    expect(password).not.toBe(generatedPassword);
    expect(password).toMatch(/^[A-Za-z2-9]{16}$/);
  });

  it('registers a school in a settlement', async () => {
    await page.getByRole('tab', { name: 'Организации образования' }).click();
    await page.getByRole('button', { name: 'plus Добавить организацию' }).click();

    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('ID в национальной базе данных образования').fill('17011');
    await dialog.getByLabel('Название на казахском').fill('Кішкенекөл орта мектебі');
    await dialog.getByLabel('Название на русском').fill('Кишкенекольская средняя школа');
    await pick('Населённый пункт (КАТО)', 'Кишкенеколь', /с\.Кишкенеколь \(596430100\)/);
    await dialog.getByRole('button', { name: 'Создать' }).click();

    await expect.poll(() => tableCells(page).then((rows) => rows.find((cells) => cells[0] === '17011'))).toEqual(['17011', 'Кішкенекөл орта мектебі / Кишкенекольская средняя школа', '596430100', '11', 'Изменить']);
  });

  it('adds a dictionary entry and switches it off', async () => {
    await page.getByRole('tab', { name: 'Справочники' }).click();
    await page.getByRole('combobox', { name: 'Справочник' }).click();
    await chooseVisibleOption('Формы обучения');
    await page.getByRole('button', { name: 'plus Добавить запись' }).click();

    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Код').fill('night_school');
    await dialog.getByLabel('Название на казахском').fill('Кешкі мектеп');
    await dialog.getByLabel('Название на русском').fill('Вечерняя школа');
    await dialog.getByLabel('Название на английском').fill('Night school');
    await dialog.getByRole('button', { name: 'Создать' }).click();

    const toggle = page.getByRole('switch', { name: 'Предлагать night_school в списках' });
    await toggle.waitFor();
    expect(await toggle.isChecked()).toBe(true);
    await toggle.click();
    await expect.poll(() => toggle.isChecked()).toBe(false);
    expect(await page.getByRole('switch', { name: 'Предлагать external_study в списках' }).isDisabled()).toBe(true);
  });

  it('reads the audit log', async () => {
    await page.getByRole('tab', { name: 'Журнал аудита' }).click();
    const event = page.getByRole('combobox', { name: 'Событие' });
    await event.click();
    await event.fill('Пользователь создан');
    await page.getByRole('option', { name: 'Пользователь создан' }).waitFor({ state: 'attached' });
    await event.press('Enter');

    await expect.poll(() => tableCells(page).then((rows) => rows.map((cells) => [cells[1], cells[2]]))).toEqual([
      ['Пользователь создан', 'admin'],
      ['Пользователь создан', 'система'],
      ['Пользователь создан', 'система'],
    ]);
    await screenshotWithoutMessages('admin-audit-ru');

    await switchLanguage(page, 'kk');
    await page.getByRole('tab', { name: 'Пайдаланушылар' }).click();
    await page.getByRole('columnheader', { name: 'Рөлі' }).waitFor();
    await screenshotWithoutMessages('admin-users-kk');
    await page.getByRole('tab', { name: 'Аудит журналы' }).click();
    await page.getByRole('columnheader', { name: 'Оқиға' }).waitFor();
    await screenshotWithoutMessages('admin-audit-kk');
  });
});
