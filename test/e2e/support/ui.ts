import type { Locator, Page } from 'playwright-core';

export type Language = 'kk' | 'ru' | 'en';

/** Each language's name as the KK/RU/EN switch shows it in the tooltip of its button. */
const LANGUAGE_TITLES: Record<Language, string> = { kk: 'Қазақша', ru: 'Русский', en: 'English' };

/** The storage key under which the UI remembers the chosen language. */
export const LANGUAGE_STORAGE_KEY = 'kontingent.language';

/**
 * Click the KK/RU/EN switch and wait until the page's `lang` follows. The
 * radio inputs are hidden, so the click goes to the visible label.
 */
export async function switchLanguage(page: Page, language: Language): Promise<void> {
  await page.getByTitle(LANGUAGE_TITLES[language], { exact: true }).first().click();
  await page.waitForFunction((expected) => document.documentElement.lang === expected, language);
}

/** Returns the body rows of the first data table on the page. The header row has column headers, not cells, so it is left out. */
export function tableRows(page: Page): Locator {
  return page.getByRole('table').first().getByRole('row').filter({ has: page.getByRole('cell') });
}

/** Returns the text of every cell of every body row, row by row. */
export async function tableCells(page: Page): Promise<string[][]> {
  const rows = await tableRows(page).all();
  return Promise.all(rows.map((row) => row.getByRole('cell').allInnerTexts()));
}

/** Returns the texts of the items of the first breadcrumb on the page, without the separators. */
export async function breadcrumbItems(page: Page): Promise<string[]> {
  const texts = await page.getByRole('navigation').first().getByRole('listitem').allInnerTexts();
  return texts.map((text) => text.trim()).filter((text) => text !== '' && text !== '/');
}

/**
 * Pick an option of an antd Select with search: type the option's text and
 * press Enter, which chooses the first option that matches.
 */
export async function chooseOption(select: Locator, optionText: string): Promise<void> {
  await select.click();
  await select.fill(optionText);
  await select.press('Enter');
}

/**
 * Type a date into an antd DatePicker as DD.MM.YYYY and leave the field with
 * Tab, which confirms the date as Enter does. Enter in a form's input also
 * submits the form, and clicking the calendar cell after typing sometimes
 * leaves the calendar open (antd 6.6).
 */
export async function enterDate(input: Locator, isoDate: string): Promise<void> {
  const [year, month, day] = isoDate.split('-');

  await input.click();
  await input.fill(`${day}.${month}.${year}`);
  await input.press('Tab');
}

/**
 * Type a date into an antd DatePicker as DD.MM.YYYY and confirm it with Enter,
 * as a user does from the keyboard. Inside a form, the Enter also submits the
 * form, so use enterDate where the form must not be sent yet.
 */
export async function typeDate(input: Locator, displayDate: string): Promise<void> {
  await input.click();
  await input.fill(displayDate);
  await input.press('Enter');
}

/**
 * Returns the text of the elements that describe an input (aria-describedby),
 * where antd forms show a field's errors, or '' when there are none.
 */
export async function inputDescription(input: Locator): Promise<string> {
  const ids = (await input.getAttribute('aria-describedby'))?.split(/\s+/).filter(Boolean) ?? [];
  const texts = await Promise.all(ids.map((id) => input.page().locator(`[id="${id}"]`).innerText()));
  return texts.join('\n').trim();
}
