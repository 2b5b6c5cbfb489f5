/** One CSV record and the file line (1-based) on which it starts. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

export type CsvSyntaxReason = 'unterminated_quote' | 'quote_in_unquoted_field' | 'text_after_closing_quote';

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly reason: CsvSyntaxReason,
  ) {
    super(`CSV syntax error on line ${line}: ${reason}`);
    this.name = 'CsvSyntaxError';
  }
}

export interface CsvOptions {
  /** The field separator: ',' by default; Excel in Russian and Kazakh locales writes ';'. */
  delimiter?: ',' | ';' | '\t';
}

/**
 * Parses comma-separated text by RFC 4180: fields in double quotes may contain
 * commas, line breaks and doubled quotes (""). Accepts LF and CRLF line ends,
 * drops a leading byte-order mark and skips empty lines.
 */
export function parseCsv(text: string, { delimiter = ',' }: CsvOptions = {}): CsvRecord[] {
  const records: CsvRecord[] = [];
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;

  let fields: string[] = [];
  let field = '';
  // A quoted empty field ("") still counts as a field, so a line of it is not empty.
  let fieldWasQuoted = false;
  let line = 1;
  let recordLine = 1;
  let position = 0;

  const endField = () => {
    fields.push(field);
    field = '';
    fieldWasQuoted = false;
  };

  const endRecord = () => {
    const isEmptyLine = fields.length === 0 && field === '' && !fieldWasQuoted;
    endField();
    if (!isEmptyLine) records.push({ line: recordLine, fields });
    fields = [];
  };

  while (position < input.length) {
    const char = input[position];

    if (char === '"') {
      if (field !== '' || fieldWasQuoted) throw new CsvSyntaxError(line, 'quote_in_unquoted_field');
      const quoted = readQuoted(input, position + 1, line);
      field = quoted.value;
      fieldWasQuoted = true;
      line = quoted.line;
      position = quoted.end;

      if (!isFieldEnd(input, position, delimiter)) throw new CsvSyntaxError(line, 'text_after_closing_quote');
      continue;
    }

    if (char === delimiter) {
      endField();
      position += 1;
      continue;
    }

    if (isLineEnd(input, position)) {
      endRecord();
      position += char === '\r' ? 2 : 1;
      line += 1;
      recordLine = line;
      continue;
    }

    field += char;
    position += 1;
  }

  if (field !== '' || fieldWasQuoted || fields.length > 0) endRecord();

  return records;
}

function isLineEnd(input: string, position: number): boolean {
  return input[position] === '\n' || (input[position] === '\r' && input[position + 1] === '\n');
}

function isFieldEnd(input: string, position: number, delimiter: string): boolean {
  return position >= input.length || input[position] === delimiter || isLineEnd(input, position);
}

function readQuoted(input: string, start: number, startLine: number): { value: string; end: number; line: number } {
  let value = '';
  let line = startLine;
  let position = start;

  while (position < input.length) {
    const char = input[position];

    if (char === '"') {
      if (input[position + 1] === '"') {
        value += '"';
        position += 2;
        continue;
      }
      return { value, end: position + 1, line };
    }

    if (char === '\n') line += 1;
    value += char;
    position += 1;
  }

  throw new CsvSyntaxError(startLine, 'unterminated_quote');
}
