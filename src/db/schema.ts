import { sql } from 'drizzle-orm';
import {
  check,
  customType,
  bigint,
  bigserial,
  boolean,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  serial,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';

/**
 * A jsonb column returned as the driver parsed it. Drizzle 0.45's own jsonb
 * parses the driver's value a second time, which turns the JSON string
 * "596430100" into the number 596430100. Drizzle's issue tracker has this as #3018.
 */
const json = <T>(name: string) =>
  customType<{ data: T; driverData: unknown }>({
    dataType: () => 'jsonb',
    toDriver: (value) => JSON.stringify(value),
    fromDriver: (value) => value as T,
  })(name);

// One schema for PGlite and PostgreSQL 15: nothing here may need a newer server.
// Every school-owned row carries organization_id, so the tables can be
// distributed by it when one server is not enough.

/** The territory classifier (KATO): country, oblast, district, sub-district, settlement. */
export const territories = pgTable(
  'territories',
  {
    kato: text('kato').primaryKey(),
    katoVersion: text('kato_version').notNull(),
    level: text('level', { enum: ['country', 'oblast', 'district', 'sub_district', 'settlement'] }).notNull(),
    typeCode: smallint('type_code').notNull(),
    nameKk: text('name_kk').notNull(),
    nameRu: text('name_ru').notNull(),
    parentKato: text('parent_kato'),
  },
  (table) => [index('territories_parent_idx').on(table.parentKato)],
);

export const organizations = pgTable('organizations', {
  id: integer('id').primaryKey(),
  nameKk: text('name_kk').notNull(),
  nameRu: text('name_ru').notNull(),
  kato: text('kato')
    .notNull()
    .references(() => territories.kato),
  // The school's last grade: 11, or 12 or 13 where it teaches them.
  finalGrade: smallint('final_grade').notNull().default(11),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const students = pgTable(
  'students',
  {
    // Shown to users as the contingent ID.
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    iin: text('iin').notNull(),
    lastName: text('last_name').notNull(),
    firstName: text('first_name').notNull(),
    middleName: text('middle_name'),
    // Digits-only key computed by the domain from the Kazakh alphabet, so that
    // PGlite and PostgreSQL order names the same way whatever their collation.
    nameSortKey: text('name_sort_key').notNull(),
    birthDate: date('birth_date', { mode: 'string' }).notNull(),
    sex: text('sex', { enum: ['male', 'female'] }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('students_iin_key').on(table.iin),
    check('students_iin_digits', sql`${table.iin} ~ '^[0-9]{12}$'`),
    check('students_sex_known', sql`${table.sex} in ('male', 'female')`),
  ],
);

export const ENROLMENT_STATUSES = ['active', 'graduated', 'departed', 'pending_departure', 'pending_arrival'] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];

export const enrolments = pgTable(
  'enrolments',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    studentId: bigint('student_id', { mode: 'number' })
      .notNull()
      .references(() => students.id),
    organizationId: integer('organization_id')
      .notNull()
      .references(() => organizations.id),
    // The calendar year in which the school year starts: 2025 for 2025–2026.
    schoolYear: smallint('school_year').notNull(),
    grade: smallint('grade').notNull(),
    letter: text('letter').notNull(),
    letterSortKey: text('letter_sort_key').notNull(),
    studyForm: text('study_form').notNull(),
    status: text('status', { enum: ENROLMENT_STATUSES }).notNull(),
    // Set when the student graduates; cleared again by an undo.
    graduation: json<GraduationRecord | null>('graduation'),
    // Set by a departure (pending or final); cleared when the departure is cancelled, rejected or accepted.
    departure: json<DepartureRecord | null>('departure'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('enrolments_list_idx').on(table.organizationId, table.status, table.grade, table.letterSortKey),
    index('enrolments_student_idx').on(table.studentId),
    // One person has at most one current enrolment in the whole country.
    uniqueIndex('enrolments_one_current_per_student')
      .on(table.studentId)
      .where(sql`status in ('active', 'pending_departure', 'pending_arrival')`),
    check('enrolments_grade_range', sql`${table.grade} between 0 and 13`),
    check('enrolments_letter_length', sql`char_length(${table.letter}) between 1 and 2`),
    check('enrolments_school_year_range', sql`${table.schoolYear} between 2000 and 2100`),
    check('enrolments_status_known', sql`${table.status} in ('active', 'graduated', 'departed', 'pending_departure', 'pending_arrival')`),
  ],
);

export interface GraduationRecord {
  graduationYear: number;
  documentKind: string;
  departureDate: string;
  orderDate: string;
  orderNumber: string;
  destination: string;
  country: string | null;
}

/** The record of a departure: the sending school's order and where the student went. */
export interface DepartureRecord {
  /** Code from the departureReasons dictionary. */
  reason: string;
  departureDate: string;
  orderDate: string;
  orderNumber: string;
  /** ISO 3166-1 alpha-2, for a reason with the requires_country flag; null otherwise. */
  country: string | null;
  /** The receiving school, for a reason with the to_school_in_kazakhstan flag; null otherwise. */
  receivingOrganizationId: number | null;
}

export const passportValues = pgTable(
  'passport_values',
  {
    studentId: bigint('student_id', { mode: 'number' })
      .notNull()
      .references(() => students.id),
    organizationId: integer('organization_id')
      .notNull()
      .references(() => organizations.id),
    indicatorCode: text('indicator_code').notNull(),
    value: json<unknown>('value').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.studentId, table.indicatorCode] })],
);

