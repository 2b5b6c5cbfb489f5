// Entry point of `npm run bench`: loads a synthetic national dataset into an
// empty database, runs the cases of bench/cases/index.ts against a real HTTP
// server on loopback, and writes the figures with their baselines to
// bench/results and docs/benchmarks.md. Not part of `npm test`.
import { fileURLToPath } from 'node:url';
import { BENCH_CASES } from './cases/index.js';
import { USAGE, parseBenchOptions } from './support/options.js';
import { renderMarkdown, updateMarkedSection, writeReportFiles } from './support/report.js';
import { runBenchmarks } from './support/runner.js';

const argv = process.argv.slice(2);
if (argv.includes('--help')) {
  console.log(USAGE);
  process.exit(0);
}

const options = parseBenchOptions(argv);
const unknown = options.cases.filter((name) => !BENCH_CASES.some((benchCase) => benchCase.name === name));
if (unknown.length > 0) {
  console.error(`Unknown case ${unknown.join(', ')}; the cases are ${BENCH_CASES.map((benchCase) => benchCase.name).join(', ')}`);
  process.exit(2);
}

const cases = options.cases.length === 0 ? BENCH_CASES : BENCH_CASES.filter((benchCase) => options.cases.includes(benchCase.name));
const command = `${process.env.DATABASE_URL ? 'DATABASE_URL=… ' : ''}npm run bench -- ${argv.join(' ')}`.trim();

const report = await runBenchmarks(options, cases, command);

const key = `${report.databaseKind}-${report.students}`;
await writeReportFiles(report, fileURLToPath(new URL(`./results/${key}`, import.meta.url)));
if (!options.skipDoc) await updateMarkedSection(fileURLToPath(new URL('../docs/benchmarks.md', import.meta.url)), key, renderMarkdown(report));

console.log(renderMarkdown(report));
