import type { CliIo } from './io.js';

/** Print rows as columns padded to the widest cell; the first row is the header. */
export function printTable(io: CliIo, rows: string[][]): void {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  for (const row of rows) io.out(row.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd());
}

/** Describe an account's scope for the console: its school, its territory, or none. */
export function describeScope(user: { organizationId: number | null; territoryKato: string | null }): string | null {
  if (user.organizationId !== null) return `organization ${user.organizationId}`;
  if (user.territoryKato !== null) return `territory ${user.territoryKato}`;
  return null;
}
