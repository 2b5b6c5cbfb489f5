import { inArray, sql } from 'drizzle-orm';
import type { Transaction } from '../../../db/client.js';
import { enrolments, events, passportValues, students, type MovementKind } from '../../../db/schema.js';
import { parseIin } from '../../../domain/iin.js';
import { kazakhSortKey, nameSortKey } from '../../../domain/kazakh-order.js';
import type { EventInput } from '../events/record-event.js';
import { enrolmentState, newBatchId, recordMovements, type MovementInput } from '../movements/record-movements.js';
import type { StudentRow } from '../students/list-item.js';
import { identityChanged, placementChanged, type ImportPlan, type PlannedUpdate } from './plan-import.js';

/**
 * Rows per INSERT or UPDATE statement. The widest row (a movement) has 12
 * parameters, so 4,000 rows stay below PostgreSQL's limit of 65,535
 * parameters in a statement.
 */
const WRITE_CHUNK = 4000;

/** The study form of a new student whose row leaves it empty, as in the "Add student" form. */
const DEFAULT_STUDY_FORM = 'full_time';

export interface ApplyOptions {
  actorUserId: number | null;
  now: Date;
  /** The school year of the new enrolments. */
  schoolYear: number;
  /** The file's summary, as the import's event records it. */
  file: { type: string; rows: number };
}

export interface ImportResult {
  /** The movements and events of the import share it; null when the file changed nothing. */
  batchId: string | null;
  created: number;
  updated: number;
  unchanged: number;
}

/**
 * Writes an import plan inside the caller's transaction: new students,
 * enrolments with an admission movement, corrected grades and letters with
 * a correction movement (or a study form change), passport values, and an
 * event per student plus one for the import. The number of statements grows
 * with the rows only by one per WRITE_CHUNK rows.
 */
export async function applyImport(tx: Transaction, organizationId: number, plan: ImportPlan, options: ApplyOptions): Promise<ImportResult> {
  const result: ImportResult = { batchId: null, created: plan.creates.length, updated: plan.updates.length, unchanged: plan.unchanged };
  if (plan.creates.length === 0 && plan.updates.length === 0) return result;

  const { now } = options;
  const batch = { batchId: newBatchId(), actorUserId: options.actorUserId, createdAt: now };
  result.batchId = batch.batchId;

  const newStudentIds = await insertNewStudents(tx, plan, now);
  const studentIdOf = (create: ImportPlan['creates'][number]) => create.existing?.id ?? newStudentIds.get(create.row.iin)!;

  await updateIdentities(tx, [...plan.creates.filter(hasExistingStudent).map(({ row, existing }) => ({ row, student: existing })), ...plan.updates], now);
  await movePassportsToSchool(tx, plan.creates.filter(hasExistingStudent).map((create) => create.existing.id), organizationId);

  const admissions = await insertEnrolments(tx, plan, organizationId, studentIdOf, options);
  const corrections = await updatePlacements(tx, plan.updates, now);
  await insertInChunks([...admissions, ...corrections], (chunk) => recordMovements(tx, batch, chunk));

  const values = [
    ...plan.creates.flatMap((create) => passportRows(studentIdOf(create), organizationId, create.passportChanges, now)),
    ...plan.updates.flatMap((update) => passportRows(update.student.id, organizationId, update.passportChanges, now)),
  ];
  await insertInChunks(values, (chunk) =>
    tx
      .insert(passportValues)
      .values(chunk)
      .onConflictDoUpdate({
        target: [passportValues.studentId, passportValues.indicatorCode],
        set: { value: sql`excluded.value`, organizationId: sql`excluded.organization_id`, updatedAt: sql`excluded.updated_at` },
      }),
  );

  const studentEvents: EventInput[] = [
    ...plan.creates.map((create): EventInput => ({
      name: create.existing ? 'student.enrolled' : 'student.created',
      actorUserId: options.actorUserId,
      organizationId,
      subjectId: studentIdOf(create),
      data: { source: 'import', batchId: batch.batchId, indicators: Object.keys(create.passportChanges) },
      createdAt: now,
    })),
    ...plan.updates.map((update): EventInput => ({
      name: 'student.updated',
      actorUserId: options.actorUserId,
      organizationId,
      subjectId: update.student.id,
      data: { source: 'import', batchId: batch.batchId, fields: changedFields(update), indicators: Object.keys(update.passportChanges) },
      createdAt: now,
    })),
    {
      name: 'contingent.imported',
      actorUserId: options.actorUserId,
      organizationId,
      subjectId: null,
      data: { batchId: batch.batchId, fileType: options.file.type, rows: options.file.rows, created: result.created, updated: result.updated, unchanged: result.unchanged },
      createdAt: now,
    },
  ];
  await insertInChunks(studentEvents, (chunk) => tx.insert(events).values(chunk.map((event) => ({ ...event, data: event.data ?? {} }))));

  return result;
}

function hasExistingStudent(create: ImportPlan['creates'][number]): create is ImportPlan['creates'][number] & { existing: StudentRow } {
  return create.existing !== null;
}

async function insertNewStudents(tx: Transaction, plan: ImportPlan, now: Date): Promise<Map<string, number>> {
  const rows = plan.creates
    .filter((create) => create.existing === null)
    .map(({ row }) => ({
      iin: row.iin,
      lastName: row.lastName,
      firstName: row.firstName,
      middleName: row.middleName,
      nameSortKey: nameSortKey(row.lastName, row.firstName, row.middleName),
      ...identityOf(row.iin),
      createdAt: now,
      updatedAt: now,
    }));

  const ids = new Map<string, number>();
  await insertInChunks(rows, async (chunk) => {
    for (const inserted of await tx.insert(students).values(chunk).returning({ id: students.id, iin: students.iin })) ids.set(inserted.iin, inserted.id);
  });

  return ids;
}

