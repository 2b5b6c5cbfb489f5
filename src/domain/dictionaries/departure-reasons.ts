import type { DictionaryEntrySeed } from './types.js';

/** Reasons for a student's departure from the school before graduation. */
export const DEPARTURE_REASONS: DictionaryEntrySeed[] = [
  {
    code: 'to_school_in_kazakhstan',
    names: {
      kk: 'Қазақстандағы басқа мектепке ауысу',
      ru: 'Перевод в другую школу Казахстана',
      en: 'Move to another school in Kazakhstan',
    },
    flags: ['to_school_in_kazakhstan'],
    grades: [],
  },
  {
    code: 'left_country',
    names: {
      kk: 'Қазақстан Республикасынан тыс жерге кету',
      ru: 'Выезд за пределы Республики Казахстан',
      en: 'Departure from Kazakhstan',
    },
    flags: ['requires_country'],
    grades: [],
  },
  {
    code: 'to_college',
    names: {
      kk: 'Колледжге (ТжКБ ұйымына) түсу',
      ru: 'Поступление в колледж (ТиПО)',
      en: 'Admission to a college (TVET)',
    },
    flags: [],
    grades: [],
  },
  {
    code: 'health',
    names: {
      kk: 'Денсаулық жағдайы бойынша',
      ru: 'По состоянию здоровья',
      en: 'Health reasons',
    },
    flags: [],
    grades: [],
  },
  {
    code: 'death',
    names: {
      kk: 'Қайтыс болуы',
      ru: 'Смерть',
      en: 'Death',
    },
    flags: [],
    grades: [],
  },
  {
    code: 'expelled',
    names: {
      kk: 'Білім беру ұйымынан шығарылу',
      ru: 'Отчисление из организации образования',
      en: 'Expulsion from the school',
    },
    flags: [],
    grades: [],
  },
  {
    code: 'other',
    names: {
      kk: 'Басқа',
      ru: 'Другое',
      en: 'Other',
    },
    flags: [],
    grades: [],
  },
];
