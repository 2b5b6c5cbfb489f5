import { SeededRandom } from '../demo/random.js';
import { seededRandomFor } from './seeds.js';

/** Options of `generate`: the numbers of students, schools and regions, and the seed. */
export interface NationalPlanOptions {
  students: number;
  schools: number;
  /** Regions (oblasts and cities of republican significance), 1 to 20; Kazakhstan has 20. */
  regions?: number;
  seed?: number;
  /** The calendar year in which the current school year starts: 2025 for 2025–2026. */
  schoolYear: number;
}

export interface SchoolPlan {
  /** 0-based place in the plan; the organization id is FIRST_SCHOOL_ID + index. */
  index: number;
  id: number;
  /** 1-based region number; region 1 is the large region of the year-end benchmark. */
  region: number;
  district: number;
  village: number;
  /** The KATO code of the school's settlement. */
  kato: string;
  /** A school of LARGE_SCHOOL_SIZE students, the size of the biggest city schools. */
  large: boolean;
  students: number;
  /** Students of grades 0 to 11, by grade. */
  gradeCounts: number[];
  /**
   * For each grade, the number of students of that grade in the schools
   * before this one: the first IIN slot of the school's students of the grade.
   */
  gradeOffsets: number[];
}

export interface NationalPlan {
  seed: number;
  regions: number;
  schoolYear: number;
  students: number;
  schools: SchoolPlan[];
}

export const DEFAULT_SEED = 2026;
export const DEFAULT_REGIONS = 20;
export const MAX_REGIONS = 20;

/** Organization id of the first generated school; the ids stay clear of the demo school 17009 and of test schools. */
export const FIRST_SCHOOL_ID = 100_000;

export const GRADES = Array.from({ length: 12 }, (_, grade) => grade);
export const FINAL_GRADE = 11;

/** Students of a large school: the biggest city schools have about 3,000. */
export const LARGE_SCHOOL_SIZE = 3000;
/** Every LARGE_SCHOOL_EVERY-th school (0, 100, 200, …) is a large one, when the totals leave room for it. */
export const LARGE_SCHOOL_EVERY = 100;

/** Share of the ordinary schools in region 1, so that the region gets about 30% of the students. */
const REGION_ONE_SHARE = 0.3;
const DISTRICTS_PER_REGION = 12;
const VILLAGES_PER_DISTRICT = 30;

const MIN_SCHOOL_SIZE = 12;
const MAX_ORDINARY_SCHOOL_SIZE = 2900;

/** Grades 10 and 11 are smaller: many students leave for college after grade 9. */
const SENIOR_GRADE_WEIGHT = 0.7;

/**
 * Plans a synthetic national dataset: for each school its territory, size and
 * students per grade. The plan depends only on the options, so the same
 * options give the same schools and, with the same school year, the same students.
 * Throws a RangeError for totals the plan cannot honour.
 */
export function planNationalDataset(options: NationalPlanOptions): NationalPlan {
  const seed = options.seed ?? DEFAULT_SEED;
  const regions = options.regions ?? DEFAULT_REGIONS;
  checkOptions(options.students, options.schools, regions);

  const largeIndexes = largeSchoolIndexes(options.students, options.schools);
  const sizes = schoolSizes(seed, options.students, options.schools, largeIndexes);

  const gradeOffsets = GRADES.map(() => 0);
  const schools = sizes.map((size, index) => {
    const random = seededRandomFor(seed, 'school', index);
    const large = largeIndexes.has(index);

    const region = regionOf(random, index, large, regions);
    const district = random.integer(1, DISTRICTS_PER_REGION);
    const village = random.integer(1, VILLAGES_PER_DISTRICT);
    const gradeCounts = splitIntoGrades(random, size);

    const school: SchoolPlan = {
      index,
      id: FIRST_SCHOOL_ID + index,
      region,
      district,
      village,
      kato: settlementKato(region, district, village),
      large,
      students: size,
      gradeCounts,
      gradeOffsets: [...gradeOffsets],
    };
    GRADES.forEach((grade) => (gradeOffsets[grade] += gradeCounts[grade]));

    return school;
  });

  return { seed, regions, schoolYear: options.schoolYear, students: options.students, schools };
}

