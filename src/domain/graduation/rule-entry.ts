/**
 * The part of a dictionary entry that graduation rules read. Rules test the
 * code, the flags and the grades, never the names. An empty `grades` list
 * means every grade.
 */
export interface RuleEntry {
  code: string;
  flags: string[];
  grades: number[];
  /** Inactive entries stay readable on old records but a new graduation cannot choose them; absent means active. */
  active?: boolean;
}

export function hasFlag(entry: RuleEntry, flag: string): boolean {
  return entry.flags.includes(flag);
}

export function appliesToGrade(entry: RuleEntry, grade: number): boolean {
  return entry.grades.length === 0 || entry.grades.includes(grade);
}

/** Returns the active entry with the code, or undefined when there is none. */
export function findActiveEntry(entries: readonly RuleEntry[], code: string): RuleEntry | undefined {
  return entries.find((entry) => entry.code === code && entry.active !== false);
}
