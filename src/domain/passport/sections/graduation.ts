import { IN_FINAL_GRADE, IN_GRADUATING_GRADES, requiredWhen, type SectionIndicator } from '../types.js';

/** The education document issued at graduation and the Altyn Belgi award. */
export const GRADUATION_INDICATORS: SectionIndicator[] = [
  {
    code: 'attestat_series',
    labels: { kk: 'Аттестат сериясы', ru: 'Серия аттестата', en: 'Attestat series' },
    type: 'text',
    maxLength: 20,
    required: IN_GRADUATING_GRADES,
  },
  {
    code: 'attestat_number',
    labels: { kk: 'Аттестат нөмірі', ru: 'Номер аттестата', en: 'Attestat number' },
    type: 'text',
    maxLength: 20,
    required: IN_GRADUATING_GRADES,
  },
  {
    code: 'attestat_issue_date',
    labels: { kk: 'Аттестаттың берілу күні', ru: 'Дата выдачи аттестата', en: 'Attestat issue date' },
    type: 'date',
    notAfterToday: true,
    required: IN_GRADUATING_GRADES,
  },
  {
    code: 'altyn_belgi_candidate',
    labels: {
      kk: '«Алтын белгі» белгісіне үміткер',
      ru: 'Претендент на награждение знаком «Алтын белгі»',
      en: 'Altyn Belgi candidate',
    },
    type: 'boolean',
    required: IN_FINAL_GRADE,
  },
  {
    code: 'altyn_belgi_confirmed',
    labels: {
      kk: '«Алтын белгі» белгісін растады',
      ru: 'Подтвердил знак «Алтын белгі»',
      en: 'Altyn Belgi confirmed',
    },
    type: 'boolean',
    required: requiredWhen('altyn_belgi_candidate', true),
  },
];
