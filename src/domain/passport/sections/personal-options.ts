import type { IndicatorOption } from '../types.js';

/** Special classes by the kind of impairment they teach. */
export const SPECIAL_CLASS_TYPES: IndicatorOption[] = [
  {
    code: 'hearing',
    labels: {
      kk: 'Есту қабілеті бұзылған балаларға арналған',
      ru: 'Для детей с нарушением слуха',
      en: 'For children with hearing impairments',
    },
  },
  {
    code: 'vision',
    labels: {
      kk: 'Көру қабілеті бұзылған балаларға арналған',
      ru: 'Для детей с нарушением зрения',
      en: 'For children with visual impairments',
    },
  },
  {
    code: 'speech',
    labels: {
      kk: 'Сөйлеу тілі бұзылған балаларға арналған',
      ru: 'Для детей с нарушением речи',
      en: 'For children with speech impairments',
    },
  },
  {
    code: 'intellectual',
    labels: {
      kk: 'Зияты бұзылған балаларға арналған',
      ru: 'Для детей с нарушением интеллекта',
      en: 'For children with intellectual disabilities',
    },
  },
  {
    code: 'musculoskeletal',
    labels: {
      kk: 'Тірек-қимыл аппараты бұзылған балаларға арналған',
      ru: 'Для детей с нарушением опорно-двигательного аппарата',
      en: 'For children with musculoskeletal disorders',
    },
  },
  {
    code: 'developmental_delay',
    labels: {
      kk: 'Психикалық дамуы тежелген балаларға арналған',
      ru: 'Для детей с задержкой психического развития',
      en: 'For children with delayed mental development',
    },
  },
  { code: 'other', labels: { kk: 'Басқа', ru: 'Другой', en: 'Other' } },
];

export const HEALTH_GROUPS: IndicatorOption[] = [
  { code: 'group_1', labels: { kk: 'I топ', ru: 'I группа', en: 'Group I' } },
  { code: 'group_2', labels: { kk: 'II топ', ru: 'II группа', en: 'Group II' } },
  { code: 'group_3', labels: { kk: 'III топ', ru: 'III группа', en: 'Group III' } },
  { code: 'group_4', labels: { kk: 'IV топ', ru: 'IV группа', en: 'Group IV' } },
  { code: 'group_5', labels: { kk: 'V топ', ru: 'V группа', en: 'Group V' } },
];

export const PHYSICAL_EDUCATION_GROUPS: IndicatorOption[] = [
  { code: 'main', labels: { kk: 'Негізгі', ru: 'Основная', en: 'Main' } },
  { code: 'preparatory', labels: { kk: 'Дайындық', ru: 'Подготовительная', en: 'Preparatory' } },
  { code: 'special', labels: { kk: 'Арнайы', ru: 'Специальная', en: 'Special' } },
];
