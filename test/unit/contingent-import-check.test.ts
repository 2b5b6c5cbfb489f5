import { describe, expect, it } from 'vitest';
import type { RawCell } from '../../src/domain/contingent-import/cells.js';
import { checkFile, type SheetRow } from '../../src/domain/contingent-import/check-file.js';
import { titleLookup } from '../../src/domain/contingent-import/columns.js';
import { DEFAULT_DICTIONARIES } from '../../src/domain/dictionaries.js';
import { makeIin } from '../../src/domain/iin.js';
import { COUNTRIES } from '../../src/server/features/dictionaries/countries.js';
import type { Dictionaries } from '../../src/server/features/dictionaries/list-dictionaries.js';
import { importColumnSpecs, rowCheckContext } from '../../src/server/features/contingent-import/import-columns.js';
import { SPREADSHEET_INDICATORS } from '../../src/server/features/exports/passport-columns.js';

const dictionaries: Dictionaries = {
  ...Object.fromEntries(
    Object.entries(DEFAULT_DICTIONARIES).map(([name, entries]) => [name, entries.map((entry) => ({ ...entry, active: true }))]),
  ),
  countries: COUNTRIES,
};
const context = rowCheckContext(dictionaries, '2026-06-15');
const specs = importColumnSpecs('ru');

const IIN_A = makeIin('2009-03-17', 'female', 1234)!;
const IIN_B = makeIin('2010-11-02', 'male', 4321)!;

/** Builds sheet rows numbered from 1, the way a reader returns them. */
function sheet(...rows: RawCell[][]): SheetRow[] {
  return rows.map((cells, index) => ({ number: index + 1, cells }));
}

const HEADER: RawCell[] = ['ИИН', 'Фамилия', 'Имя', 'Отчество', 'Параллель', 'Литера'];

describe('import columns', () => {
  it('give every title to one column only', () => {
    expect(() => titleLookup(specs)).not.toThrow();
  });

  it('cover every spreadsheet indicator', () => {
    const fields = specs.map((spec) => spec.field);
    for (const indicator of SPREADSHEET_INDICATORS) expect(fields).toContain(`passport.${indicator.code}`);
  });
});