/** Renames students in one UPDATE … FROM (VALUES …) per chunk; rows whose names did not change are left out. */
async function updateIdentities(tx: Transaction, changes: Array<Pick<PlannedUpdate, 'row' | 'student'>>, now: Date): Promise<void> {
  const renamed = changes.filter(identityChanged).map(({ row, student }) => {
    const middleName = row.middleName ?? student.middleName;
    return { id: student.id, lastName: row.lastName, firstName: row.firstName, middleName, key: nameSortKey(row.lastName, row.firstName, middleName) };
  });

  await insertInChunks(renamed, (chunk) =>
    tx.execute(sql`
      update students as s
      set last_name = v.last_name, first_name = v.first_name, middle_name = v.middle_name, name_sort_key = v.name_sort_key, updated_at = ${now.toISOString()}::timestamptz
      from (values ${sql.join(
        chunk.map((item) => sql`(${item.id}::bigint, ${item.lastName}::text, ${item.firstName}::text, ${item.middleName}::text, ${item.key}::text)`),
        sql`, `,
      )}) as v(id, last_name, first_name, middle_name, name_sort_key)
      where s.id = v.id`),
  );
}

/** A student known from another school brings the passport along, so its values become this school's rows. */
async function movePassportsToSchool(tx: Transaction, studentIds: number[], organizationId: number): Promise<void> {
  await insertInChunks(studentIds, (chunk) => tx.update(passportValues).set({ organizationId }).where(inArray(passportValues.studentId, chunk)));
}

async function insertEnrolments(
  tx: Transaction,
  plan: ImportPlan,
  organizationId: number,
  studentIdOf: (create: ImportPlan['creates'][number]) => number,
  options: ApplyOptions,
): Promise<MovementInput[]> {
  const rows = plan.creates.map(({ row, ...create }) => ({
    studentId: studentIdOf({ row, ...create }),
    organizationId,
    schoolYear: options.schoolYear,
    grade: row.grade,
    letter: row.letter,
    letterSortKey: kazakhSortKey(row.letter),
    studyForm: row.studyForm ?? DEFAULT_STUDY_FORM,
    status: 'active' as const,
    createdAt: options.now,
    updatedAt: options.now,
  }));

  const movements: MovementInput[] = [];
  await insertInChunks(rows, async (chunk) => {
    for (const enrolment of await tx.insert(enrolments).values(chunk).returning()) {
      movements.push({ studentId: enrolment.studentId, enrolmentId: enrolment.id, organizationId, kind: 'admission', before: null, after: enrolmentState(enrolment) });
    }
  });

  return movements;
}

async function updatePlacements(tx: Transaction, updates: PlannedUpdate[], now: Date): Promise<MovementInput[]> {
  const moved = updates.filter(placementChanged).map(({ row, enrolment }) => ({
    before: enrolment,
    after: { ...enrolment, grade: row.grade, letter: row.letter, letterSortKey: kazakhSortKey(row.letter), studyForm: row.studyForm ?? enrolment.studyForm, updatedAt: now },
  }));

  await insertInChunks(moved, (chunk) =>
    tx.execute(sql`
      update enrolments as e
      set grade = v.grade, letter = v.letter, letter_sort_key = v.letter_sort_key, study_form = v.study_form, updated_at = ${now.toISOString()}::timestamptz
      from (values ${sql.join(
        chunk.map(({ after }) => sql`(${after.id}::bigint, ${after.grade}::smallint, ${after.letter}::text, ${after.letterSortKey}::text, ${after.studyForm}::text)`),
        sql`, `,
      )}) as v(id, grade, letter, letter_sort_key, study_form)
      where e.id = v.id`),
  );

  return moved.map(({ before, after }) => {
    const kind: MovementKind = after.studyForm !== before.studyForm ? 'study_form_change' : 'correction';
    return { studentId: before.studentId, enrolmentId: before.id, organizationId: before.organizationId, kind, before: enrolmentState(before), after: enrolmentState(after) };
  });
}

function passportRows(studentId: number, organizationId: number, values: Record<string, unknown>, now: Date) {
  return Object.entries(values).map(([indicatorCode, value]) => ({ studentId, organizationId, indicatorCode, value, updatedAt: now }));
}

function changedFields(update: PlannedUpdate): string[] {
  const { row, student, enrolment } = update;
  const fields: string[] = [];

  if (row.lastName !== student.lastName) fields.push('lastName');
  if (row.firstName !== student.firstName) fields.push('firstName');
  if (row.middleName !== null && row.middleName !== student.middleName) fields.push('middleName');
  if (row.grade !== enrolment.grade) fields.push('grade');
  if (row.letter !== enrolment.letter) fields.push('letter');
  if (row.studyForm !== null && row.studyForm !== enrolment.studyForm) fields.push('studyForm');

  return fields;
}

async function insertInChunks<T>(items: T[], write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < items.length; start += WRITE_CHUNK) await write(items.slice(start, start + WRITE_CHUNK));
}

/** The birth date and sex the IIN encodes; the row check has already rejected IINs that encode none. */
function identityOf(iin: string): { birthDate: string; sex: 'male' | 'female' } {
  const parsed = parseIin(iin);
  if (!parsed.ok) throw new Error(`An import row reached the database with an invalid IIN (${parsed.reason})`);
  return { birthDate: parsed.birthDate, sex: parsed.sex };
}
