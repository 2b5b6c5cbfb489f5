import { isValidGrade } from '../grades.js';
import { normalizeClassLetter } from '../kazakh-order.js';
import { indicatorByCode } from '../passport/catalogue.js';
import { validatePassportValues, type ActiveDictionaryCodes } from '../passport/validate.js';
import { checkStudentIdentity } from '../student-identity.js';
import {
  cellText,
  isBlankCell,
  parseBooleanCell,
  parseChoiceCell,
  parseDateCell,
  parseGradeCell,
  parseIinCell,
  parseNumberCell,
  type CellResult,
  type RawCell,
} from './cells.js';
import { cellProblem, compareProblems, type ImportField, type ImportProblem, type MatchedColumn } from './columns.js';

/** Maximum length of a surname, name or patronymic, as the student form accepts. */
export const MAX_NAME_LENGTH = 100;

/** Inputs of a row check besides the cells: value lookups, the active dictionary codes and today. */
export interface RowCheckContext {
  /** Folded study form names and codes to codes. */
  studyForms: ReadonlyMap<string, string>;
  activeStudyForms: readonly string[];
  /** Folded sex names (Ер, Женский, M…) to the sex. */
  sexes: ReadonlyMap<string, string>;
  /** For each choice indicator, folded option names and codes to codes. */
  choices: ReadonlyMap<string, ReadonlyMap<string, string>>;
  activeCodes: ActiveDictionaryCodes;
  /** Today as YYYY-MM-DD in Asia/Almaty, for dates that cannot lie ahead. */
  today: string;
}

/** A row of the file that passed every check. Absent optional values are null; an empty passport cell is left out. */
export interface ImportedRow {
  row: number;
  iin: string;
  lastName: string;
  firstName: string;
  middleName: string | null;
  grade: number;
  letter: string;
  studyForm: string | null;
  passport: Record<string, unknown>;
}

type Cells = Map<ImportField, { column: MatchedColumn; cell: RawCell }>;

/**
 * Checks one data row and returns the student it describes, or every problem
 * with its cell. `rowNumber` is the row's number in the spreadsheet, 1-based.
 */
export function checkRow(
  rowNumber: number,
  rowCells: readonly RawCell[],
  columns: readonly MatchedColumn[],
  context: RowCheckContext,
): { row: ImportedRow | null; problems: ImportProblem[] } {
  const cells: Cells = new Map(columns.map((column) => [column.field, { column, cell: rowCells[column.index] ?? null }]));
  const problems: ImportProblem[] = [];
  const report = (field: ImportField, code: string, params?: Record<string, string | number>) =>
    problems.push(cellProblem(rowNumber, cells.get(field)!.column, code, params));

  const read = <T>(field: ImportField, parse: (cell: RawCell) => CellResult<T>): T | null => {
    const entry = cells.get(field);
    if (!entry || isBlankCell(entry.cell)) return null;

    const result = parse(entry.cell);
    if (result.ok) return result.value;

    report(field, result.problem.code, result.problem.params);
    return null;
  };

  const iin = readRequired(cells, 'iin', report, (cell) => ({ ok: true, value: parseIinCell(cell) }));
  const lastName = readName(cells, 'lastName', true, report);
  const firstName = readName(cells, 'firstName', true, report);
  const middleName = readName(cells, 'middleName', false, report);
  const grade = readRequired(cells, 'grade', report, parseGradeCell);
  const letter = readRequired(cells, 'letter', report, (cell) => ({ ok: true, value: cellText(cell) }));
  const studyForm = read('studyForm', (cell) => lookUp(cell, context.studyForms, 'student.study_form_unknown', { dictionary: 'studyForms' }));
  const birthDate = read('birthDate', parseDateCell);
  const sex = read('sex', (cell) => lookUp(cell, context.sexes, 'import.sex_invalid'));

  if (grade !== null && !isValidGrade(grade)) report('grade', 'student.grade_invalid', { min: 0, max: 13 });
  const classLetter = letter === null ? null : normalizeClassLetter(letter);
  if (letter !== null && classLetter === null) report('letter', 'student.letter_invalid');
  if (studyForm !== null && !context.activeStudyForms.includes(studyForm)) report('studyForm', 'student.study_form_unknown', { dictionary: 'studyForms' });

  if (iin !== null) {
    const identity = checkStudentIdentity({ iin, birthDate: birthDate ?? undefined, sex: (sex as 'male' | 'female' | null) ?? undefined });
    if (!identity.ok) for (const error of identity.errors) report(error.field as ImportField, error.code, error.params);
  }

  const passport = readPassport(cells, context, read);
  for (const error of validatePassportValues(passport, context.activeCodes, { today: context.today })) {
    report(error.field as ImportField, error.code, { ...error.params, indicator: error.field.slice('passport.'.length) });
  }

  if (problems.length > 0) return { row: null, problems: problems.sort(compareProblems) };

  return {
    row: {
      row: rowNumber,
      iin: iin!,
      lastName: lastName!,
      firstName: firstName!,
      middleName,
      grade: grade!,
      letter: classLetter!,
      studyForm,
      passport,
    },
    problems,
  };
}

function readRequired<T>(
  cells: Cells,
  field: ImportField,
  report: (field: ImportField, code: string, params?: Record<string, string | number>) => void,
  parse: (cell: RawCell) => CellResult<T>,
): T | null {
  const entry = cells.get(field);
  if (!entry) return null;

  if (isBlankCell(entry.cell)) {
    report(field, 'import.value_required');
    return null;
  }

  const result = parse(entry.cell);
  if (result.ok) return result.value;

  report(field, result.problem.code, result.problem.params);
  return null;
}

function readName(
  cells: Cells,
  field: 'lastName' | 'firstName' | 'middleName',
  required: boolean,
  report: (field: ImportField, code: string, params?: Record<string, string | number>) => void,
): string | null {
  const entry = cells.get(field);
  if (!entry || isBlankCell(entry.cell)) {
    if (entry && required) report(field, 'import.value_required');
    return null;
  }

  const name = cellText(entry.cell).replace(/\s+/g, ' ');
  if (name.length > MAX_NAME_LENGTH) {
    report(field, 'import.text_too_long', { max: MAX_NAME_LENGTH });
    return null;
  }

  return name;
}

function lookUp(cell: RawCell, lookup: ReadonlyMap<string, string>, code: string, params?: Record<string, string | number>): CellResult<string> {
  const result = parseChoiceCell(cell, lookup);
  return result.ok ? result : { ok: false, problem: { code, params: { ...params, ...result.problem.params } } };
}

/** Reads the passport indicators that have a column, by the indicator's type. Empty cells are left out. */
function readPassport(cells: Cells, context: RowCheckContext, read: <T>(field: ImportField, parse: (cell: RawCell) => CellResult<T>) => T | null): Record<string, unknown> {
  const passport: Record<string, unknown> = {};

  for (const field of cells.keys()) {
    if (!field.startsWith('passport.')) continue;

    const code = field.slice('passport.'.length);
    const indicator = indicatorByCode(code);
    if (!indicator) continue;

    const value = read(field, (cell): CellResult<unknown> => {
      switch (indicator.type) {
        case 'boolean':
          return parseBooleanCell(cell);
        case 'number':
          return parseNumberCell(cell);
        case 'date':
          return parseDateCell(cell);
        case 'choice':
          return parseChoiceCell(cell, context.choices.get(code) ?? new Map());
        case 'text':
          return { ok: true, value: cellText(cell) };
        case 'table':
          return { ok: false, problem: { code: 'import.column_not_importable' } };
      }
    });
    if (value !== null) passport[code] = value;
  }

  return passport;
}
