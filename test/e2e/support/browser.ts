import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium; Playwright's own browser download cannot run on these machines. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Where the end-to-end tests save their screenshots: the operator's guide
 * with UPDATE_GUIDE_SCREENSHOTS=1 (`npm run screenshots`), otherwise
 * test-results/screenshots, so that `npm test` leaves the checkout clean.
 */
export const SCREENSHOT_DIR = path.resolve(
  import.meta.dirname,
  process.env.UPDATE_GUIDE_SCREENSHOTS === '1' ? '../../../docs/guide/images' : '../../../test-results/screenshots',
);

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install Debian's chromium package or set CHROMIUM_PATH`);
  }

  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    // Without the background-networking flags Chromium keeps trying to reach Google's hosts, which this network refuses.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

/**
 * Save the viewport as SCREENSHOT_DIR/NAME.png. The pointer moves to the page's
 * top-left corner first and transitions are finished, so the picture shows no
 * hover state and no half-faded switch.
 */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });

  await page.mouse.move(0, 0);

  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false, animations: 'disabled' });
  return file;
}

/**
 * Open a browser context on the application as a school in Kazakhstan sees it:
 * Almaty time, the browser's language `locale`, and a common laptop screen,
 * which is also the size of the guide's screenshots.
 */
export async function newAppContext(browser: Browser, baseUrl: string, locale: string): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: baseUrl, locale, timezoneId: 'Asia/Almaty', viewport: { width: 1366, height: 800 } });
  context.setDefaultTimeout(20_000);
  return context;
}
