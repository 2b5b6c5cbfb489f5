import type { Locale } from 'antd/es/locale';
import enUS from 'antd/es/locale/en_US';
import kkKZ from 'antd/es/locale/kk_KZ';
import ruRU from 'antd/es/locale/ru_RU';
import type { Language } from '../../i18n/resources.js';

export const ANTD_LOCALES: Record<Language, Locale> = { kk: kkKZ, ru: ruRU, en: enUS };
