import { parseArgs } from 'node:util';
import { generatePassword } from '../../server/features/accounts/generate-password.js';
import { setUserPassword } from '../../server/features/accounts/set-user-password.js';
import type { CliCommand } from '../command.js';
import { withDatabase } from '../database.js';
import { UsageError } from '../io.js';

export const userSetPasswordCommand: CliCommand = {
  name: 'user set-password',
  usage: 'user set-password --username U [--password P]',
  description: 'Replace an account\'s password, end its sessions and lift a login lockout. Without --password, a random password is generated and printed once.',
  options: ['--username U     the account', '--password P     the new password, at least 8 characters'],

  async run(args, { io, env }) {
    const { values } = parseArgs({ args, options: { username: { type: 'string' }, password: { type: 'string' } } });
    if (!values.username) throw new UsageError('--username is required');

    const password = values.password ?? generatePassword();
    await withDatabase(env, (handle) => setUserPassword(handle.db, values.username!, password));

    io.out(`Password of "${values.username}" changed; the account's sessions have ended.`);
    if (!values.password) io.out(`Password: ${password}  (shown once; it is not stored in readable form)`);
    return 0;
  },
};
