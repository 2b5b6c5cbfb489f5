import type { Executor } from '../../src/db/client.js';
import { enrolments, organizations, passportValues, students, territories } from '../../src/db/schema.js';
import { makeIin } from '../../src/domain/iin.js';
import { kazakhSortKey, nameSortKey } from '../../src/domain/kazakh-order.js';
import { createUser } from '../../src/server/features/accounts/create-user.js';

export const TEST_PASSWORD = 'test-password-1';

/** Insert a school with a two-level territory path (an oblast and its settlement). */
export async function insertSchool(db: Executor, school: { id: number; finalGrade?: number; nameRu?: string }): Promise<void> {
  const oblast = `${String(10 + (school.id % 80)).padStart(2, '0')}0000000`;
  const settlement = `${oblast.slice(0, 2)}${String(school.id % 10_000_000).padStart(7, '0')}`;

  await db
    .insert(territories)
    .values([
      { kato: oblast, katoVersion: 'test', level: 'oblast', typeCode: 0, nameKk: 'Сынақ облысы', nameRu: 'Тестовая область', parentKato: null },
      { kato: settlement, katoVersion: 'test', level: 'settlement', typeCode: 2, nameKk: 'Сынақ а.', nameRu: 'с.Тестовое', parentKato: oblast },
    ])
    .onConflictDoNothing();

  await db.insert(organizations).values({
    id: school.id,
    nameKk: `№${school.id} мектеп`,
    nameRu: school.nameRu ?? `Школа №${school.id}`,
    kato: settlement,
    finalGrade: school.finalGrade ?? 11,
  });
}

export async function insertOperator(db: Executor, username: string, organizationId: number): Promise<void> {
  await createUser(db, { username, password: TEST_PASSWORD, role: 'operator', organizationId });
}

export interface StudentSeed {
  lastName: string;
  firstName: string;
  middleName?: string;
  grade: number;
  letter: string;
  sex?: 'male' | 'female';
  birthDate?: string;
  status?: 'active' | 'graduated' | 'departed' | 'pending_departure' | 'pending_arrival';
  studyForm?: string;
  passport?: Record<string, unknown>;
}

// IIN serials of test students; each database gets new students from the same sequence, so IINs never repeat in a run.
let studentCounter = 0;

/** Insert students with active (or given) enrolments in a few statements; returns their ids in order. */
export async function insertStudents(db: Executor, organizationId: number, seeds: StudentSeed[], schoolYear = 2025): Promise<number[]> {
  const rows = seeds.map((seed) => {
    const sex = seed.sex ?? 'female';
    let iin: string | null = null;
    let birthDate = seed.birthDate ?? '';

    // Some serials have no valid check digit, so try the next until one does.
    while (!iin) {
      const counter = studentCounter++;
      const day = String(1 + (Math.floor(counter / 9000) % 28)).padStart(2, '0');
      birthDate = seed.birthDate ?? `${schoolYear - 6 - seed.grade}-04-${day}`;
      iin = makeIin(birthDate, sex, 1000 + (counter % 9000));
    }

    return {
      iin,
      lastName: seed.lastName,
      firstName: seed.firstName,
      middleName: seed.middleName ?? null,
      nameSortKey: nameSortKey(seed.lastName, seed.firstName, seed.middleName),
      birthDate,
      sex,
    };
  });

  const inserted = await db.insert(students).values(rows).returning({ id: students.id });
  const ids = inserted.map((row) => row.id);

  await db.insert(enrolments).values(
    seeds.map((seed, index) => ({
      studentId: ids[index],
      organizationId,
      schoolYear,
      grade: seed.grade,
      letter: seed.letter,
      letterSortKey: kazakhSortKey(seed.letter),
      studyForm: seed.studyForm ?? 'full_time',
      status: seed.status ?? 'active',
    })),
  );

  const values = seeds.flatMap((seed, index) =>
    Object.entries(seed.passport ?? {}).map(([indicatorCode, value]) => ({ studentId: ids[index], organizationId, indicatorCode, value })),
  );
  // 4 parameters a row: chunks of 5,000 rows stay below PostgreSQL's limit of 65,535 parameters a statement.
  for (let start = 0; start < values.length; start += 5000) {
    await db.insert(passportValues).values(values.slice(start, start + 5000));
  }

  return ids;
}
