import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import kk from 'i18n-iso-countries/langs/kk.json';
import ru from 'i18n-iso-countries/langs/ru.json';
import type { DictionaryEntryView } from './list-dictionaries.js';

countries.registerLocale(en);
countries.registerLocale(kk);
countries.registerLocale(ru);

/**
 * The `countries` dictionary: ISO 3166-1 alpha-2 codes with names from the
 * i18n-iso-countries package, which follows the ISO list; it is not editable.
 */
export const COUNTRIES: DictionaryEntryView[] = Object.keys(countries.getAlpha2Codes())
  .map((code) => ({
    code,
    names: {
      kk: countries.getName(code, 'kk') ?? countries.getName(code, 'ru') ?? code,
      ru: countries.getName(code, 'ru') ?? code,
      en: countries.getName(code, 'en') ?? code,
    },
    active: true,
    flags: [],
    grades: [],
  }))
  .sort((a, b) => a.names.ru.localeCompare(b.names.ru, 'ru'));
