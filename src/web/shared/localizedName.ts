import type { Language } from '../../i18n/resources.js';

export interface Names {
  kk: string;
  ru: string;
  en?: string;
}

/** Pick the name in the UI language. Territories and schools have no English names, so English shows the Russian one. */
export function localizedName(names: Names, language: Language): string {
  if (language === 'en') return names.en || names.ru;
  return names[language] || names.ru;
}
