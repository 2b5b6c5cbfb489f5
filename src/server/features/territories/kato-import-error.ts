import { AppError } from '../../http/errors.js';

export type KatoImportReason =
  | 'empty_file'
  | 'header_mismatch'
  | 'column_count'
  | 'unterminated_quote'
  | 'quote_in_unquoted_field'
  | 'text_after_closing_quote'
  | 'not_nine_digits'
  | 'reserved_for_country'
  | 'unknown_level'
  | 'type_code_out_of_range'
  | 'empty'
  | 'duplicate';

/**
 * A KATO file that cannot be imported: `line` is the 1-based line of the file
 * (the header is line 1), `field` the column name (or `header`, `row`).
 */
export class KatoImportError extends AppError {
  constructor(
    readonly line: number,
    readonly field: string,
    readonly reason: KatoImportReason,
  ) {
    super(400, 'kato.invalid_row', { line, field, reason }, [{ field, code: `kato.${reason}`, params: { line } }]);
    this.name = 'KatoImportError';
  }
}
