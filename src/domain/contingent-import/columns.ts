import type { FieldError } from '../errors.js';
import { cellText, foldWord, isBlankCell, type RawCell } from './cells.js';

/** Student and enrolment fields that an import file may have as columns. */
export const STUDENT_FIELDS = ['iin', 'lastName', 'firstName', 'middleName', 'grade', 'letter', 'studyForm', 'birthDate', 'sex'] as const;
export type StudentField = (typeof STUDENT_FIELDS)[number];

/** A column of an import file: a student field, or a passport indicator as `passport.<code>`. */
export type ImportField = StudentField | `passport.${string}`;

/** Columns a file must have; the others may be left out. */
export const REQUIRED_FIELDS: readonly ImportField[] = ['iin', 'lastName', 'firstName', 'grade', 'letter'];

export interface ImportColumnSpec {
  field: ImportField;
  /** Every title the column is recognised by, in any language. */
  titles: string[];
  /** The title in the language of the request, for messages about a missing column. */
  label: string;
}

/** A column found in the file's header row. */
export interface MatchedColumn {
  /** 0-based position in the row. */
  index: number;
  /** The spreadsheet's column name: A, B, …, Z, AA. */
  letter: string;
  /** The header text as written in the file. */
  title: string;
  field: ImportField;
}

export interface IgnoredColumn {
  letter: string;
  title: string;
}

/** A problem of an import file: `field` is a cell such as C5, or `file` for the file as a whole. */
export type ImportProblem = FieldError;

/** Returns the spreadsheet name of a 0-based column: 0 is A, 25 is Z, 26 is AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/** Builds the problem of one cell, with its row, column and header title in the parameters. */
export function cellProblem(row: number, column: Pick<MatchedColumn, 'letter' | 'title'>, code: string, params: Record<string, string | number> = {}): ImportProblem {
  return { field: `${column.letter}${row}`, code, params: { ...params, row, column: column.letter, title: column.title } };
}

/** Orders problems as a reader scans a sheet: those of the whole file first, then by row, then by column (A < Z < AA). */
export function compareProblems(a: ImportProblem, b: ImportProblem): number {
  const rowOf = (problem: ImportProblem) => Number(problem.params?.row ?? 0);
  const columnOf = (problem: ImportProblem) => String(problem.params?.column ?? '');

  return rowOf(a) - rowOf(b) || columnOf(a).length - columnOf(b).length || columnOf(a).localeCompare(columnOf(b));
}

export function fileProblem(code: string, params: Record<string, string | number> = {}): ImportProblem {
  return { field: 'file', code, params };
}

/** Maps each folded title to its column spec. Throws when two specs share a title, because a header would be ambiguous. */
export function titleLookup(specs: readonly ImportColumnSpec[]): Map<string, ImportColumnSpec> {
  const lookup = new Map<string, ImportColumnSpec>();

  for (const spec of specs) {
    for (const title of spec.titles) {
      const key = foldWord(title);
      const other = lookup.get(key);
      if (other && other.field !== spec.field) throw new Error(`The import columns ${other.field} and ${spec.field} share the title "${title}"`);
      lookup.set(key, spec);
    }
  }

  return lookup;
}

/**
 * Returns the 0-based index of the header row: the first of `rows` with a
 * cell titled like the IIN column. Exports put a title above the header, so
 * the header need not be the first row.
 */
export function findHeaderRow(rows: readonly RawCell[][], lookup: ReadonlyMap<string, ImportColumnSpec>): number | null {
  const index = rows.findIndex((cells) => cells.some((cell) => lookup.get(foldWord(cellText(cell)))?.field === 'iin'));
  return index === -1 ? null : index;
}

/**
 * Matches the header cells to columns. A title that matches no column is
 * ignored, such as the list's № or fill statistics. A column that appears
 * twice is a problem, and so is a required column that is absent.
 */
export function matchHeader(
  cells: readonly RawCell[],
  headerRow: number,
  specs: readonly ImportColumnSpec[],
  lookup: ReadonlyMap<string, ImportColumnSpec>,
): { columns: MatchedColumn[]; ignored: IgnoredColumn[]; problems: ImportProblem[] } {
  const columns: MatchedColumn[] = [];
  const ignored: IgnoredColumn[] = [];
  const problems: ImportProblem[] = [];

  cells.forEach((cell, index) => {
    if (isBlankCell(cell)) return;

    const title = cellText(cell);
    const letter = columnLetter(index);
    const spec = lookup.get(foldWord(title));
    if (!spec) {
      ignored.push({ letter, title });
      return;
    }

    const first = columns.find((column) => column.field === spec.field);
    if (first) {
      problems.push(cellProblem(headerRow, { letter, title }, 'import.column_duplicate', { firstColumn: first.letter }));
      return;
    }

    columns.push({ index, letter, title, field: spec.field });
  });

  for (const spec of specs) {
    if (REQUIRED_FIELDS.includes(spec.field) && !columns.some((column) => column.field === spec.field)) {
      problems.push(fileProblem('import.column_missing', { title: spec.label }));
    }
  }

  return { columns, ignored, problems };
}
