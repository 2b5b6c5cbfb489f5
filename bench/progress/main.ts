// Measures the year-end progress of a 300,000-student region against the raw
// SQL aggregates in the same run, on PGlite and on PostgreSQL when one answers.
// Run with `npm run bench:progress`; the figures go to docs/benchmarks.md by hand.
import { DATABASE_KINDS } from '../../test/support/database.js';
import { benchProgress, type ProgressRow } from './progress.js';

const rows: ProgressRow[] = [];
const fills: string[] = [];
for (const kind of DATABASE_KINDS) {
  const result = await benchProgress(kind);
  rows.push(...result.rows);
  fills.push(`${kind}: ${result.students} students filled in ${result.fillSeconds.toFixed(0)} s`);
}

console.log(`\n${fills.join('; ')}`);
console.log('\n| database | case | ms (median of 5) | × raw SQL |\n|---|---|---:|---:|');
for (const row of rows) console.log(`| ${row.database} | ${row.case} | ${row.milliseconds.toFixed(0)} | ${row.ratio.toFixed(1)} |`);