function checkOptions(students: number, schools: number, regions: number): void {
  if (!Number.isInteger(students) || students < 1) throw new RangeError(`Invalid number of students ${students}: expected a whole number of at least 1`);
  if (!Number.isInteger(schools) || schools < 1) throw new RangeError(`Invalid number of schools ${schools}: expected a whole number of at least 1`);
  if (!Number.isInteger(regions) || regions < 1 || regions > MAX_REGIONS) {
    throw new RangeError(`Invalid number of regions ${regions}: expected a whole number from 1 to ${MAX_REGIONS}`);
  }

  const mean = students / schools;
  if (mean < MIN_SCHOOL_SIZE || mean > 2000) {
    throw new RangeError(`${students} students in ${schools} schools is ${Math.round(mean)} a school; choose numbers that give ${MIN_SCHOOL_SIZE} to 2,000 a school`);
  }
}

/** Schools 0, 100, 200, … are large, unless the other schools would be left with too few students. */
function largeSchoolIndexes(students: number, schools: number): Set<number> {
  const indexes = Array.from({ length: Math.ceil(schools / LARGE_SCHOOL_EVERY) }, (_, k) => k * LARGE_SCHOOL_EVERY);

  const rest = students - indexes.length * LARGE_SCHOOL_SIZE;
  const others = schools - indexes.length;
  const roomForLarge = others === 0 ? rest === 0 : rest >= others * 50;

  return new Set(roomForLarge ? indexes : []);
}

/**
 * Sizes of the ordinary schools: log-normal, as a country has many small
 * village schools and fewer big ones, scaled so that all schools add up to
 * exactly `students`.
 */
function schoolSizes(seed: number, students: number, schools: number, largeIndexes: Set<number>): number[] {
  const random = new SeededRandom(seed);
  const weights = Array.from({ length: schools }, (_, index) => (largeIndexes.has(index) ? 0 : Math.exp(0.9 * gaussian(random))));

  const target = students - largeIndexes.size * LARGE_SCHOOL_SIZE;
  const clamp = (value: number) => Math.min(MAX_ORDINARY_SCHOOL_SIZE, Math.max(MIN_SCHOOL_SIZE, value));

  // Clamping moves the total, so rescale a few times before fixing the last students one by one.
  let scale = target / weights.reduce((sum, weight) => sum + weight, 0);
  let sizes: number[] = [];
  for (let round = 0; round < 20; round += 1) {
    sizes = weights.map((weight, index) => (largeIndexes.has(index) ? LARGE_SCHOOL_SIZE : clamp(Math.round(weight * scale))));
    const ordinary = sizes.reduce((sum, size, index) => sum + (largeIndexes.has(index) ? 0 : size), 0);
    if (Math.abs(target - ordinary) < schools) break;
    scale *= target / ordinary;
  }

  let difference = students - sizes.reduce((sum, size) => sum + size, 0);
  for (let index = 0; difference !== 0; index = (index + 1) % schools) {
    if (largeIndexes.has(index)) continue;

    const step = Math.sign(difference);
    if (clamp(sizes[index] + step) === sizes[index]) continue;
    sizes[index] += step;
    difference -= step;
  }

  return sizes;
}

function regionOf(random: SeededRandom, index: number, large: boolean, regions: number): number {
  if (regions === 1) return 1;

  // Large schools stay out of region 1, so the benchmarks that change them leave the region's year-end untouched.
  if (large) return 2 + ((index / LARGE_SCHOOL_EVERY) % (regions - 1));

  return random.chance(REGION_ONE_SHARE) ? 1 : random.integer(2, regions);
}

/** Splits a school's students over grades 0-11 with a little variation, exactly adding up to `size`. */
function splitIntoGrades(random: SeededRandom, size: number): number[] {
  const weights = GRADES.map((grade) => (grade >= 10 ? SENIOR_GRADE_WEIGHT : 1) * (0.85 + 0.3 * random.next()));
  const total = weights.reduce((sum, weight) => sum + weight, 0);

  const exact = weights.map((weight) => (weight / total) * size);
  const counts = exact.map(Math.floor);

  // Largest remainders get the students that rounding down left over.
  const order = GRADES.slice().sort((a, b) => exact[b] - counts[b] - (exact[a] - counts[a]));
  for (let left = size - counts.reduce((sum, count) => sum + count, 0), k = 0; left > 0; left -= 1, k += 1) counts[order[k]] += 1;

  return counts;
}

/** Draw a standard normal value (Box-Muller). */
function gaussian(random: SeededRandom): number {
  const u = 1 - random.next();
  const v = random.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/**
 * KATO-shaped code of a synthetic settlement: region 80-99 (codes no real
 * oblast uses), district 11-22, rural district 11-40, settlement 100.
 */
export function settlementKato(region: number, district: number, village: number): string {
  return `${79 + region}${10 + district}${10 + village}100`;
}
