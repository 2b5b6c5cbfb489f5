import { parseArgs } from 'node:util';
import { clockFromEnv } from '../../domain/clock.js';
import { schoolYearOf } from '../../domain/school-year.js';
import { DEFAULT_REGIONS, DEFAULT_SEED, planNationalDataset } from '../../seed/national/plan.js';
import { writeNationalDataset } from '../../seed/national/write.js';
import { seedDictionaries } from '../../seed/seed-dictionaries.js';
import type { CliCommand } from '../command.js';
import { withDatabase } from '../database.js';
import { UsageError } from '../io.js';

export const generateCommand: CliCommand = {
  name: 'generate',
  usage: 'generate --students N --schools M [--regions R] [--seed S]',
  description:
    'Generate synthetic regions, districts, villages, schools and students with valid IINs and filled passports, for load tests. The same options give the same data. Region 1 holds about 30% of the students; every 100th school has 3,000.',
  options: [
    '--students N  students in total, at least 1',
    '--schools M   schools in total; N / M must be 12 to 2,000',
    `--regions R   regions, 1 to 20 (default ${DEFAULT_REGIONS})`,
    `--seed S      seed of the pseudo-random data (default ${DEFAULT_SEED})`,
  ],

  async run(args, { io, env }) {
    const { values } = parseArgs({
      args,
      options: { students: { type: 'string' }, schools: { type: 'string' }, regions: { type: 'string' }, seed: { type: 'string' } },
    });

    const students = wholeNumber('--students', values.students);
    const schools = wholeNumber('--schools', values.schools);
    const regions = values.regions === undefined ? DEFAULT_REGIONS : wholeNumber('--regions', values.regions);
    const seed = values.seed === undefined ? DEFAULT_SEED : wholeNumber('--seed', values.seed);

    let plan;
    try {
      plan = planNationalDataset({ students, schools, regions, seed, schoolYear: schoolYearOf(clockFromEnv(env).today()) });
    } catch (error) {
      if (error instanceof RangeError) throw new UsageError(error.message);
      throw error;
    }

    const result = await withDatabase(env, async (handle) => {
      await seedDictionaries(handle.db);

      let reported = 0;
      return writeNationalDataset(handle.db, plan, {
        onProgress: ({ students: written }) => {
          // One line per 100,000 students keeps a long run readable.
          if (written - reported < 100_000 && written < students) return;
          reported = written;
          io.out(`  ${written} of ${students} students written`);
        },
      });
    });

    const seconds = result.milliseconds / 1000;
    io.out(`Generated ${result.schools} schools and ${result.students} students (school year ${plan.schoolYear}) in ${seconds.toFixed(1)} s, ${Math.round(result.students / seconds)} students/s.`);
    return 0;
  },
};

function wholeNumber(option: string, value: string | undefined): number {
  if (value === undefined) throw new UsageError(`${option} is required`);

  const number = Number(value.replaceAll('_', ''));
  if (!Number.isSafeInteger(number) || number < 0) throw new UsageError(`${option} must be a whole number, got "${value}"`);

  return number;
}
