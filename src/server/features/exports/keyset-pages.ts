/** Rows an export reads in one statement. */
export const EXPORT_PAGE_SIZE = 1000;

/**
 * Reads a list page by page with keyset pagination: each page starts after
 * the sort key of the last row of the page before, so no page scans the rows
 * of the earlier ones again, as an OFFSET would, and no connection stays open
 * between pages.
 */
export async function* keysetPages<Row, Key>(
  fetchPage: (after: Key | null, limit: number) => Promise<Row[]>,
  keyOf: (row: Row) => Key,
  pageSize = EXPORT_PAGE_SIZE,
): AsyncGenerator<Row[]> {
  let after: Key | null = null;

  for (;;) {
    const rows = await fetchPage(after, pageSize);
    if (rows.length > 0) yield rows;
    if (rows.length < pageSize) return;

    after = keyOf(rows[rows.length - 1]);
  }
}
