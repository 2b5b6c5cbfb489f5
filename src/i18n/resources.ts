// One catalogue per language and namespace, with identical keys in every
// language (test/unit/i18n-keys.test.ts fails on a missing key).
import enCommon from './locales/en/common.json';
import enErrors from './locales/en/errors.json';
import kkCommon from './locales/kk/common.json';
import kkErrors from './locales/kk/errors.json';
import ruCommon from './locales/ru/common.json';
import ruErrors from './locales/ru/errors.json';
import enArrivals from './locales/en/arrivals.json';
import enAuth from './locales/en/auth.json';
import enContingent from './locales/en/contingent.json';
import enDepartures from './locales/en/departures.json';
import enExcel from './locales/en/excel.json';
import enGraduation from './locales/en/graduation.json';
import enPassport from './locales/en/passport.json';
import enShell from './locales/en/shell.json';
import enYearEnd from './locales/en/yearEnd.json';
import enStudyForm from './locales/en/studyForm.json';
import kkArrivals from './locales/kk/arrivals.json';
import enProgress from './locales/en/progress.json';
import enAdmin from './locales/en/admin.json';
import kkAuth from './locales/kk/auth.json';
import kkContingent from './locales/kk/contingent.json';
import kkDepartures from './locales/kk/departures.json';
import kkExcel from './locales/kk/excel.json';
import kkGraduation from './locales/kk/graduation.json';
import kkPassport from './locales/kk/passport.json';
import kkShell from './locales/kk/shell.json';
import kkYearEnd from './locales/kk/yearEnd.json';
import kkStudyForm from './locales/kk/studyForm.json';
import ruArrivals from './locales/ru/arrivals.json';
import kkProgress from './locales/kk/progress.json';
import kkAdmin from './locales/kk/admin.json';
import ruAuth from './locales/ru/auth.json';
import ruContingent from './locales/ru/contingent.json';
import ruDepartures from './locales/ru/departures.json';
import ruExcel from './locales/ru/excel.json';
import ruGraduation from './locales/ru/graduation.json';
import ruPassport from './locales/ru/passport.json';
import ruShell from './locales/ru/shell.json';
import ruYearEnd from './locales/ru/yearEnd.json';
import ruStudyForm from './locales/ru/studyForm.json';
import ruProgress from './locales/ru/progress.json';
import ruAdmin from './locales/ru/admin.json';

export const LANGUAGES = ['kk', 'ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'kk';

export const NAMESPACES = ['common', 'errors', 'auth', 'shell', 'contingent', 'passport', 'graduation', 'yearEnd', 'departures', 'arrivals', 'studyForm', 'excel', 'progress', 'admin'] as const;

export const resources = {
  en: {
    common: enCommon,
    errors: enErrors,
    auth: enAuth,
    shell: enShell,
    contingent: enContingent,
    passport: enPassport,
    graduation: enGraduation,
    yearEnd: enYearEnd,
    departures: enDepartures,
    arrivals: enArrivals,
    studyForm: enStudyForm,
    excel: enExcel,
    progress: enProgress,
    admin: enAdmin,
  },
  kk: {
    common: kkCommon,
    errors: kkErrors,
    auth: kkAuth,
    shell: kkShell,
    contingent: kkContingent,
    passport: kkPassport,
    graduation: kkGraduation,
    yearEnd: kkYearEnd,
    departures: kkDepartures,
    arrivals: kkArrivals,
    studyForm: kkStudyForm,
    excel: kkExcel,
    progress: kkProgress,
    admin: kkAdmin,
  },
  ru: {
    common: ruCommon,
    errors: ruErrors,
    auth: ruAuth,
    shell: ruShell,
    contingent: ruContingent,
    passport: ruPassport,
    graduation: ruGraduation,
    yearEnd: ruYearEnd,
    departures: ruDepartures,
    arrivals: ruArrivals,
    studyForm: ruStudyForm,
    excel: ruExcel,
    progress: ruProgress,
    admin: ruAdmin,
  },
} as const;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
