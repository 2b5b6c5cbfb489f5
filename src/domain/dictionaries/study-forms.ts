import type { DictionaryEntrySeed } from './types.js';

export const STUDY_FORMS: DictionaryEntrySeed[] = [
  {
    code: 'full_time',
    names: { kk: 'Күндізгі', ru: 'Очная', en: 'Full-time' },
    flags: [],
    grades: [],
  },
  {
    code: 'evening',
    names: { kk: 'Кешкі', ru: 'Вечерняя', en: 'Evening (part-time)' },
    flags: [],
    grades: [],
  },
  {
    code: 'home_schooling',
    names: { kk: 'Үйде оқыту', ru: 'Обучение на дому', en: 'Home schooling' },
    flags: [],
    grades: [],
  },
  {
    code: 'external_study',
    names: { kk: 'Экстернат', ru: 'Экстернат', en: 'External study' },
    flags: ['external_study'],
    grades: [],
  },
  {
    code: 'family_education',
    names: { kk: 'Отбасылық білім беру', ru: 'Семейное образование', en: 'Family education' },
    flags: [],
    grades: [],
  },
];
