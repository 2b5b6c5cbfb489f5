import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { importKato } from '../../server/features/territories/import-kato.js';
import { KatoImportError, type KatoImportReason } from '../../server/features/territories/kato-import-error.js';
import type { CliCommand } from '../command.js';
import { withDatabase } from '../database.js';
import { UsageError } from '../io.js';

const REASONS: Record<KatoImportReason, string> = {
  empty_file: 'the file is empty',
  header_mismatch: 'the header must be exactly kato,kato_version,level,type_code,name_ru,name_kk',
  column_count: 'the row does not have 6 fields',
  unterminated_quote: 'a quoted field is not closed',
  quote_in_unquoted_field: 'a field that does not start with a quote contains one',
  text_after_closing_quote: 'text follows the closing quote of a field',
  not_nine_digits: 'the code is not 9 digits',
  reserved_for_country: 'the code 000000000 is reserved for the country',
  unknown_level: 'the level is not one of oblast, district, sub_district, settlement',
  type_code_out_of_range: 'the type code is not a digit from 0 to 9',
  empty: 'the value is empty',
  duplicate: 'the code occurs on an earlier line',
};

export const importKatoCommand: CliCommand = {
  name: 'import-kato',
  usage: 'import-kato FILE.csv',
  description: 'Import the territory classifier (KATO) from a CSV file with the header kato,kato_version,level,type_code,name_ru,name_kk.',
  options: [],

  async run(args, { io, env }) {
    const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
    if (positionals.length !== 1) throw new UsageError('import-kato takes exactly one file');

    const [file] = positionals;
    const text = await readFile(file, 'utf8');

    try {
      const result = await withDatabase(env, (handle) => importKato(handle.db, text));
      io.out(`Imported ${result.total} rows: ${result.inserted} inserted, ${result.updated} updated, ${result.unchanged} unchanged`);
      return 0;
    } catch (error) {
      if (!(error instanceof KatoImportError)) throw error;

      io.err(`Invalid KATO file ${file}: line ${error.line}, field ${error.field}: ${REASONS[error.reason]} (${error.reason}).`);
      io.err('Nothing was imported.');
      return 1;
    }
  },
};