export const dictionaryEntries = pgTable(
  'dictionary_entries',
  {
    dictionary: text('dictionary').notNull(),
    code: text('code').notNull(),
    nameKk: text('name_kk').notNull(),
    nameRu: text('name_ru').notNull(),
    nameEn: text('name_en').notNull(),
    active: boolean('active').notNull().default(true),
    flags: text('flags').array().notNull().default(sql`'{}'::text[]`),
    // Grades an entry applies to (document kinds); empty means every grade.
    grades: smallint('grades').array().notNull().default(sql`'{}'::smallint[]`),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (table) => [primaryKey({ columns: [table.dictionary, table.code] })],
);

export const MOVEMENT_KINDS = [
  'admission',
  'transfer',
  'graduation',
  'departure',
  'arrival',
  'study_form_change',
  // A grade or letter fixed by hand in the passport, outside the year-end work.
  'correction',
  'undo',
] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];

/** The enrolment fields a movement changes, as they were before and after it. */
export interface EnrolmentState {
  organizationId: number;
  schoolYear: number;
  grade: number;
  letter: string;
  status: EnrolmentStatus;
  studyForm: string;
  graduation: GraduationRecord | null;
  /** Recorded by departures, arrivals and their undo; absent in movements that do not touch a departure. */
  departure?: DepartureRecord | null;
}

/** Append-only log of enrolment changes: the student's trajectory and the basis of undo. */
export const movements = pgTable(
  'movements',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    batchId: uuid('batch_id').notNull(),
    studentId: bigint('student_id', { mode: 'number' })
      .notNull()
      .references(() => students.id),
    enrolmentId: bigint('enrolment_id', { mode: 'number' })
      .notNull()
      .references(() => enrolments.id),
    organizationId: integer('organization_id')
      .notNull()
      .references(() => organizations.id),
    kind: text('kind', { enum: MOVEMENT_KINDS }).notNull(),
    // For an undo: the movement it reverses.
    undoesMovementId: bigint('undoes_movement_id', { mode: 'number' }).references((): AnyPgColumn => movements.id),
    before: json<EnrolmentState | null>('before'),
    after: json<EnrolmentState>('after').notNull(),
    orderNumber: text('order_number'),
    orderDate: date('order_date', { mode: 'string' }),
    actorUserId: integer('actor_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('movements_student_idx').on(table.studentId, table.id),
    index('movements_batch_idx').on(table.batchId),
    index('movements_org_idx').on(table.organizationId, table.kind, table.createdAt),
    // The undo of a movement is looked up by the movement it reverses; at most one undo each.
    uniqueIndex('movements_undoes_key').on(table.undoesMovementId),
    check('movements_kind_known', sql`${table.kind} in ('admission', 'transfer', 'graduation', 'departure', 'arrival', 'study_form_change', 'correction', 'undo')`),
    check('movements_undo_names_movement', sql`(${table.kind} = 'undo') = (${table.undoesMovementId} is not null)`),
  ],
);

export const SCHOOL_MOVE_STATES = [
  // The receiving school asked for the student; the sending school has not processed the departure yet.
  'requested',
  // The sending school processed the departure; the receiving school has not accepted or rejected it yet.
  'pending',
  'accepted',
  'rejected',
  'cancelled',
  // The sending school turned a request down.
  'declined',
  // The receiving school took its request back.
  'withdrawn',
  // A request that ended because the student left the sending school by another way.
  'closed',
] as const;
export type SchoolMoveState = (typeof SCHOOL_MOVE_STATES)[number];

/**
 * A student's move from one school to another in Kazakhstan: the request of
 * the receiving school, the pending departure, and how it ended. The
 * enrolment and its movements record the student's state; this row records
 * the exchange between the two schools.
 */
