import { sql, type AnyColumn, type SQL } from 'drizzle-orm';

/**
 * Builds `column = any($1::bigint[])`: one array parameter however many ids
 * there are. Drizzle's `inArray` sends one parameter per id, which makes the
 * statement text, its parsing and its planning grow with the list, and
 * PostgreSQL caps a statement at 65,535 parameters.
 */
export function inIdList(column: AnyColumn, ids: readonly number[]): SQL {
  return sql`${column} = any(${sql.param(ids)}::bigint[])`;
}
