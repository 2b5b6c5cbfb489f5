import { CsvSyntaxError, parseCsv, type CsvRecord } from './parse-csv.js';
import { KatoImportError } from './kato-import-error.js';
import { COUNTRY_KATO } from './kato-parent.js';

export const KATO_COLUMNS = ['kato', 'kato_version', 'level', 'type_code', 'name_ru', 'name_kk'] as const;

/** Levels a KATO file may contain; the country root is added by the import. */
export const KATO_FILE_LEVELS = ['oblast', 'district', 'sub_district', 'settlement'] as const;
export type KatoFileLevel = (typeof KATO_FILE_LEVELS)[number];

export interface KatoRow {
  line: number;
  kato: string;
  katoVersion: string;
  level: KatoFileLevel;
  typeCode: number;
  nameRu: string;
  nameKk: string;
}

/**
 * Parses and validates a KATO CSV file with the header
 * `kato,kato_version,level,type_code,name_ru,name_kk`.
 * Throws KatoImportError on the first invalid line, so a broken file imports nothing.
 */
export function parseKatoCsv(text: string): KatoRow[] {
  const records = readRecords(text);
  if (records.length === 0) throw new KatoImportError(1, 'header', 'empty_file');

  const [header, ...body] = records;
  checkHeader(header);

  const rows: KatoRow[] = [];
  const seen = new Set<string>();

  for (const record of body) {
    const row = toRow(record);

    if (seen.has(row.kato)) throw new KatoImportError(record.line, 'kato', 'duplicate');
    seen.add(row.kato);

    rows.push(row);
  }

  return rows;
}

function readRecords(text: string): CsvRecord[] {
  try {
    return parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new KatoImportError(error.line, 'row', error.reason);
    throw error;
  }
}

function checkHeader(header: CsvRecord): void {
  const names = header.fields.map((name) => name.trim());
  const matches = names.length === KATO_COLUMNS.length && KATO_COLUMNS.every((column, index) => names[index] === column);
  if (!matches) throw new KatoImportError(header.line, 'header', 'header_mismatch');
}

function toRow(record: CsvRecord): KatoRow {
  const { line, fields } = record;
  if (fields.length !== KATO_COLUMNS.length) throw new KatoImportError(line, 'row', 'column_count');

  const [kato, katoVersion, level, typeCode, nameRu, nameKk] = fields.map((value) => value.trim());

  if (!/^\d{9}$/.test(kato)) throw new KatoImportError(line, 'kato', 'not_nine_digits');
  if (kato === COUNTRY_KATO) throw new KatoImportError(line, 'kato', 'reserved_for_country');
  if (katoVersion === '') throw new KatoImportError(line, 'kato_version', 'empty');
  if (!isFileLevel(level)) throw new KatoImportError(line, 'level', 'unknown_level');
  if (!/^\d$/.test(typeCode)) throw new KatoImportError(line, 'type_code', 'type_code_out_of_range');
  if (nameRu === '') throw new KatoImportError(line, 'name_ru', 'empty');
  if (nameKk === '') throw new KatoImportError(line, 'name_kk', 'empty');

  return { line, kato, katoVersion, level, typeCode: Number(typeCode), nameRu, nameKk };
}

function isFileLevel(value: string): value is KatoFileLevel {
  return (KATO_FILE_LEVELS as readonly string[]).includes(value);
}
