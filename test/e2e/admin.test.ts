import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newAppContext } from './support/browser.js';
import { DEMO_PASSWORD, startServer, type RunningServer } from './support/server.js';
import { breadcrumbItems, switchLanguage } from './support/ui.js';

describe('administrator in the UI', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await (await newAppContext(browser, server.baseUrl, 'ru-RU')).newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('chooses a school and opens its contingent', async () => {
    await page.goto(`${server.baseUrl}/login`);
    await switchLanguage(page, 'ru');
    await page.getByLabel('Имя пользователя').fill('admin');
    await page.getByLabel('Пароль').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Войти' }).click();

    await expect.poll(() => page.getByText('Выберите вверху организацию образования').isVisible()).toBe(true);

    const picker = page.getByLabel('Организация образования');
    await picker.click();
    await picker.fill('Кишкенекол');
    // antd renders a hidden accessible copy of each option; wait for it, then choose with Enter as a keyboard user would.
    await page.getByRole('option', { name: /Кишкенекольская.*17009/ }).waitFor({ state: 'attached' });
    await picker.press('Enter');

    await expect.poll(() => breadcrumbItems(page)).toEqual(['Республика Казахстан', 'Северо-Казахстанская область', 'Уалихановский район', 'Кишкенекольский с.о.', 'с.Кишкенеколь']);
    await expect.poll(() => page.getByText(/Показано \d+ записей из \d+/).textContent()).toMatch(/из 2\d\d/);

    // The choice survives a reload.
    await page.reload();
    await expect.poll(() => page.getByText(/Показано \d+ записей из \d+/).isVisible()).toBe(true);
  });
});
