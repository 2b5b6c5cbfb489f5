import { parseArgs } from 'node:util';
import { clockFromEnv } from '../../domain/clock.js';
import { seedDemoSchool } from '../../seed/demo-school.js';
import type { CliCommand } from '../command.js';
import { withDatabase } from '../database.js';

export const seedDemoCommand: CliCommand = {
  name: 'seed-demo',
  usage: 'seed-demo [--password P] [--admin-password P]',
  description:
    'Create the demo school 17009 with about 250 students and the accounts "operator" and "admin", only when the database has no organization yet. A password not given is generated and printed once.',
  options: [
    '--password P        password of "operator" (default: KONTINGENT_DEMO_PASSWORD, else random)',
    '--admin-password P  password of "admin" (default: KONTINGENT_ADMIN_PASSWORD, else random)',
  ],

  async run(args, { io, env }) {
    const { values } = parseArgs({ args, options: { password: { type: 'string' }, 'admin-password': { type: 'string' } } });

    const result = await withDatabase(env, (handle) =>
      seedDemoSchool(handle.db, {
        clock: clockFromEnv(env),
        password: values.password ?? (env.KONTINGENT_DEMO_PASSWORD || undefined),
        adminPassword: values['admin-password'] ?? (env.KONTINGENT_ADMIN_PASSWORD || undefined),
      }),
    );

    if (!result.seeded) {
      io.out('The database already has an organization, so the demo school was not seeded.');
      return 0;
    }

    io.out(`Seeded the demo school 17009 with ${result.students} students.`);
    if (result.password) io.out(`Password of "operator": ${result.password}  (shown once)`);
    if (result.adminPassword) io.out(`Password of "admin": ${result.adminPassword}  (shown once)`);
    return 0;
  },
};
