import { ALWAYS, NEVER, requiredWhen, type SectionIndicator } from '../types.js';

export const SOCIAL_INDICATORS: SectionIndicator[] = [
  {
    code: 'targeted_social_assistance',
    labels: {
      kk: 'Атаулы әлеуметтік көмек алушы',
      ru: 'Получатель адресной социальной помощи',
      en: 'Recipient of targeted social assistance',
    },
    type: 'boolean',
    required: ALWAYS,
  },
  {
    // An amount in tenge.
    code: 'subsistence_level',
    labels: { kk: 'Ең төмен күнкөріс деңгейі', ru: 'Уровень прожиточного минимума', en: 'Subsistence level' },
    type: 'number',
    min: 0,
    max: 10_000_000,
    required: requiredWhen('targeted_social_assistance', true),
  },
  {
    code: 'aid_category',
    labels: {
      kk: 'Қаржылай және материалдық көмек көрсетілетін азаматтар санатына жатады',
      ru: 'Относится к категории граждан, которым оказывается финансовая и материальная помощь',
      en: 'Belongs to a category of citizens who receive financial and material aid',
    },
    type: 'choice',
    dictionary: 'aidCategories',
    required: ALWAYS,
  },
  {
    code: 'free_meals',
    labels: { kk: 'Тегін тамақпен қамтылған', ru: 'Обеспечен бесплатным питанием', en: 'Receives free meals' },
    type: 'boolean',
    required: ALWAYS,
  },
  {
    code: 'school_uniform_aid',
    labels: {
      kk: 'Мектеп формасымен қамтамасыз етілген',
      ru: 'Обеспечен школьной формой',
      en: 'Provided with a school uniform',
    },
    type: 'boolean',
    required: NEVER,
  },
  {
    code: 'large_family',
    labels: { kk: 'Көп балалы отбасынан', ru: 'Из многодетной семьи', en: 'From a large family' },
    type: 'boolean',
    required: ALWAYS,
  },
  {
    code: 'single_parent_family',
    labels: { kk: 'Толық емес отбасынан', ru: 'Из неполной семьи', en: 'From a single-parent family' },
    type: 'boolean',
    required: NEVER,
  },
  {
    code: 'parental_care_status',
    labels: {
      kk: 'Жетім бала немесе ата-анасының қамқорлығынсыз қалған бала',
      ru: 'Сирота или ребенок, оставшийся без попечения родителей',
      en: 'Orphan or child left without parental care',
    },
    type: 'choice',
    options: [
      { code: 'no', labels: { kk: 'Жоқ', ru: 'Нет', en: 'No' } },
      { code: 'orphan', labels: { kk: 'Жетім', ru: 'Сирота', en: 'Orphan' } },
      {
        code: 'without_parental_care',
        labels: {
          kk: 'Ата-анасының қамқорлығынсыз қалған',
          ru: 'Оставшийся без попечения родителей',
          en: 'Left without parental care',
        },
      },
    ],
    required: ALWAYS,
  },
];
