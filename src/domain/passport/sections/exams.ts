import { NEVER, type SectionIndicator } from '../types.js';

export const EXAM_INDICATORS: SectionIndicator[] = [
  {
    code: 'special_exam_results',
    labels: { kk: 'Арнайы емтиханның нәтижесі', ru: 'Результат специального экзамена', en: 'Special exam results' },
    type: 'table',
    maxRows: 20,
    columns: [
      {
        code: 'exam_date',
        labels: { kk: 'Емтихан күні', ru: 'Дата экзамена', en: 'Exam date' },
        type: 'date',
        notAfterToday: true,
        required: true,
      },
      {
        code: 'area',
        labels: { kk: 'Арнайы емтихан саласы', ru: 'Область специального экзамена', en: 'Special exam area' },
        type: 'text',
        maxLength: 200,
        required: true,
      },
      {
        code: 'data',
        labels: { kk: 'Деректер', ru: 'Данные', en: 'Data' },
        type: 'text',
        maxLength: 1000,
        required: false,
      },
    ],
    required: NEVER,
  },
  {
    code: 'creative_exam_results',
    labels: {
      kk: 'Шығармашылық емтиханның нәтижесі',
      ru: 'Результат творческого экзамена',
      en: 'Creative exam results',
    },
    type: 'table',
    maxRows: 20,
    columns: [
      {
        code: 'test_date',
        labels: { kk: 'Тестілеу күні', ru: 'Дата тестирования', en: 'Test date' },
        type: 'date',
        notAfterToday: true,
        required: true,
      },
      {
        code: 'exam_sequence_number',
        labels: {
          kk: 'Шығармашылық емтиханның реттік нөмірі',
          ru: 'Порядковый номер творческого экзамена',
          en: 'Exam sequence number',
        },
        type: 'number',
        integer: true,
        min: 1,
        max: 20,
        required: true,
      },
      {
        code: 'exam_name',
        labels: {
          kk: 'Шығармашылық емтиханның атауы',
          ru: 'Наименование творческого экзамена',
          en: 'Exam name',
        },
        type: 'text',
        maxLength: 200,
        required: true,
      },
      {
        code: 'score',
        labels: { kk: 'Балл', ru: 'Балл', en: 'Score' },
        type: 'number',
        min: 0,
        max: 1000,
        required: true,
      },
    ],
    required: NEVER,
  },
];
