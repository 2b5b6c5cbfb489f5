import { startServer, DEMO_PASSWORD } from './support/server.js';
import { launchBrowser } from './support/browser.js';
import { pickDate, switchLanguage, inputDescription } from './support/ui.js';
const s = await startServer({ KONTINGENT_TODAY: '2026-05-20' });
const b = await launchBrowser();
try {
  const ctx = await b.newContext({ baseURL: s.baseUrl, locale: 'kk-KZ', viewport: { width: 1366, height: 800 } });
  const page = await ctx.newPage();
  await page.goto('/login');
  await page.getByLabel('Пайдаланушы аты').fill('operator');
  await page.getByLabel('Құпиясөз').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Кіру' }).click();
  await page.waitForURL('**/contingent');
  for (let i = 0; i < 12; i++) {
    await page.goto('/students/236');
    await switchLanguage(page, 'kk');
    const iin = page.getByRole('textbox', { name: 'ЖСН', exact: true });
    await iin.fill('080110692381');
    await page.getByRole('button', { name: 'Сақтау' }).click();
    await page.getByText('Бақылау цифры').waitFor();
    await iin.fill('080110692380');
    while ((await inputDescription(iin)) !== '') await page.waitForTimeout(50);
    await switchLanguage(page, 'ru');
    const bd = page.getByRole('textbox', { name: 'Дата рождения', exact: true });
    await pickDate(page, bd, '2008-01-11');
    const v1 = await bd.inputValue();
    const resp = page.waitForResponse((r) => r.request().method() === 'PATCH', { timeout: 5000 }).then((r) => r.status(), () => 'none');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    const st = await resp;
    const v2 = await bd.inputValue();
    console.log(i, v1, v2, st);
    if (st === 'none') await page.screenshot({ path: `/tmp/e2e-explore/fail${i}.png` });
  }
} finally { await b.close(); await s.stop(); }
