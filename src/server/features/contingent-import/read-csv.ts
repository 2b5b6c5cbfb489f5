import type { SheetRow } from '../../../domain/contingent-import/check-file.js';
import { CsvSyntaxError, parseCsv, type CsvOptions } from '../territories/parse-csv.js';
import { importFileError } from './import-error.js';
import { collectRows, type RowLimits } from './row-limits.js';

/**
 * Reads a CSV file as Excel writes it in Kazakhstan: UTF-8 (with or without a
 * byte-order mark), UTF-16 ("Unicode text", tab-separated) or Windows-1251,
 * the code page of Russian Windows, which has no Kazakh letters. The field
 * separator is the one the header line uses most: ';', ',' or a tab.
 */
export async function readCsvRows(bytes: Buffer, limits: RowLimits): Promise<SheetRow[]> {
  const text = decodeText(bytes);
  const delimiter = detectDelimiter(text);

  try {
    const records = parseCsv(text, { delimiter });
    return await collectRows(
      records.map((record) => ({ number: record.line, cells: record.fields })),
      limits,
    );
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw importFileError('import.csv_syntax', { row: error.line });
    throw error;
  }
}

export function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));

  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1251').decode(bytes);
  }
}

/** How many lines from the top the separator count reads: the title lines and the header are among them. */
const DELIMITER_SAMPLE_LINES = 20;

/** Picks the separator that occurs most often outside quotes in the first lines. */
export function detectDelimiter(text: string): NonNullable<CsvOptions['delimiter']> {
  const counts = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  let lines = 0;

  for (const character of text) {
    if (character === '"') quoted = !quoted;
    if (quoted) continue;

    if (character === '\n' && ++lines >= DELIMITER_SAMPLE_LINES) break;
    if (character in counts) counts[character as keyof typeof counts] += 1;
  }

  const [best] = (Object.entries(counts) as Array<[keyof typeof counts, number]>).sort((a, b) => b[1] - a[1]);
  return best[1] > 0 ? best[0] : ',';
}
