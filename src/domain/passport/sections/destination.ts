import { NEVER, type SectionIndicator } from '../types.js';

/** Indicators of the graduate's destination after school: employment or further study. */
export const DESTINATION_INDICATORS: SectionIndicator[] = [
  {
    code: 'profession',
    labels: { kk: 'Кәсібі', ru: 'Профессия', en: 'Profession' },
    type: 'text',
    maxLength: 200,
    required: NEVER,
  },
  {
    // Codes such as 85, 85.3, 85.31, 85.31.1 or 85311.
    code: 'oked',
    labels: {
      kk: 'Экономикалық қызмет түрлерінің жалпы жіктеуіші (ЭҚЖЖ)',
      ru: 'Общий классификатор видов экономической деятельности (ОКЭД)',
      en: 'General classifier of economic activities (OKED)',
    },
    type: 'text',
    maxLength: 10,
    pattern: '^[0-9]{2}(\\.[0-9]{1,2}(\\.[0-9])?|[0-9]{1,3})?$',
    formatHint: {
      kk: '85, 85.3, 85.31, 85.31.1 немесе 85311 түріндегі код',
      ru: 'код вида 85, 85.3, 85.31, 85.31.1 или 85311',
      en: 'a code such as 85, 85.3, 85.31, 85.31.1 or 85311',
    },
    required: NEVER,
  },
  {
    code: 'employer_ownership_form',
    labels: {
      kk: 'Жұмысқа орналасқан ұйымның меншік нысаны',
      ru: 'Форма собственности организации трудоустройства',
      en: 'Ownership form of the employer',
    },
    type: 'choice',
    options: [
      { code: 'state', labels: { kk: 'Мемлекеттік', ru: 'Государственная', en: 'State' } },
      { code: 'private', labels: { kk: 'Жеке', ru: 'Частная', en: 'Private' } },
      { code: 'other', labels: { kk: 'Басқа', ru: 'Иная', en: 'Other' } },
    ],
    required: NEVER,
  },
  {
    code: 'employer_name',
    labels: { kk: 'Жұмыс берушінің атауы', ru: 'Наименование организации трудоустройства', en: 'Employer name' },
    type: 'text',
    maxLength: 300,
    required: NEVER,
  },
  {
    code: 'employment_date',
    labels: { kk: 'Жұмысқа орналасқан күні', ru: 'Дата трудоустройства', en: 'Employment date' },
    type: 'date',
    notAfterToday: true,
    required: NEVER,
  },
  {
    code: 'further_education_institution',
    labels: {
      kk: 'Оқуын жалғастыратын оқу орны',
      ru: 'Учебное заведение, в котором продолжает обучение',
      en: 'Institution of further study',
    },
    type: 'text',
    maxLength: 300,
    required: NEVER,
  },
  {
    code: 'field_of_study',
    labels: { kk: 'Оқитын мамандығы', ru: 'Специальность обучения', en: 'Field of study' },
    type: 'text',
    maxLength: 200,
    required: NEVER,
  },
];
