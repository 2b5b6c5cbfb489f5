const NUMBER_TEXT = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;

/**
 * Reads what the user typed into a number input. Blank text is null, a
 * number (spaces between digit groups and a decimal comma allowed) is that
 * number, and any other text is returned unchanged, so the form can report
 * "a number is expected" instead of dropping the input.
 */
export function parseNumberText(text: string): number | string | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (compact === '') return null;

  return NUMBER_TEXT.test(compact) ? Number(compact.replace(',', '.')) : text;
}

/** Returns the text a number input shows for a form value. */
export function formatNumberText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value);
}
