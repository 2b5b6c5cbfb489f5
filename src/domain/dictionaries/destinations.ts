import type { DictionaryEntrySeed } from './types.js';

/** Destinations of graduates after school. */
export const DESTINATIONS: DictionaryEntrySeed[] = [
  {
    code: 'continues_at_school',
    names: {
      kk: 'Осы мектептің 10-сыныбында оқуын жалғастырды',
      ru: 'Продолжил обучение в 10 классе данной школы',
      en: 'Continued in grade 10 at this school',
    },
    flags: ['continues_at_school'],
    grades: [9],
  },
  {
    code: 'other_school_grade_10',
    names: {
      kk: 'Басқа мектептің 10-сыныбына түсті',
      ru: 'Поступил в 10 класс другой школы',
      en: 'Entered grade 10 at another school',
    },
    flags: [],
    grades: [9],
  },
  {
    code: 'college',
    names: {
      kk: 'Колледжге (ТжКБ ұйымына) түсті',
      ru: 'Поступил в колледж (ТиПО)',
      en: 'Entered a college (TVET)',
    },
    flags: [],
    grades: [],
  },
  {
    code: 'university',
    names: {
      kk: 'ЖОО-ға түсті',
      ru: 'Поступил в вуз',
      en: 'Entered a university',
    },
    flags: [],
    grades: [11, 12, 13],
  },
  {
    code: 'employed',
    names: {
      kk: 'Жұмысқа орналасты',
      ru: 'Трудоустроен',
      en: 'Employed',
    },
    flags: [],
    grades: [],
  },
  {
    code: 'military_service',
    names: {
      kk: 'Әскери қызметке шақырылды',
      ru: 'Призван на воинскую службу',
      en: 'Called up for military service',
    },
    flags: [],
    grades: [11, 12, 13],
  },
  {
    code: 'left_country',
    names: {
      kk: 'Қазақстан Республикасынан тыс жерге кетті',
      ru: 'Выехал за пределы страны',
      en: 'Left the country',
    },
    flags: ['requires_country'],
    grades: [],
  },
  {
    code: 'not_working_or_studying',
    names: {
      kk: 'Жұмыс істемейді және оқымайды',
      ru: 'Не работает и не учится',
      en: 'Neither working nor studying',
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
