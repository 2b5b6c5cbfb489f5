import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { indicatorByCode } from '../../src/domain/passport/catalogue.js';
import { resources } from '../../src/i18n/resources.js';
import { ApiError } from '../../src/web/api/client.js';
import { showFieldErrors } from '../../src/web/features/passport/fieldErrors.js';
import { parseNumberText } from '../../src/web/features/passport/numberText.js';
import { problemText } from '../../src/web/features/passport/problemText.js';
import { valueRule } from '../../src/web/features/passport/valueRules.js';

const i18n = i18next.createInstance();
await i18n.init({
  resources,
  lng: 'ru',
  ns: ['common', 'errors'],
  defaultNS: 'common',
  fallbackLng: false,
  interpolation: { escapeValue: false },
});

const distance = indicatorByCode('distance_to_school_km')!;
const phone = indicatorByCode('phone')!;
const issueDate = indicatorByCode('attestat_issue_date')!;
const creativeExams = indicatorByCode('creative_exam_results')!;
const score = creativeExams.columns!.find((column) => column.code === 'score')!;
const sequenceNumber = creativeExams.columns!.find((column) => column.code === 'exam_sequence_number')!;

/** Runs an antd rule's validator and returns its error text, or null when the value passes. */
async function ruleError(rule: ReturnType<typeof valueRule>, value: unknown): Promise<string | null> {
  const validator = (rule as { validator: (rule: unknown, value: unknown) => Promise<void> }).validator;
  try {
    await validator({}, value);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('parseNumberText', () => {
  it.each([
    ['12', 12],
    [' 12.5 ', 12.5],
    ['12,5', 12.5],
    ['-5', -5],
    ['99 999', 99999],
    ['', null],
    ['   ', null],
  ])('reads "%s" as %j', (text, expected) => {
    expect(parseNumberText(text)).toBe(expected);
  });

  it.each(['abc', '12a', '1.2.3', '-', '1,000.5'])('keeps "%s" as text', (text) => {
    expect(parseNumberText(text)).toBe(text);
  });
});

describe('valueRule', () => {
  it('reports a number above the maximum instead of clamping it', async () => {
    await i18n.changeLanguage('ru');

    expect(await ruleError(valueRule(i18n, distance), 99999)).toBe('Значение должно быть от 0 до 300.');
    expect(await ruleError(valueRule(i18n, distance), -5)).toBe('Значение должно быть от 0 до 300.');
    expect(await ruleError(valueRule(i18n, distance), 300)).toBeNull();
  });

  it('expects a number where letters were typed', async () => {
    await i18n.changeLanguage('ru');

    expect(await ruleError(valueRule(i18n, score, { required: true }), 'abc')).toBe('Ожидается число.');
    expect(await ruleError(valueRule(i18n, sequenceNumber, { required: true }), 1.5)).toBe('Ожидается целое число.');
  });

  it('reports an empty required cell', async () => {
    await i18n.changeLanguage('kk');

    expect(await ruleError(valueRule(i18n, score, { required: true }), undefined)).toBe('Міндетті ұяшық толтырылмаған');
    expect(await ruleError(valueRule(i18n, distance), undefined)).toBeNull();
  });

  it('names the expected format of a phone number', async () => {
    await i18n.changeLanguage('en');

    expect(await ruleError(valueRule(i18n, phone), 'call me')).toBe(
      'Wrong format. Expected: +7 XXX XXX XX XX (spaces, brackets and hyphens are allowed).',
    );
    expect(await ruleError(valueRule(i18n, phone), '+7 701 123 45 67')).toBeNull();
  });

  it('rejects a date after today and before 1900', async () => {
    await i18n.changeLanguage('ru');
    const rule = valueRule(i18n, issueDate, { today: '2026-06-15' });

    expect(await ruleError(rule, '2026-06-16')).toBe('Дата не может быть позже сегодняшней (15.06.2026): укажите дату уже состоявшегося события.');
    expect(await ruleError(rule, '1899-06-10')).toBe('Значение должно быть от 01.01.1900 до 15.06.2026.');
    expect(await ruleError(rule, '2026-06-15')).toBeNull();
  });

  it('passes a saved value that did not change', async () => {
    const rule = valueRule(i18n, issueDate, { today: '2026-05-20', unchanged: (value) => value === '2026-06-10' });

    expect(await ruleError(rule, '2026-06-10')).toBeNull();
    expect(await ruleError(rule, '2026-06-11')).not.toBeNull();
  });
});

describe('problemText', () => {
  it('uses the format hint in the UI language', async () => {
    const kato = indicatorByCode('territorial_affiliation')!;

    await i18n.changeLanguage('kk');
    expect(problemText(i18n, { code: 'invalid_format' }, kato)).toBe('Пішімі қате. Дұрыс пішімі: 9 цифр, мысалы 596430100.');
    await i18n.changeLanguage('ru');
    expect(problemText(i18n, { code: 'invalid_format' }, kato)).toBe('Неверный формат. Ожидается: 9 цифр, например 596430100.');
  });
});

describe('showFieldErrors', () => {
  it('puts server errors under their inputs and cells with the form texts', async () => {
    await i18n.changeLanguage('ru');
    const fieldsSet: { name: (string | number)[]; errors: string[] }[] = [];
    const form = { setFields: (fields: typeof fieldsSet) => fieldsSet.push(...fields) };
    const error = new ApiError(400, 'validation.invalid', 'invalid', {}, [
      { field: 'passport.phone', code: 'passport.invalid_format' },
      { field: 'passport.distance_to_school_km', code: 'passport.out_of_range', params: { min: 0, max: 300 } },
      { field: 'passport.attestat_issue_date', code: 'passport.date_in_future', params: { max: '2026-06-15' } },
      { field: 'passport.creative_exam_results', code: 'passport.invalid_row', params: { row: 2, column: 'score', reason: 'invalid_type', expected: 'number' } },
    ]);

    const unmatched = showFieldErrors(form as never, i18n, error, new Set(['phone', 'distance_to_school_km', 'attestat_issue_date', 'creative_exam_results']));

    expect(unmatched).toEqual([]);
    expect(fieldsSet).toEqual([
      { name: ['passport', 'phone'], errors: ['Неверный формат. Ожидается: +7 XXX XXX XX XX (можно с пробелами, скобками и дефисами).'] },
      { name: ['passport', 'distance_to_school_km'], errors: ['Значение должно быть от 0 до 300.'] },
      { name: ['passport', 'attestat_issue_date'], errors: ['Дата не может быть позже сегодняшней (15.06.2026): укажите дату уже состоявшегося события.'] },
      { name: ['passport', 'creative_exam_results', 1, 'score'], errors: ['Ожидается число.'] },
    ]);
  });
});
