import { parseArgs } from 'node:util';
import { systemClock } from '../../domain/clock.js';
import { listUsers } from '../../server/features/accounts/list-users.js';
import type { CliCommand } from '../command.js';
import { withDatabase } from '../database.js';
import { parseRole } from '../options.js';
import { describeScope, printTable } from '../table.js';

export const userListCommand: CliCommand = {
  name: 'user list',
  usage: 'user list [--role ROLE] [--search TEXT]',
  description: 'List the accounts: id, username, role, school or territory, whether disabled or locked.',
  options: ['--role ROLE      only accounts of this role', '--search TEXT    part of the username, school id or KATO code'],

  async run(args, { io, env }) {
    const { values } = parseArgs({ args, options: { role: { type: 'string' }, search: { type: 'string' } } });
    const role = values.role === undefined ? undefined : parseRole(values.role);

    const now = systemClock.now();
    const { items } = await withDatabase(env, (handle) => listUsers(handle.db, { role, q: values.search, page: 1, pageSize: 100_000 }, now));

    printTable(io, [
      ['ID', 'USERNAME', 'ROLE', 'SCOPE', 'DISABLED', 'LOCKED UNTIL'],
      ...items.map((user) => [
        String(user.id),
        user.username,
        user.role,
        describeScope(user) ?? '-',
        user.disabled ? 'yes' : 'no',
        user.lockedUntil ? user.lockedUntil.toISOString() : '-',
      ]),
    ]);
    if (items.length === 0) io.out('(no accounts)');
    return 0;
  },
};
