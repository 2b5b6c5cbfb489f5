import dayjs from 'dayjs';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DICTIONARIES } from '../../src/domain/dictionaries.js';
import { resources } from '../../src/i18n/resources.js';
import { ApiError } from '../../src/web/api/client.js';
import type { StudentListItem } from '../../src/web/features/contingent/types.js';
import {
  countryOptions,
  departureLimit,
  destinationOptions,
  documentKindOptions,
  isAfterToday,
  isOutsideLimit,
  requiresCountry,
} from '../../src/web/features/graduation/dialogOptions.js';
import { studentErrorLines, withoutStudentErrors } from '../../src/web/features/graduation/studentErrors.js';
import type { DictionaryEntry } from '../../src/web/shared/useDictionaries.js';

function entries(name: 'documentKinds' | 'destinations'): DictionaryEntry[] {
  return DEFAULT_DICTIONARIES[name].map((entry) => ({ ...entry, names: { ...entry.names, en: entry.names.en ?? entry.names.ru }, active: true }));
}

const documentKinds = entries('documentKinds');
const destinations = entries('destinations');

const countries: DictionaryEntry[] = [
  { code: 'KZ', names: { kk: 'Қазақстан', ru: 'Казахстан', en: 'Kazakhstan' }, active: true, flags: [], grades: [] },
  { code: 'DE', names: { kk: 'Германия', ru: 'Германия', en: 'Germany' }, active: true, flags: [], grades: [] },
  { code: 'AZ', names: { kk: 'Әзірбайжан', ru: 'Азербайджан', en: 'Azerbaijan' }, active: true, flags: [], grades: [] },
  { code: 'UZ', names: { kk: 'Өзбекстан', ru: 'Узбекистан', en: 'Uzbekistan' }, active: true, flags: [], grades: [] },
  { code: 'RU', names: { kk: 'Ресей', ru: 'Россия', en: 'Russia' }, active: true, flags: [], grades: [] },
  { code: 'IE', names: { kk: 'Ірландия', ru: 'Ирландия', en: 'Ireland' }, active: true, flags: [], grades: [] },
  { code: 'AF', names: { kk: 'Ауғанстан', ru: 'Афганистан', en: 'Afghanistan' }, active: true, flags: [], grades: [] },
];

const JUNE = { from: '2026-06-01', to: '2026-06-30' };

describe('documentKindOptions', () => {
  it('offers the basic secondary documents in grade 9, without Altyn Belgi', () => {
    const codes = documentKindOptions(documentKinds, 'ru', 9, 11).map((option) => option.value);

    expect(codes).toEqual(['basic_secondary_attestat', 'basic_secondary_attestat_with_distinction', 'incomplete_education_certificate']);
  });

  it('offers the general secondary documents and Altyn Belgi in the final grade', () => {
    const codes = documentKindOptions(documentKinds, 'ru', 11, 11).map((option) => option.value);

    expect(codes).toEqual([
      'general_secondary_attestat',
      'general_secondary_attestat_with_distinction',
      'altyn_belgi_attestat',
      'incomplete_education_certificate',
    ]);
  });

  it('drops Altyn Belgi below the final grade', () => {
    const widened = documentKinds.map((entry) => (entry.code === 'altyn_belgi_attestat' ? { ...entry, grades: [] } : entry));

    expect(documentKindOptions(widened, 'ru', 9, 12).map((option) => option.value)).not.toContain('altyn_belgi_attestat');
    expect(documentKindOptions(widened, 'ru', 12, 12).map((option) => option.value)).toContain('altyn_belgi_attestat');
  });

  it('leaves out inactive entries and shows names in the UI language', () => {
    const retired = documentKinds.map((entry) => (entry.code === 'general_secondary_attestat_with_distinction' ? { ...entry, active: false } : entry));
    const options = documentKindOptions(retired, 'kk', 11, 11);

    expect(options.map((option) => option.value)).not.toContain('general_secondary_attestat_with_distinction');
    expect(options[0]).toEqual({ value: 'general_secondary_attestat', label: 'Жалпы орта білім туралы аттестат' });
  });
});

describe('destinationOptions', () => {
  it('offers grade-10 destinations only in grade 9', () => {
    const grade9 = destinationOptions(destinations, 'ru', 9).map((option) => option.value);
    const grade11 = destinationOptions(destinations, 'ru', 11).map((option) => option.value);

    expect(grade9).toContain('continues_at_school');
    expect(grade9).not.toContain('university');
    expect(grade11).not.toContain('continues_at_school');
    expect(grade11).toContain('university');
    expect(grade11).toContain('left_country');
  });
});

