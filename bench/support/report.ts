import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** One measured figure, with the baseline it is compared to when there is one. */
export interface BenchRow {
  /** The case, as the issue of the benchmarks numbers them: "1. contingent list, API". */
  case: string;
  /** The measured quantity and its conditions: "p50 at 100,000 students". */
  figure: string;
  value: number;
  unit: string;
  baseline?: { name: string; value: number };
  /** value / baseline.value, or another quotient the case names in `figure`. */
  ratio?: number;
  /** The largest ratio the target allows. */
  target?: number;
  note?: string;
}

export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  database: string;
  /** Load averages over 1, 5 and 15 minutes when the run started and ended: other work on the machine. */
  loadAtStart: number[];
  loadAtEnd: number[];
}

export interface BenchReport {
  startedAt: string;
  command: string;
  databaseKind: 'pglite' | 'postgres';
  students: number;
  schools: number;
  minutes: number;
  machine: MachineInfo;
  rows: BenchRow[];
}

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** Formats a figure with the precision its size needs: 0.42, 12.3, 4,210. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '—';
  if (Math.abs(value) >= 100) return integer.format(value);
  if (Math.abs(value) >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

/** Renders the report as a Markdown section: the run's conditions, then one table row per figure. */
export function renderMarkdown(report: BenchReport): string {
  const { machine } = report;
  const lines = [
    `Run ${report.startedAt.slice(0, 16).replace('T', ' ')} UTC, ${report.minutes.toFixed(1)} min: \`${report.command}\``,
    '',
    `Machine: ${machine.cpus} cores (${machine.cpuModel}), ${machine.memoryGiB.toFixed(0)} GiB, Node.js ${machine.node}, ${machine.database}. ` +
      `Load average at start ${machine.loadAtStart.map((load) => load.toFixed(1)).join(' / ')}, at end ${machine.loadAtEnd.map((load) => load.toFixed(1)).join(' / ')} (1 / 5 / 15 min).`,
    '',
    '| case | figure | value | baseline | ratio | target | |',
    '|---|---|---:|---|---:|---:|---|',
  ];

  for (const row of report.rows) {
    const baseline = row.baseline ? `${row.baseline.name}: ${formatNumber(row.baseline.value)} ${row.unit}` : '';
    const ratio = row.ratio === undefined ? '' : `${formatNumber(row.ratio)} ×`;
    const target = row.target === undefined ? '' : `≤ ${formatNumber(row.target)} ×`;
    const verdict = targetVerdict(row);
    const note = row.note ? ` (${row.note})` : '';
    lines.push(`| ${row.case} | ${row.figure}${note} | ${formatNumber(row.value)} ${row.unit} | ${baseline} | ${ratio} | ${target} | ${verdict} |`);
  }

  return lines.join('\n');
}

function targetVerdict(row: BenchRow): string {
  if (row.target === undefined || row.ratio === undefined) return '';
  if (row.ratio <= row.target) return 'met';
  return `missed by ${formatNumber(row.ratio / row.target)} ×`;
}

export async function writeReportFiles(report: BenchReport, basePath: string): Promise<void> {
  await mkdir(dirname(basePath), { recursive: true });
  await writeFile(`${basePath}.json`, `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(`${basePath}.md`, `${renderMarkdown(report)}\n`);
}

/**
 * Replaces the text between `<!-- bench:KEY -->` and `<!-- /bench:KEY -->` in
 * the Markdown file with `section`, or appends the markers and the section
 * at the end when the file has none yet.
 */
export async function updateMarkedSection(file: string, key: string, section: string): Promise<void> {
  const start = `<!-- bench:${key} -->`;
  const end = `<!-- /bench:${key} -->`;
  const text = await readFile(file, 'utf8').catch(() => '# Benchmarks\n');

  const from = text.indexOf(start);
  const to = text.indexOf(end);
  const block = `${start}\n${section}\n${end}`;

  const updated = from >= 0 && to > from ? text.slice(0, from) + block + text.slice(to + end.length) : `${text.trimEnd()}\n\n${block}\n`;
  await writeFile(file, updated);
}
