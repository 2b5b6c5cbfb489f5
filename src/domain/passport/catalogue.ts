import { DESTINATION_INDICATORS } from './sections/destination.js';
import { DISABILITY_INDICATORS } from './sections/disability.js';
import { EXAM_INDICATORS } from './sections/exams.js';
import { GRADUATION_INDICATORS } from './sections/graduation.js';
import { PERSONAL_INDICATORS } from './sections/personal.js';
import { SOCIAL_INDICATORS } from './sections/social.js';
import type { Indicator, Section, SectionCode, SectionIndicator } from './types.js';

export const PASSPORT_SECTIONS: Section[] = [
  { code: 'personal', labels: { kk: 'Дербес деректер', ru: 'Персональные данные', en: 'Personal data' } },
  {
    code: 'social',
    labels: {
      kk: 'Әлеуметтік көмек алу туралы деректер',
      ru: 'Данные о получении социальной помощи',
      en: 'Social assistance',
    },
  },
  {
    code: 'disability',
    labels: { kk: 'Мүгедектік бойынша деректер', ru: 'Данные по инвалидности', en: 'Disability' },
  },
  { code: 'graduation', labels: { kk: 'Шығарылды', ru: 'Выпущен', en: 'Document issued' } },
  {
    code: 'destination',
    labels: { kk: 'Жұмысқа орналасуы', ru: 'Трудоустройство', en: 'Destination after school' },
  },
  {
    code: 'exams',
    labels: {
      kk: 'Арнайы және шығармашылық емтихандардың нәтижелері',
      ru: 'Результаты специальных и творческих экзаменов',
      en: 'Special and creative exam results',
    },
  },
];

const INDICATORS_BY_SECTION: Record<SectionCode, SectionIndicator[]> = {
  personal: PERSONAL_INDICATORS,
  social: SOCIAL_INDICATORS,
  disability: DISABILITY_INDICATORS,
  graduation: GRADUATION_INDICATORS,
  destination: DESTINATION_INDICATORS,
  exams: EXAM_INDICATORS,
};

/** Every indicator of the student passport, section by section in PASSPORT_SECTIONS order. */
export const PASSPORT_INDICATORS: Indicator[] = PASSPORT_SECTIONS.flatMap(({ code }) =>
  INDICATORS_BY_SECTION[code].map((indicator) => ({ ...indicator, section: code })),
);

const INDICATOR_BY_CODE = new Map(PASSPORT_INDICATORS.map((indicator) => [indicator.code, indicator]));

export function indicatorByCode(code: string): Indicator | undefined {
  return INDICATOR_BY_CODE.get(code);
}

export function indicatorsOfSection(section: SectionCode): Indicator[] {
  return PASSPORT_INDICATORS.filter((indicator) => indicator.section === section);
}

/** The document fields that a student of a graduating grade needs before graduation. */
export const GRADUATION_DOCUMENT_INDICATORS = ['attestat_series', 'attestat_number', 'attestat_issue_date'] as const;

/** Names of the dictionaries that choice indicators and table columns take their codes from. */
export const PASSPORT_DICTIONARIES: string[] = [
  ...new Set(
    PASSPORT_INDICATORS.flatMap((indicator) => [
      indicator.dictionary,
      ...(indicator.columns ?? []).map((column) => column.dictionary),
    ]).filter((name): name is string => name !== undefined),
  ),
];
