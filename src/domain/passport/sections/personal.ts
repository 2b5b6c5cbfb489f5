import { ALWAYS, NEVER, requiredWhen, type SectionIndicator } from '../types.js';
import { INSTRUCTION_LANGUAGES, NATIVE_LANGUAGES } from './languages.js';
import { HEALTH_GROUPS, PHYSICAL_EDUCATION_GROUPS, SPECIAL_CLASS_TYPES } from './personal-options.js';

/** Personal data other than the IIN, names, birth date and sex, which are columns of the student. */
export const PERSONAL_INDICATORS: SectionIndicator[] = [
  {
    code: 'citizenship',
    labels: { kk: 'Азаматтығы', ru: 'Гражданство', en: 'Citizenship' },
    type: 'choice',
    options: [
      {
        code: 'kazakhstan',
        labels: { kk: 'Қазақстан Республикасының азаматы', ru: 'Гражданин Республики Казахстан', en: 'Citizen of Kazakhstan' },
      },
      { code: 'foreign', labels: { kk: 'Шетел азаматы', ru: 'Иностранный гражданин', en: 'Foreign citizen' } },
      { code: 'stateless', labels: { kk: 'Азаматтығы жоқ адам', ru: 'Лицо без гражданства', en: 'Stateless person' } },
    ],
    required: ALWAYS,
  },
  {
    code: 'citizenship_country',
    labels: { kk: 'Азаматтық елі', ru: 'Страна гражданства', en: 'Country of citizenship' },
    type: 'choice',
    dictionary: 'countries',
    required: requiredWhen('citizenship', 'foreign'),
  },
  {
    code: 'kandas',
    labels: { kk: 'Қандас', ru: 'Кандас', en: 'Kandas (ethnic Kazakh returnee)' },
    type: 'boolean',
    required: NEVER,
  },
  {
    code: 'nationality',
    labels: { kk: 'Ұлты', ru: 'Национальность', en: 'Ethnicity' },
    type: 'text',
    maxLength: 100,
    required: ALWAYS,
  },
  {
    code: 'native_language',
    labels: { kk: 'Ана тілі', ru: 'Родной язык', en: 'Native language' },
    type: 'choice',
    options: NATIVE_LANGUAGES,
    required: ALWAYS,
  },
  {
    code: 'instruction_language',
    labels: { kk: 'Оқыту тілі', ru: 'Язык обучения', en: 'Language of instruction' },
    type: 'choice',
    options: INSTRUCTION_LANGUAGES,
    required: ALWAYS,
  },
  {
    // The 9-digit territory classifier code of the place of residence.
    code: 'territorial_affiliation',
    labels: {
      kk: 'Аумақтық тиесілілігі (ӘАОЖ)',
      ru: 'Территориальная принадлежность (КАТО)',
      en: 'Territorial affiliation (KATO)',
    },
    type: 'text',
    maxLength: 9,
    pattern: '^[0-9]{9}$',
    formatHint: { kk: '9 цифр, мысалы 596430100', ru: '9 цифр, например 596430100', en: '9 digits, for example 596430100' },
    required: ALWAYS,
  },
  {
    code: 'residence_area',
    labels: { kk: 'Тұратын жері', ru: 'Местность проживания', en: 'Area of residence' },
    type: 'choice',
    options: [
      { code: 'urban', labels: { kk: 'Қала', ru: 'Город', en: 'Urban' } },
      { code: 'rural', labels: { kk: 'Ауыл', ru: 'Село', en: 'Rural' } },
    ],
    required: ALWAYS,
  },
  {
    code: 'address',
    labels: { kk: 'Тұрғылықты мекенжайы', ru: 'Адрес проживания', en: 'Home address' },
    type: 'text',
    maxLength: 300,
    required: ALWAYS,
  },
  {
    code: 'phone',
    labels: { kk: 'Байланыс телефоны', ru: 'Контактный телефон', en: 'Contact phone' },
    type: 'text',
    maxLength: 20,
    pattern: '^\\+?[0-9][0-9 ()-]{5,18}[0-9]$',
    formatHint: {
      kk: '+7 XXX XXX XX XX (бос орын, жақша және дефис қоюға болады)',
      ru: '+7 XXX XXX XX XX (можно с пробелами, скобками и дефисами)',
      en: '+7 XXX XXX XX XX (spaces, brackets and hyphens are allowed)',
    },
    required: NEVER,
  },
  {
    code: 'studies_in_special_classes',
    labels: { kk: 'Арнайы сыныптарда оқиды', ru: 'Обучается в специальных классах', en: 'Studies in special classes' },
    type: 'boolean',
    required: ALWAYS,
  },
  {
    code: 'special_class_type',
    labels: { kk: 'Арнайы сыныптың түрі', ru: 'Вид специального класса', en: 'Type of special class' },
    type: 'choice',
    options: SPECIAL_CLASS_TYPES,
    required: requiredWhen('studies_in_special_classes', true),
  },
  {
    code: 'needs_boarding_school',
    labels: { kk: 'Интернатқа мұқтаж', ru: 'Нуждается в интернате', en: 'Needs a boarding school place' },
    type: 'boolean',
    required: ALWAYS,
  },
  {
    code: 'lives_in_boarding_school',
    labels: { kk: 'Интернатта тұрады', ru: 'Проживает в интернате', en: 'Lives in a boarding school' },
    type: 'boolean',
    required: requiredWhen('needs_boarding_school', true),
  },
  {
    code: 'needs_transport',
    labels: { kk: 'Мектепке тасымалдауды қажет етеді', ru: 'Нуждается в подвозе к школе', en: 'Needs transport to school' },
    type: 'boolean',
    required: ALWAYS,
  },
  {
    code: 'distance_to_school_km',
    labels: {
      kk: 'Үйден мектепке дейінгі қашықтық, км',
      ru: 'Расстояние от дома до школы, км',
      en: 'Distance from home to school, km',
    },
    type: 'number',
    min: 0,
    max: 300,
    required: requiredWhen('needs_transport', true),
  },
  {
    code: 'health_group',
    labels: { kk: 'Денсаулық тобы', ru: 'Группа здоровья', en: 'Health group' },
    type: 'choice',
    options: HEALTH_GROUPS,
    required: NEVER,
  },
  {
    code: 'physical_education_group',
    labels: { kk: 'Дене шынықтыру тобы', ru: 'Группа по физической культуре', en: 'Physical education group' },
    type: 'choice',
    options: PHYSICAL_EDUCATION_GROUPS,
    required: NEVER,
  },
];
