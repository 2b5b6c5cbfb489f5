import dayjs from 'dayjs';
import 'dayjs/locale/kk';
import 'dayjs/locale/ru';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setRequestLanguage } from '../api/client.js';
import { DEFAULT_LANGUAGE, LANGUAGES, NAMESPACES, isLanguage, resources, type Language } from '../../i18n/resources.js';

const STORAGE_KEY = 'kontingent.language';

function readStoredLanguage(): Language | null {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : null;
  } catch {
    return null;
  }
}

function initialLanguage(): Language {
  const browser = navigator.language.toLowerCase().split('-')[0];
  return readStoredLanguage() ?? (isLanguage(browser) ? browser : DEFAULT_LANGUAGE);
}

function applyLanguage(language: Language): void {
  dayjs.locale(language === 'en' ? 'en' : language);
  document.documentElement.lang = language;
  document.title = i18n.t('common:appName', { lng: language });
}

export const i18n = i18next.createInstance();

const startLanguage = initialLanguage();

void i18n.use(initReactI18next).init({
  resources,
  lng: startLanguage,
  ns: [...NAMESPACES],
  defaultNS: 'common',
  fallbackLng: false,
  supportedLngs: [...LANGUAGES],
  initAsync: false,
  interpolation: { escapeValue: false },
});
applyLanguage(startLanguage);
setRequestLanguage(() => i18n.language);

/** Switch the UI language, remember it in localStorage and set dayjs and the page's `lang` to match. */
export async function changeLanguage(language: Language): Promise<void> {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // NOTE: private browsing can forbid storage, so the choice then lasts only for this page.
  }

  applyLanguage(language);
  await i18n.changeLanguage(language);
}

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}
