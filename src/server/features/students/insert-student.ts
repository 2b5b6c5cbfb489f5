import type { Executor } from '../../../db/client.js';
import { students } from '../../../db/schema.js';
import { nameSortKey } from '../../../domain/kazakh-order.js';

/** A new student's identity: the IIN with the birth date and sex it encodes, and the name. */
export interface NewStudent {
  iin: string;
  birthDate: string;
  sex: 'male' | 'female';
  lastName: string;
  firstName: string;
  middleName?: string | null;
}

/** Insert a student with the name's sort key and return the new contingent ID. */
export async function insertStudent(tx: Executor, student: NewStudent, now: Date): Promise<number> {
  const [inserted] = await tx
    .insert(students)
    .values({
      iin: student.iin,
      lastName: student.lastName,
      firstName: student.firstName,
      middleName: student.middleName || null,
      nameSortKey: nameSortKey(student.lastName, student.firstName, student.middleName ?? undefined),
      birthDate: student.birthDate,
      sex: student.sex,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: students.id });

  return inserted.id;
}
