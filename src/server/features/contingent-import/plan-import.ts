import { isDeepStrictEqual } from 'node:util';
import { and, asc, eq, gt, inArray, notExists } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../../db/client.js';
import { enrolments, students } from '../../../db/schema.js';
import type { ImportedRow } from '../../../domain/contingent-import/check-row.js';
import { cellProblem, type ImportProblem, type MatchedColumn } from '../../../domain/contingent-import/columns.js';
import type { StudentRow } from '../students/list-item.js';
import { loadPassportValues, type EnrolmentRow } from '../students/load-student.js';

/** Statuses of an enrolment that count as the student's place in a school; a person has at most one. */
const CURRENT_STATUSES = new Set(['active', 'pending_departure', 'pending_arrival']);

/** Rows per statement when reading by IIN or id, far below PostgreSQL's limit of 65,535 parameters. */
const LOOKUP_CHUNK = 5000;

/** A row whose student enters the school's contingent: a new person, or one known from an earlier enrolment. */
export interface PlannedCreate {
  row: ImportedRow;
  /** The student already in the system, graduated or departed from a school; null for a new person. */
  existing: StudentRow | null;
  /** Passport values of the row that differ from the stored ones. */
  passportChanges: Record<string, unknown>;
}

/** A row of a student already in this school's contingent whose data differ from the file. */
export interface PlannedUpdate {
  row: ImportedRow;
  student: StudentRow;
  enrolment: EnrolmentRow;
  passportChanges: Record<string, unknown>;
}

export interface ImportPlan {
  creates: PlannedCreate[];
  updates: PlannedUpdate[];
  unchanged: number;
  /** Rows whose student cannot be imported here: active in another school, or in a transfer. */
  problems: ImportProblem[];
}

/**
 * Decides what each checked row does: add a student, update one, or nothing.
 * An empty cell keeps the stored value, so a row updates only what it fills
 * differently. With `forUpdate` the current enrolments of the students are
 * locked, so the plan holds until the transaction ends.
 */
export async function planImport(db: Executor, organizationId: number, rows: ImportedRow[], iinColumn: MatchedColumn, options: { forUpdate: boolean }): Promise<ImportPlan> {
  const plan: ImportPlan = { creates: [], updates: [], unchanged: 0, problems: [] };

  const known = await findStudentsByIin(db, rows.map((row) => row.iin));
  const latest = await findLatestEnrolments(db, [...known.values()].map((student) => student.id), options.forUpdate);
  const passports = await loadPassportsInChunks(db, [...known.values()].map((student) => student.id));

  for (const row of rows) {
    const student = known.get(row.iin);
    if (!student) {
      plan.creates.push({ row, existing: null, passportChanges: row.passport });
      continue;
    }

    const enrolment = latest.get(student.id);
    const passportChanges = changedValues(row.passport, passports.get(student.id) ?? {});

    if (!enrolment || !CURRENT_STATUSES.has(enrolment.status)) {
      plan.creates.push({ row, existing: student, passportChanges });
      continue;
    }

    if (enrolment.organizationId !== organizationId) {
      plan.problems.push(cellProblem(row.row, iinColumn, 'import.iin_active_elsewhere'));
      continue;
    }

    if (enrolment.status !== 'active') {
      plan.problems.push(cellProblem(row.row, iinColumn, 'import.student_not_active', { status: enrolment.status }));
      continue;
    }

    const update: PlannedUpdate = { row, student, enrolment, passportChanges };
    if (identityChanged(update) || placementChanged(update) || Object.keys(passportChanges).length > 0) plan.updates.push(update);
    else plan.unchanged += 1;
  }

  return plan;
}

/** Tells whether the row names the student differently; an empty patronymic cell keeps the stored one. */
export function identityChanged({ row, student }: { row: ImportedRow; student: StudentRow }): boolean {
  return row.lastName !== student.lastName || row.firstName !== student.firstName || (row.middleName !== null && row.middleName !== student.middleName);
}

/** Tells whether the row moves the student to another grade, letter or study form; an empty study form cell keeps it. */
export function placementChanged({ row, enrolment }: Pick<PlannedUpdate, 'row' | 'enrolment'>): boolean {
  return row.grade !== enrolment.grade || row.letter !== enrolment.letter || (row.studyForm !== null && row.studyForm !== enrolment.studyForm);
}

function changedValues(values: Record<string, unknown>, stored: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([code, value]) => !isDeepStrictEqual(stored[code], value)));
}

async function findStudentsByIin(db: Executor, iins: string[]): Promise<Map<string, StudentRow>> {
  const found = new Map<string, StudentRow>();

  for (let start = 0; start < iins.length; start += LOOKUP_CHUNK) {
    const rows = await db.select().from(students).where(inArray(students.iin, iins.slice(start, start + LOOKUP_CHUNK)));
    for (const row of rows) found.set(row.iin, row);
  }

  return found;
}

/**
 * Finds the latest enrolment of each student, in id order so that two imports
 * lock overlapping rows in the same order, and locks them when asked.
 */
async function findLatestEnrolments(db: Executor, studentIds: number[], forUpdate: boolean): Promise<Map<number, EnrolmentRow>> {
  const latest = new Map<number, EnrolmentRow>();
  const later = alias(enrolments, 'later_enrolment');

  for (let start = 0; start < studentIds.length; start += LOOKUP_CHUNK) {
    const hasLaterEnrolment = db.select({ id: later.id }).from(later).where(and(eq(later.studentId, enrolments.studentId), gt(later.id, enrolments.id)));
    const query = db
      .select()
      .from(enrolments)
      .where(and(inArray(enrolments.studentId, studentIds.slice(start, start + LOOKUP_CHUNK)), notExists(hasLaterEnrolment)))
      .orderBy(asc(enrolments.id));

    const rows = forUpdate ? await query.for('update', { of: enrolments }) : await query;
    for (const row of rows) latest.set(row.studentId, row);
  }

  return latest;
}

async function loadPassportsInChunks(db: Executor, studentIds: number[]): Promise<Map<number, Record<string, unknown>>> {
  const passports = new Map<number, Record<string, unknown>>();

  for (let start = 0; start < studentIds.length; start += LOOKUP_CHUNK) {
    for (const [id, passport] of await loadPassportValues(db, studentIds.slice(start, start + LOOKUP_CHUNK))) passports.set(id, passport);
  }

  return passports;
}
