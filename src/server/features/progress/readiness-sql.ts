import { sql, type SQL } from 'drizzle-orm';
import { passportRequirements, type GradeScope, type Requirement } from '../../../domain/passport/requirements.js';

/**
 * The readiness check of the progress query as SQL. Each requirement of the
 * passport catalogue gets a bit. One join with a small code table turns a
 * student's passport rows into two bitmasks: the requirements whose
 * indicator is filled, and those whose `when` condition is met. A student
 * misses a value when a bit required in their grade is not filled. Filled
 * means what hasValue (fill.ts) means: not null, not blank text, not an empty table.
 */
export interface ReadinessSql {
  /** `(values ...) as <alias>(code, word, filled_bit, when_bit, equals)`: one row per indicator code and `when` value, so most passport rows match one row. */
  codeTable: (alias: string) => SQL;
  /** Aggregate columns over `passport_values <values>` joined with the code table `<bits>`, grouped by student. */
  aggregates: (aliases: { values: string; bits: string }) => SQL;
  /** True when a student misses a required value, given the aggregates' relation (left-joined, so absent without values), the grade and the final grade. */
  missingCondition: (columns: { readiness: string; grade: SQL; finalGrade: SQL }) => SQL;
}

// Bits per bigint word: 62 keeps every mask a positive bigint.
const WORD_BITS = 62;

// One jsonb_typeof per row: the check runs on every passport value of a region.
const filledCondition = (values: string) =>
  sql.raw(
    `(case jsonb_typeof(${values}.value) when 'null' then false` +
      ` when 'string' then btrim(${values}.value #>> '{}', E' \\t\\n\\r') <> ''` +
      ` when 'array' then jsonb_array_length(${values}.value) > 0 else true end)`,
  );

/** Build the readiness SQL from the passport catalogue's requirements. */
export function buildReadinessSql(requirements: Requirement[] = passportRequirements()): ReadinessSql {
  const words = Math.max(1, Math.ceil(requirements.length / WORD_BITS));
  const bitOf = (index: number) => ({ word: Math.floor(index / WORD_BITS), bit: 1n << BigInt(index % WORD_BITS) });

  const codeRows = codeTableRows(requirements, bitOf).map(
    (row) => sql`(${row.code}, ${row.word}::int, ${String(row.filledBit)}::bigint, ${String(row.whenBit)}::bigint, ${row.equals === undefined ? null : JSON.stringify(row.equals)}::jsonb)`,
  );

  const codeTable: ReadinessSql['codeTable'] = (alias) => sql`(values ${sql.join(codeRows, sql`, `)}) as ${sql.identifier(alias)}(code, word, filled_bit, when_bit, equals)`;

  const aggregates: ReadinessSql['aggregates'] = ({ values, bits }) => {
    const column = (name: string) => sql`${sql.identifier(bits)}.${sql.identifier(name)}`;
    const value = sql`${sql.identifier(values)}.value`;

    return sql.join(
      Array.from({ length: words }, (_, word) => [
        sql`coalesce(bit_or(${column('filled_bit')}) filter (where ${column('word')} = ${word} and ${filledCondition(values)}), 0) as ${sql.identifier(`filled_${word}`)}`,
        sql`coalesce(bit_or(${column('when_bit')}) filter (where ${column('word')} = ${word} and ${value} = ${column('equals')}), 0) as ${sql.identifier(`when_${word}`)}`,
      ]).flat(),
      sql`, `,
    );
  };

  const missingCondition: ReadinessSql['missingCondition'] = ({ readiness, grade, finalGrade }) => {
    const column = (name: string) => sql`coalesce(${sql.identifier(readiness)}.${sql.identifier(name)}, 0)`;

    const perWord = Array.from({ length: words }, (_, word) => {
      const scopes = groupByScope(requirements, word, bitOf);
      const required = scopes.map(
        ({ grades, plainMask, whenMask }) =>
          sql`(case when ${gradeCondition(grades, grade, finalGrade)} then (${String(plainMask)}::bigint | (${column(`when_${word}`)} & ${String(whenMask)}::bigint)) else 0 end)`,
      );
      return sql`((${sql.join(required, sql` | `)}) & ~${column(`filled_${word}`)}) <> 0`;
    });

    return sql`(${sql.join(perWord, sql` or `)})`;
  };

  return { codeTable, aggregates, missingCondition };
}

interface CodeRow {
  code: string;
  word: number;
  /** The bit of the code's own requirement; 0 when only `when` rules name the code. */
  filledBit: bigint;
  /** The bits of the requirements whose `when` condition is this code having the value `equals`. */
  whenBit: bigint;
  equals?: unknown;
}

/**
 * List the rows of the code table: one per indicator code and word, and one
 * more per further value that `when` rules test on the code. With fewer than
 * 62 requirements there is one word.
 */
function codeTableRows(requirements: Requirement[], bitOf: (index: number) => { word: number; bit: bigint }): CodeRow[] {
  const rows = new Map<string, CodeRow>();
  const rowFor = (code: string, word: number, equals: unknown) => {
    const plain = rows.get(`${code}|${word}|`);
    if (plain && (equals === undefined || plain.equals === undefined || JSON.stringify(plain.equals) === JSON.stringify(equals))) return plain;

    const key = `${code}|${word}|${JSON.stringify(equals) ?? ''}`;
    const row = rows.get(key) ?? { code, word, filledBit: 0n, whenBit: 0n, equals };
    rows.set(key, row);
    return row;
  };

  requirements.forEach((requirement, index) => {
    const { word, bit } = bitOf(index);
    rowFor(requirement.code, word, undefined).filledBit |= bit;
  });

  requirements.forEach((requirement, index) => {
    if (!requirement.when) return;
    const { word, bit } = bitOf(index);
    const row = rowFor(requirement.when.indicator, word, requirement.when.equals);
    row.equals = requirement.when.equals;
    row.whenBit |= bit;
  });

  return [...rows.values()];
}

interface ScopeMasks {
  grades: GradeScope;
  /** Requirements of the scope that hold whenever the grade fits. */
  plainMask: bigint;
  /** Requirements of the scope that also need their `when` condition. */
  whenMask: bigint;
}

/** Collect the bits of one word by grade scope, so the SQL tests each scope's grade once. */
function groupByScope(requirements: Requirement[], word: number, bitOf: (index: number) => { word: number; bit: bigint }): ScopeMasks[] {
  const byScope = new Map<string, ScopeMasks>();

  requirements.forEach((requirement, index) => {
    const position = bitOf(index);
    if (position.word !== word) return;

    const key = JSON.stringify(requirement.grades);
    const scope = byScope.get(key) ?? { grades: requirement.grades, plainMask: 0n, whenMask: 0n };
    if (requirement.when) scope.whenMask |= position.bit;
    else scope.plainMask |= position.bit;
    byScope.set(key, scope);
  });

  return [...byScope.values()];
}

function gradeCondition(grades: GradeScope, grade: SQL, finalGrade: SQL): SQL {
  if (grades === 'all') return sql`true`;
  if (grades === 'graduating') return sql`(${grade} = 9 or ${grade} = ${finalGrade})`;
  if (grades === 'final') return sql`${grade} = ${finalGrade}`;
  if (grades.length === 0) return sql`false`;

  return sql`${grade} in (${sql.join(grades.map((value) => sql`${value}::int`), sql`, `)})`;
}
