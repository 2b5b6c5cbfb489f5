/** "Surname Name Patronymic", the order of the lists and of official documents. */
export function fullName(student: { lastName: string; firstName: string; middleName: string | null }): string {
  return [student.lastName, student.firstName, student.middleName].filter(Boolean).join(' ');
}
