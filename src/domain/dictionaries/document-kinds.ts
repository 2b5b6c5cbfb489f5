import type { DictionaryEntrySeed } from './types.js';

/** Kinds of state education documents issued at graduation. */
export const DOCUMENT_KINDS: DictionaryEntrySeed[] = [
  {
    code: 'basic_secondary_attestat',
    names: {
      kk: 'Негізгі орта білім туралы аттестат',
      ru: 'Аттестат об основном среднем образовании',
      en: 'Attestat of basic secondary education',
    },
    flags: [],
    grades: [9],
  },
  {
    code: 'basic_secondary_attestat_with_distinction',
    names: {
      kk: 'Негізгі орта білім туралы үздік аттестат',
      ru: 'Аттестат об основном среднем образовании с отличием',
      en: 'Attestat of basic secondary education with distinction',
    },
    flags: ['with_distinction'],
    grades: [9],
  },
  {
    code: 'general_secondary_attestat',
    names: {
      kk: 'Жалпы орта білім туралы аттестат',
      ru: 'Аттестат об общем среднем образовании',
      en: 'Attestat of general secondary education',
    },
    flags: [],
    grades: [11, 12, 13],
  },
  {
    code: 'general_secondary_attestat_with_distinction',
    names: {
      kk: 'Жалпы орта білім туралы үздік аттестат',
      ru: 'Аттестат об общем среднем образовании с отличием',
      en: 'Attestat of general secondary education with distinction',
    },
    flags: ['with_distinction'],
    grades: [11, 12, 13],
  },
  {
    code: 'altyn_belgi_attestat',
    names: {
      kk: '«Алтын белгі» аттестаты',
      ru: 'Аттестат «Алтын белгі»',
      en: 'Altyn Belgi attestat',
    },
    flags: ['altyn_belgi'],
    grades: [11, 12, 13],
  },
  {
    code: 'incomplete_education_certificate',
    names: {
      kk: 'Білім алуды аяқтамаған адамдарға берілетін анықтама',
      ru: 'Справка лицам, не завершившим обучение',
      en: 'Certificate for those who did not complete their education',
    },
    flags: [],
    grades: [9, 11, 12, 13],
  },
];