describe('checkFile', () => {
  it('reads a header below title lines and skips ignored columns', () => {
    const checked = checkFile(
      sheet(['Школа №5'], ['Контингент. Сформировано 15.06.2026'], ['№', ...HEADER, 'Статистика заполнения'], [1, IIN_A, 'Әлібекова', 'Іңкәр', null, 9, 'ә', '18/18']),
      specs,
      context,
    );

    expect(checked.problems).toEqual([]);
    expect(checked.ignored).toEqual([
      { letter: 'A', title: '№' },
      { letter: 'H', title: 'Статистика заполнения' },
    ]);
    expect(checked.rows).toEqual([{ row: 4, iin: IIN_A, lastName: 'Әлібекова', firstName: 'Іңкәр', middleName: null, grade: 9, letter: 'Ә', studyForm: null, passport: {} }]);
  });

  it('matches Kazakh titles and reads passport values by type', () => {
    const checked = checkFile(
      sheet(
        ['ЖСН', 'Тегі', 'Аты', 'Параллель', 'Литера', 'Оқу нысаны', 'Мүгедектігі бар', 'Тұратын жері', 'Үйден мектепке дейінгі қашықтық, км', 'ПМПК қорытындысының күні'],
        [IIN_A, 'Сейітова', 'Аружан', '5 класс', 'Б', 'Күндізгі', 'Иә', 'Ауыл', '3,5', new Date(Date.UTC(2025, 8, 1))],
      ),
      specs,
      context,
    );

    expect(checked.problems).toEqual([]);
    expect(checked.rows[0]).toMatchObject({ grade: 5, letter: 'Б', studyForm: 'full_time' });
    expect(checked.rows[0].passport).toEqual({ has_disability: true, residence_area: 'rural', distance_to_school_km: 3.5, pmpc_conclusion_date: '2025-09-01' });
  });

  it('reports each bad cell with its row, column and title', () => {
    const wrongCheckDigit = `${IIN_A.slice(0, 11)}${(Number(IIN_A[11]) + 1) % 10}`;
    const checked = checkFile(
      sheet(
        [...HEADER, 'Дата рождения', 'Родной язык', 'Относится к категории граждан, которым оказывается финансовая и материальная помощь'],
        [wrongCheckDigit, 'Ахметов', 'Ерлан', null, 7, 'А', null, null, null],
        [IIN_A, 'Ахметова', 'Дана', null, 14, 'Q', '17.03.2008', 'клингонский', 'Неизвестная категория'],
        [IIN_B, '', 'Марат', null, 3, 'В', null, null, null],
        [IIN_B, 'Омаров', 'Марат', null, 3, 'В', null, null, null],
      ),
      specs,
      context,
    );

    const problems = checked.problems.map((problem) => [problem.field, problem.code, problem.params?.title]);
    expect(problems).toEqual([
      ['A2', 'student.iin_invalid', 'ИИН'],
      ['E3', 'student.grade_invalid', 'Параллель'],
      ['F3', 'student.letter_invalid', 'Литера'],
      ['G3', 'student.birth_date_mismatch', 'Дата рождения'],
      ['H3', 'import.choice_unknown', 'Родной язык'],
      ['I3', 'import.choice_unknown', 'Относится к категории граждан, которым оказывается финансовая и материальная помощь'],
      ['B4', 'import.value_required', 'Фамилия'],
      ['A5', 'import.iin_duplicate', 'ИИН'],
    ]);
    expect(checked.problems[0].params).toMatchObject({ row: 2, column: 'A', reason: 'check_digit' });
    expect(checked.problems[3].params).toMatchObject({ expected: '2009-03-17' });
    expect(checked.problems[7].params).toMatchObject({ firstRow: 4 });
    expect(checked.rows).toEqual([]);
  });

  it('reports a missing required column and a repeated one', () => {
    const checked = checkFile(sheet(['ИИН', 'Фамилия', 'Имя', 'Литера', 'Фамилия'], [IIN_A, 'А', 'Б', 'А', 'В']), specs, context);

    expect(checked.problems).toEqual([
      { field: 'E1', code: 'import.column_duplicate', params: { firstColumn: 'B', row: 1, column: 'E', title: 'Фамилия' } },
      { field: 'file', code: 'import.column_missing', params: { title: 'Параллель' } },
    ]);
  });

  it('reports a sheet without a header row', () => {
    const checked = checkFile(sheet(['Фамилия', 'Имя'], ['Ахметов', 'Ерлан']), specs, context);

    expect(checked.problems).toEqual([{ field: 'file', code: 'import.header_missing', params: { title: 'ИИН', rows: 20 } }]);
  });

  it('reports a header without rows', () => {
    const checked = checkFile(sheet(HEADER, [null, '', null]), specs, context);

    expect(checked.problems).toEqual([{ field: 'file', code: 'import.no_rows', params: { headerRow: 1 } }]);
  });

  it('checks passport values against the catalogue rules', () => {
    const checked = checkFile(
      sheet([...HEADER, 'Территориальная принадлежность (КАТО)', 'Дата выдачи аттестата', 'Имеет инвалидность'], [IIN_A, 'А', 'Б', null, 9, 'А', '59643', '01.07.2026', 'может быть']),
      specs,
      context,
    );

    expect(checked.problems.map((problem) => [problem.field, problem.code])).toEqual([
      ['G2', 'passport.invalid_format'],
      ['H2', 'passport.date_in_future'],
      ['I2', 'import.boolean_invalid'],
    ]);
    expect(checked.problems[0].params).toMatchObject({ indicator: 'territorial_affiliation' });
  });
});
