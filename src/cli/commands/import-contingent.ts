import { readFile, stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { clockFromEnv } from '../../domain/clock.js';
import type { FieldError } from '../../domain/errors.js';
import type { AppContext } from '../../server/context.js';
import { commitImport } from '../../server/features/contingent-import/commit-import.js';
import { MAX_IMPORT_FILE_BYTES } from '../../server/features/contingent-import/limits.js';
import { previewImport } from '../../server/features/contingent-import/preview-import.js';
import { fileTooLarge } from '../../server/features/contingent-import/read-sheet.js';
import type { CliCommand, CommandContext } from '../command.js';
import { withDatabase } from '../database.js';
import { UsageError } from '../io.js';
import { describeErrorCode } from '../messages.js';

export const importContingentCommand: CliCommand = {
  name: 'import-contingent',
  usage: 'import-contingent --school ID [--dry-run] FILE',
  description:
    'Import students into a school\'s contingent from an .xlsx or .csv file in the layout of the contingent list, with the checks of the web import. One problem in the file stops the import and nothing is written.',
  options: [
    '--school ID      the organization id of the school',
    '--dry-run        check the file and print what it would change, writing nothing',
  ],

  async run(args, context) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { school: { type: 'string' }, 'dry-run': { type: 'boolean' } } });
    if (values.school === undefined) throw new UsageError('--school is required');
    if (!/^\d+$/.test(values.school)) throw new UsageError(`--school must be an organization id (a positive integer), got "${values.school}"`);
    if (positionals.length !== 1) throw new UsageError('import-contingent takes exactly one file');

    const school = Number(values.school);
    const [file] = positionals;
    if ((await stat(file)).size > MAX_IMPORT_FILE_BYTES) throw fileTooLarge();
    const bytes = await readFile(file);

    return withDatabase(context.env, async (handle) => {
      const app: AppContext = { db: handle.db, databaseKind: handle.kind, clock: clockFromEnv(context.env), rehearsalDate: null, secureCookies: false };

      const preview = await previewImport(app, school, bytes, 'en');
      context.io.out(`${file}: ${preview.fileType}, ${preview.rows} rows of students.`);
      context.io.out(`To add: ${preview.create} (known from an earlier enrolment: ${preview.returning}), to update: ${preview.update}, unchanged: ${preview.unchanged}.`);
      if (preview.ignoredColumns.length > 0) context.io.out(`Columns not imported: ${preview.ignoredColumns.map(({ column, title }) => `${column} "${title}"`).join(', ')}.`);

      if (preview.problemCount > 0) {
        printProblems(preview.problems, preview.problemCount, context);
        context.io.err('Nothing was imported.');
        return 1;
      }

      if (values['dry-run']) {
        context.io.out('Dry run: nothing was written.');
        return 0;
      }

      const result = await commitImport(app, null, school, bytes, 'en');
      context.io.out(`Imported into school ${school}: ${result.created} added, ${result.updated} updated, ${result.unchanged} unchanged${result.batchId ? ` (batch ${result.batchId})` : ''}.`);
      return 0;
    });
  },
};

function printProblems(problems: FieldError[], total: number, { io }: CommandContext): void {
  io.err(`The file has ${total} problem(s):`);

  for (const problem of problems) {
    const params = problem.params ?? {};
    const place = problem.field === 'file' ? 'file' : `row ${params.row}, column ${params.column} "${params.title}"`;
    // An invalid IIN has a more precise text for its reason, such as a wrong check digit.
    const code = problem.code === 'student.iin_invalid' && params.reason ? `iin_reason.${params.reason}` : problem.code;
    io.err(`  ${place}: ${describeErrorCode(code, params)}`);
  }

  if (total > problems.length) io.err(`  … and ${total - problems.length} more.`);
}
