import { GRADUATION_DOCUMENT_INDICATORS, indicatorByCode } from '../../domain/passport/catalogue.js';
import type { PassportPlan } from './passports.js';
import type { DemoStudent } from './students.js';

/** A student by grade and place within the grade (0-based, in generation order). */
type Place = `${number}:${number}`;

/** Grade-9 and grade-11 students without any attestat field, and one grade-11 student without the number only. */
const WITHOUT_ATTESTAT: Place[] = ['9:3', '9:11', '9:16', '9:20', '11:5'];
const WITHOUT_ATTESTAT_NUMBER: Place[] = ['11:9'];

/** Altyn Belgi candidates of grade 11; the confirmed ones are a subset. */
const ALTYN_BELGI_CANDIDATES: Place[] = ['11:0', '11:2', '11:4', '11:7', '11:12'];
const ALTYN_BELGI_CONFIRMED: Place[] = ['11:0', '11:4', '11:12'];

/** Students of other grades who miss one required indicator each. */
const OTHER_GAPS: Record<Place, string> = { '3:4': 'address', '6:10': 'nationality', '8:2': 'aid_category' };

const ATTESTAT_SERIES: Record<number, string> = { 9: 'НОБ', 11: 'ЖОБ' };

/**
 * Plans the passports of the demo students (in generation order): the
 * attestat of grades 9 and 11, the Altyn Belgi candidates, and the few gaps
 * that leave a passport incomplete.
 */
export function planPassports(students: DemoStudent[], schoolYear: number): PassportPlan[] {
  const placeInGrade = new Map<number, number>();
  let attestatNumber = 900_000;

  return students.map((student) => {
    const index = placeInGrade.get(student.grade) ?? 0;
    placeInGrade.set(student.grade, index + 1);
    const place: Place = `${student.grade}:${index}`;

    const plan: PassportPlan = { missing: [] };

    const series = ATTESTAT_SERIES[student.grade];
    if (series) {
      attestatNumber += 1;
      // Attestats are issued in June, when the school year closes.
      plan.attestat = { series, number: String(attestatNumber).padStart(7, '0'), issueDate: `${schoolYear + 1}-06-${student.grade === 9 ? '05' : '10'}` };
    }

    if (WITHOUT_ATTESTAT.includes(place)) plan.missing.push(...GRADUATION_DOCUMENT_INDICATORS);
    if (WITHOUT_ATTESTAT_NUMBER.includes(place)) plan.missing.push('attestat_number');

    if (ALTYN_BELGI_CANDIDATES.includes(place)) plan.altynBelgi = ALTYN_BELGI_CONFIRMED.includes(place) ? 'confirmed' : 'candidate';

    const gap = OTHER_GAPS[place];
    if (gap && indicatorByCode(gap)) plan.missing.push(gap);

    return plan;
  });
}
