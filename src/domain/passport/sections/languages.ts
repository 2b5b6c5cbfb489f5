import type { IndicatorOption } from '../types.js';

const KAZAKH: IndicatorOption = { code: 'kk', labels: { kk: 'Қазақ тілі', ru: 'Казахский', en: 'Kazakh' } };
const RUSSIAN: IndicatorOption = { code: 'ru', labels: { kk: 'Орыс тілі', ru: 'Русский', en: 'Russian' } };
const UZBEK: IndicatorOption = { code: 'uz', labels: { kk: 'Өзбек тілі', ru: 'Узбекский', en: 'Uzbek' } };
const UYGHUR: IndicatorOption = { code: 'ug', labels: { kk: 'Ұйғыр тілі', ru: 'Уйгурский', en: 'Uyghur' } };
const TAJIK: IndicatorOption = { code: 'tg', labels: { kk: 'Тәжік тілі', ru: 'Таджикский', en: 'Tajik' } };
const ENGLISH: IndicatorOption = { code: 'en', labels: { kk: 'Ағылшын тілі', ru: 'Английский', en: 'English' } };
const OTHER: IndicatorOption = { code: 'other', labels: { kk: 'Басқа', ru: 'Другой', en: 'Other' } };

export const NATIVE_LANGUAGES: IndicatorOption[] = [KAZAKH, RUSSIAN, UZBEK, UYGHUR, TAJIK, OTHER];

/** Languages that schools of Kazakhstan teach in. */
export const INSTRUCTION_LANGUAGES: IndicatorOption[] = [KAZAKH, RUSSIAN, UZBEK, UYGHUR, TAJIK, ENGLISH];
