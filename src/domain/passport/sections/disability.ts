import { ALWAYS, NEVER, requiredWhen, type SectionIndicator } from '../types.js';

export const DISABILITY_INDICATORS: SectionIndicator[] = [
  {
    code: 'has_disability',
    labels: { kk: 'Мүгедектігі бар', ru: 'Имеет инвалидность', en: 'Has a disability' },
    type: 'boolean',
    required: ALWAYS,
  },
  {
    code: 'disability_group',
    labels: { kk: 'Мүгедектік тобы', ru: 'Группа инвалидности', en: 'Disability group' },
    type: 'choice',
    options: [
      {
        code: 'child_under_16',
        labels: {
          kk: 'Мүгедектігі бар 16 жасқа дейінгі бала',
          ru: 'Ребенок с инвалидностью до 16 лет',
          en: 'Child with a disability under 16',
        },
      },
      { code: 'group_1', labels: { kk: 'Бірінші топ', ru: 'Первая группа', en: 'Group I' } },
      { code: 'group_2', labels: { kk: 'Екінші топ', ru: 'Вторая группа', en: 'Group II' } },
      { code: 'group_3', labels: { kk: 'Үшінші топ', ru: 'Третья группа', en: 'Group III' } },
    ],
    required: requiredWhen('has_disability', true),
  },
  {
    code: 'disability_until',
    labels: { kk: 'Мүгедектік мерзімі', ru: 'Инвалидность установлена до', en: 'Disability established until' },
    type: 'date',
    required: NEVER,
  },
  {
    code: 'inclusive_education',
    labels: { kk: 'Инклюзивті біліммен қамтылған', ru: 'Охвачен инклюзивным образованием', en: 'In inclusive education' },
    type: 'boolean',
    required: ALWAYS,
  },
  {
    code: 'special_educational_needs',
    labels: {
      kk: 'Ерекше білім беру қажеттіліктері бар',
      ru: 'Имеет особые образовательные потребности',
      en: 'Has special educational needs',
    },
    type: 'boolean',
    required: ALWAYS,
  },
  {
    // PMPC: the psychological, medical and pedagogical consultation that assesses special educational needs.
    code: 'pmpc_conclusion_date',
    labels: { kk: 'ПМПК қорытындысының күні', ru: 'Дата заключения ПМПК', en: 'PMPC conclusion date' },
    type: 'date',
    notAfterToday: true,
    required: requiredWhen('special_educational_needs', true),
  },
  {
    code: 'pmpc_conclusion_number',
    labels: { kk: 'ПМПК қорытындысының нөмірі', ru: 'Номер заключения ПМПК', en: 'PMPC conclusion number' },
    type: 'text',
    maxLength: 50,
    required: NEVER,
  },
  {
    code: 'needs_special_conditions',
    labels: {
      kk: 'Арнайы оқу жағдайларын қажет етеді',
      ru: 'Нуждается в специальных условиях обучения',
      en: 'Needs special learning conditions',
    },
    type: 'boolean',
    required: NEVER,
  },
  {
    code: 'needs_assistant',
    labels: { kk: 'Ассистенттің көмегін қажет етеді', ru: 'Нуждается в помощи ассистента', en: 'Needs an assistant' },
    type: 'boolean',
    required: NEVER,
  },
];
