// One catalogue per language and namespace, with identical keys in every
// language (test/unit/i18n-keys.test.ts fails on a missing key).
import enCommon from './locales/en/common.json';
import enErrors from './locales/en/errors.json';
import kkCommon from './locales/kk/common.json';
import kkErrors from './locales/kk/errors.json';
import ruCommon from './locales/ru/common.json';
import ruErrors from './locales/ru/errors.json';
import enAuth from './locales/en/auth.json';
import enContingent from './locales/en/contingent.json';
import enGraduation from './locales/en/graduation.json';
import enPassport from './locales/en/passport.json';
import enShell from './locales/en/shell.json';
import enProgress from './locales/en/progress.json';
import enAdmin from './locales/en/admin.json';
import kkAuth from './locales/kk/auth.json';
import kkContingent from './locales/kk/contingent.json';
import kkGraduation from './locales/kk/graduation.json';
import kkPassport from './locales/kk/passport.json';
import kkShell from './locales/kk/shell.json';
import kkProgress from './locales/kk/progress.json';
import kkAdmin from './locales/kk/admin.json';
import ruAuth from './locales/ru/auth.json';
import ruContingent from './locales/ru/contingent.json';
import ruGraduation from './locales/ru/graduation.json';
import ruPassport from './locales/ru/passport.json';
import ruShell from './locales/ru/shell.json';
import ruProgress from './locales/ru/progress.json';
import ruAdmin from './locales/ru/admin.json';

export const LANGUAGES = ['kk', 'ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'kk';

export const NAMESPACES = ['common', 'errors', 'auth', 'shell', 'contingent', 'passport', 'graduation', 'progress', 'admin'] as const;

export const resources = {
  en: {
    common: enCommon,
    errors: enErrors,
    auth: enAuth,
    shell: enShell,
    contingent: enContingent,
    passport: enPassport,
    graduation: enGraduation,
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
    progress: ruProgress,
    admin: ruAdmin,
  },
} as const;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