describe('requiresCountry', () => {
  it('is true only for the destination flagged requires_country', () => {
    expect(requiresCountry(destinations, 'left_country')).toBe(true);
    expect(requiresCountry(destinations, 'university')).toBe(false);
    expect(requiresCountry(destinations, undefined)).toBe(false);
    expect(requiresCountry(undefined, 'left_country')).toBe(false);
  });
});

describe('countryOptions', () => {
  it('leaves out Kazakhstan and sorts by the Kazakh alphabet', () => {
    // In Kazakh, Ә follows А, Ө follows О, and І comes near the end, after Ы.
    expect(countryOptions(countries, 'kk').map((option) => option.label)).toEqual(['Ауғанстан', 'Әзірбайжан', 'Германия', 'Өзбекстан', 'Ресей', 'Ірландия']);
  });

  it('sorts by the Russian alphabet in Russian', () => {
    expect(countryOptions(countries, 'ru').map((option) => option.label)).toEqual(['Азербайджан', 'Афганистан', 'Германия', 'Ирландия', 'Россия', 'Узбекистан']);
  });
});

describe('departure and order dates', () => {
  it('limits the departure date to June unless every student is in external study', () => {
    expect(departureLimit(JUNE, [{ externalStudy: true }, { externalStudy: false }])).toEqual(JUNE);
    expect(departureLimit(JUNE, [{ externalStudy: true }, { externalStudy: true }])).toBeNull();
    expect(departureLimit(JUNE, [])).toEqual(JUNE);
  });

  it('disables the days outside the window and none without one', () => {
    expect(isOutsideLimit(dayjs('2026-05-31'), JUNE)).toBe(true);
    expect(isOutsideLimit(dayjs('2026-06-01'), JUNE)).toBe(false);
    expect(isOutsideLimit(dayjs('2026-06-30'), JUNE)).toBe(false);
    expect(isOutsideLimit(dayjs('2026-07-01'), JUNE)).toBe(true);
    expect(isOutsideLimit(dayjs('2025-12-01'), null)).toBe(false);
  });

  it('disables order dates after today', () => {
    expect(isAfterToday(dayjs('2026-06-15'), '2026-06-15')).toBe(false);
    expect(isAfterToday(dayjs('2026-06-16'), '2026-06-15')).toBe(true);
  });
});

describe('studentErrorLines', () => {
  const i18n = i18next.createInstance();
  void i18n.init({ resources, lng: 'ru', ns: ['errors', 'graduation'], fallbackLng: false, initAsync: false, interpolation: { escapeValue: false } });

  const student = (id: number, lastName: string, middleName: string | null): StudentListItem => ({
    id,
    iin: '080229692407',
    lastName,
    firstName: 'Ұлжан',
    middleName,
    grade: 11,
    letter: 'А',
    status: 'active',
    studyForm: 'full_time',
    fill: { filled: 22, required: 22 },
  });
  const known = new Map([
    [5, student(5, 'Әбдірахман', 'Төлегенқызы')],
    [7, student(7, 'Морозова', null)],
  ]);

  const rejection = new ApiError(400, 'graduation.invalid', 'invalid', {}, [
    { field: 'orderDate', code: 'graduation.order_date_in_future', params: { today: '2026-06-15' } },
    { field: 'studentIds.0', code: 'graduation.not_ready', params: { studentId: 5, missing: 'attestat_series,attestat_number' } },
    { field: 'students.5.documentKind', code: 'graduation.altyn_belgi_not_confirmed', params: { studentId: 5 } },
    { field: 'students.7.departureDate', code: 'graduation.departure_date_not_in_june', params: { studentId: 7, from: '2026-06-01', to: '2026-06-30' } },
    { field: 'studentIds.2', code: 'graduation.already_graduated', params: { studentId: 9 } },
  ]);

  it('groups the errors by student with names and translated texts', () => {
    const lines = studentErrorLines(i18n, rejection, known);

    expect(lines).toEqual([
      {
        studentId: 5,
        name: 'Әбдірахман Ұлжан Төлегенқызы',
        messages: ['в паспорте не заполнено: Серия аттестата, Номер аттестата', resources.ru.errors.graduation.altyn_belgi_not_confirmed],
      },
      {
        studentId: 7,
        name: 'Морозова Ұлжан',
        messages: ['Дата выбытия должна быть с 01.06.2026 по 30.06.2026: доступен только июнь закрываемого учебного года, кроме учащихся экстерната.'],
      },
      { studentId: 9, name: 'ID 9', messages: [resources.ru.errors.graduation.already_graduated] },
    ]);
  });

  it('keeps only the request fields for the form', () => {
    const requestErrors = withoutStudentErrors(rejection);

    expect(requestErrors.code).toBe('graduation.invalid');
    expect(requestErrors.fieldErrors.map((error) => error.field)).toEqual(['orderDate']);
  });
});
