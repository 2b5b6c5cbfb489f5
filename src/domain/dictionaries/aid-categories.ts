import type { DictionaryEntrySeed } from './types.js';

/** Categories of students who receive financial and material aid from the school. */
export const AID_CATEGORIES: DictionaryEntrySeed[] = [
  {
    code: 'targeted_social_assistance_family',
    names: {
      kk: 'Мемлекеттік атаулы әлеуметтік көмек алуға құқығы бар отбасылардың балалары',
      ru: 'Дети из семей, имеющих право на получение государственной адресной социальной помощи',
      en: 'Children from families entitled to state targeted social assistance',
    },
    flags: [],
    grades: [],
  },
  {
    code: 'below_subsistence_family',
    names: {
      kk: 'Мемлекеттік атаулы әлеуметтік көмек алмайтын, жан басына шаққандағы орташа табысы ең төмен күнкөріс деңгейінен төмен отбасылардың балалары',
      ru: 'Дети из семей, не получающих государственную адресную социальную помощь, в которых среднедушевой доход ниже величины прожиточного минимума',
      en: 'Children from families with a per capita income below the subsistence level who do not receive state targeted social assistance',
    },
    flags: [],
    grades: [],
  },
  {
    code: 'orphan_or_without_parental_care',
    names: {
      kk: 'Жетім балалар және ата-анасының қамқорлығынсыз қалған балалар',
      ru: 'Дети-сироты и дети, оставшиеся без попечения родителей',
      en: 'Orphans and children left without parental care',
    },
    flags: [],
    grades: [],
  },
  {
    code: 'emergency_family',
    names: {
      kk: 'Төтенше жағдайлар салдарынан шұғыл көмекті қажет ететін отбасылардың балалары',
      ru: 'Дети из семей, требующих экстренной помощи в результате чрезвычайных ситуаций',
      en: 'Children from families in need of emergency aid after an emergency',
    },
    flags: [],
    grades: [],
  },
  {
    code: 'large_family',
    names: {
      kk: 'Көп балалы отбасылардың балалары',
      ru: 'Дети из многодетных семей',
      en: 'Children from large families',
    },
    flags: [],
    grades: [],
  },
  {
    code: 'disability',
    names: {
      kk: 'Мүгедектігі бар балалар',
      ru: 'Дети с инвалидностью',
      en: 'Children with disabilities',
    },
    flags: [],
    grades: [],
  },
  {
    code: 'other_collegial_body',
    names: {
      kk: 'Білім беру ұйымының алқалы басқару органы айқындайтын білім алушылар мен тәрбиеленушілердің өзге де санаттары',
      ru: 'Иные категории обучающихся и воспитанников, определяемые коллегиальным органом управления организации образования',
      en: 'Other categories of students determined by the collegial governing body of the school',
    },
    flags: [],
    grades: [],
  },
  {
    code: 'none',
    names: {
      kk: 'Санатқа жатпайды',
      ru: 'Не относится',
      en: 'Not in a category',
    },
    flags: ['no_category'],
    grades: [],
  },
];