export const schoolMoves = pgTable(
  'school_moves',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    studentId: bigint('student_id', { mode: 'number' })
      .notNull()
      .references(() => students.id),
    // The sending school's enrolment that the move takes over.
    enrolmentId: bigint('enrolment_id', { mode: 'number' })
      .notNull()
      .references(() => enrolments.id),
    fromOrganizationId: integer('from_organization_id')
      .notNull()
      .references(() => organizations.id),
    toOrganizationId: integer('to_organization_id')
      .notNull()
      .references(() => organizations.id),
    state: text('state', { enum: SCHOOL_MOVE_STATES }).notNull(),
    // Set while and after the move is pending: the departure movement of the sending school.
    departureMovementId: bigint('departure_movement_id', { mode: 'number' }).references(() => movements.id),
    // The arrival or undo movement that ended a pending move.
    resolutionMovementId: bigint('resolution_movement_id', { mode: 'number' }).references(() => movements.id),
    // The text a school gave when it rejected a pending move or declined a request.
    decisionReason: text('decision_reason'),
    requestedByUserId: integer('requested_by_user_id').references(() => users.id),
    decidedByUserId: integer('decided_by_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (table) => [
    index('school_moves_to_idx').on(table.toOrganizationId, table.state),
    index('school_moves_from_idx').on(table.fromOrganizationId, table.state),
    index('school_moves_student_idx').on(table.studentId),
    // A student waits for one receiving school at a time.
    uniqueIndex('school_moves_one_pending_per_student').on(table.studentId).where(sql`state = 'pending'`),
    // A school requests a student once until the request ends.
    uniqueIndex('school_moves_one_request_per_school').on(table.studentId, table.toOrganizationId).where(sql`state = 'requested'`),
  ],
);

/** Changes other than movements (passport edits, accounts), written in the same transaction. */
export const events = pgTable(
  'events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    name: text('name').notNull(),
    actorUserId: integer('actor_user_id').references(() => users.id),
    organizationId: integer('organization_id'),
    subjectId: bigint('subject_id', { mode: 'number' }),
    // Names of the fields that changed; never their values, which may be personal data.
    data: json<Record<string, unknown>>('data').notNull().default(sql`'{}'::jsonb`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('events_subject_idx').on(table.subjectId),
    // The administrator's audit log reads the newest events first, optionally of one kind.
    index('events_created_idx').on(table.createdAt, table.id),
    index('events_name_idx').on(table.name, table.createdAt),
  ],
);

/**
 * operator: one school, reads and writes; district, region: every school under
 * their KATO territory, read only; ministry: every school, read only; admin:
 * everything, and the administration screens.
 */
export const USER_ROLES = ['operator', 'district', 'region', 'ministry', 'admin'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const users = pgTable(
  'users',
  {
    id: serial('id').primaryKey(),
    username: text('username').notNull().unique(),
    passwordHash: text('password_hash').notNull(),
    role: text('role', { enum: USER_ROLES }).notNull(),
    // Set for operators: the one school they read and change.
    organizationId: integer('organization_id').references(() => organizations.id),
    // Set for district and region staff: the KATO territory whose schools they read.
    territoryKato: text('territory_kato').references(() => territories.kato),
    disabled: boolean('disabled').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check(
      'users_scope_matches_role',
      sql`(${table.role} = 'operator' and ${table.organizationId} is not null and ${table.territoryKato} is null)
        or (${table.role} in ('district', 'region') and ${table.territoryKato} is not null and ${table.organizationId} is null)
        or (${table.role} in ('ministry', 'admin') and ${table.organizationId} is null and ${table.territoryKato} is null)`,
    ),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    // SHA-256 of the cookie token, so a leaked table does not leak live sessions.
    tokenHash: text('token_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    // The last request of the session, at most a minute old; an idle session ends.
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    // Sent back in the X-CSRF-Token header of every write; sessions from before it existed have '' and cannot write.
    csrfToken: text('csrf_token').notNull().default(''),
  },
  (table) => [index('sessions_user_idx').on(table.userId)],
);

/**
 * Results of bulk requests sent with an Idempotency-Key header, so a repeat
 * of the same request (a double click, a retry after a lost response)
 * returns the first result and writes nothing.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    key: text('key').notNull(),
    // SHA-256 of the method, the route and the body: the same key with another request is rejected.
    requestHash: text('request_hash').notNull(),
    // Null while the first request runs.
    statusCode: smallint('status_code'),
    response: json<unknown>('response'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.key] }), index('idempotency_keys_created_idx').on(table.createdAt)],
);

export const LOGIN_THROTTLE_SCOPES = ['account', 'address'] as const;
export type LoginThrottleScope = (typeof LOGIN_THROTTLE_SCOPES)[number];

/**
 * Failed logins counted per username (also for names that have no account, so
 * a lockout reveals nothing about which names exist) and per client address.
 * Kept in the database so that every server behind a load balancer counts the same.
 */
export const loginThrottles = pgTable(
  'login_throttles',
  {
    scope: text('scope', { enum: LOGIN_THROTTLE_SCOPES }).notNull(),
    key: text('key').notNull(),
    failures: integer('failures').notNull().default(0),
    windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull(),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
  },
  (table) => [primaryKey({ columns: [table.scope, table.key] })],
);
