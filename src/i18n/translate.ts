import i18next, { type TFunction } from 'i18next';
import { DEFAULT_LANGUAGE, LANGUAGES, NAMESPACES, isLanguage, resources, type Language } from './resources.js';

const instance = i18next.createInstance();
void instance.init({
  resources,
  ns: [...NAMESPACES],
  defaultNS: 'common',
  fallbackLng: false,
  supportedLngs: [...LANGUAGES],
  initAsync: false,
  interpolation: { escapeValue: false },
});

const translators = new Map<Language, TFunction>(LANGUAGES.map((language) => [language, instance.getFixedT(language)]));

/** Translate a key such as `errors:student.not_found` on the server, where there is no React. */
export function translate(language: Language, key: string, params: Record<string, unknown> = {}): string {
  return translators.get(language)!(key, params) as string;
}

/** Pick the first supported language of an Accept-Language header. */
export function languageFromHeader(header: string | undefined): Language {
  if (!header) return DEFAULT_LANGUAGE;

  const tags = header
    .split(',')
    .map((part) => {
      const [tag, ...options] = part.trim().split(';');
      const quality = options.find((option) => option.trim().startsWith('q='));
      return { tag: tag.toLowerCase().split('-')[0], q: quality ? Number(quality.split('=')[1]) : 1 };
    })
    .sort((a, b) => b.q - a.q);

  return tags.map((entry) => entry.tag).find(isLanguage) ?? DEFAULT_LANGUAGE;
}
