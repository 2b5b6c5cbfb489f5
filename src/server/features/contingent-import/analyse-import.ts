import { checkFile, type CheckedFile } from '../../../domain/contingent-import/check-file.js';
import { compareProblems, type ImportProblem } from '../../../domain/contingent-import/columns.js';
import { indicatorByCode } from '../../../domain/passport/catalogue.js';
import type { Language } from '../../../i18n/resources.js';
import type { Executor } from '../../../db/client.js';
import { listDictionaries } from '../dictionaries/list-dictionaries.js';
import { importColumnSpecs, rowCheckContext } from './import-columns.js';
import { importFileError } from './import-error.js';
import { MAX_IMPORT_ROWS } from './limits.js';
import { planImport, type ImportPlan } from './plan-import.js';
import type { SheetFile } from './read-sheet.js';

export interface ImportAnalysis {
  checked: CheckedFile;
  plan: ImportPlan;
  /** Every problem of the file, by row and then by column. */
  problems: ImportProblem[];
}

/**
 * Checks a read file against the passport rules and the database: the
 * columns, every row, and whether each student can be added or updated in the
 * school. `forUpdate` locks the students' enrolments for a commit.
 */
export async function analyseImport(
  db: Executor,
  organizationId: number,
  file: SheetFile,
  options: { language: Language; today: string; forUpdate: boolean },
): Promise<ImportAnalysis> {
  const dictionaries = await listDictionaries(db);
  const checked = checkFile(file.rows, importColumnSpecs(options.language), rowCheckContext(dictionaries, options.today));
  if (checked.rowCount > MAX_IMPORT_ROWS) throw importFileError('import.too_many_rows', { max: MAX_IMPORT_ROWS });

  const iinColumn = checked.columns.find((column) => column.field === 'iin');
  const plan: ImportPlan =
    iinColumn && checked.rows.length > 0
      ? await planImport(db, organizationId, checked.rows, iinColumn, { forUpdate: options.forUpdate })
      : { creates: [], updates: [], unchanged: 0, problems: [] };

  const problems = [...checked.problems, ...plan.problems].sort(compareProblems).map((problem) => withFormatHint(problem, options.language));
  return { checked, plan, problems };
}

/** Adds the expected shape to an invalid-format problem of an indicator, as the passport form shows it. */
function withFormatHint(problem: ImportProblem, language: Language): ImportProblem {
  if (problem.code !== 'passport.invalid_format') return problem;

  const hint = indicatorByCode(String(problem.params?.indicator ?? ''))?.formatHint?.[language];
  return hint ? { ...problem, params: { ...problem.params, format: hint } } : problem;
}
