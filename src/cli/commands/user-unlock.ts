import { parseArgs } from 'node:util';
import { systemClock } from '../../domain/clock.js';
import { unlockUser } from '../../server/features/accounts/unlock-user.js';
import type { CliCommand } from '../command.js';
import { withDatabase } from '../database.js';
import { UsageError } from '../io.js';

export const userUnlockCommand: CliCommand = {
  name: 'user unlock',
  usage: 'user unlock --username U',
  description: 'Lift the lockout that failed logins put on an account, before it ends by itself after 15 minutes.',
  options: ['--username U     the account'],

  async run(args, { io, env }) {
    const { values } = parseArgs({ args, options: { username: { type: 'string' } } });
    if (!values.username) throw new UsageError('--username is required');

    await withDatabase(env, (handle) => unlockUser(handle.db, values.username!, { now: systemClock.now() }));

    io.out(`Unlocked "${values.username}".`);
    return 0;
  },
};
