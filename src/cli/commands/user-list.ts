import { parseArgs } from 'node:util';
import { listUsers } from '../../server/features/accounts/list-users.js';
import type { CliCommand } from '../command.js';
import { withDatabase } from '../database.js';

export const userListCommand: CliCommand = {
  name: 'user list',
  usage: 'user list',
  description: 'List the accounts: id, username, role, organization, whether disabled.',
  options: [],

  async run(args, { io, env }) {
    parseArgs({ args, options: {} });
    const users = await withDatabase(env, (handle) => listUsers(handle.db));

    const rows = [
      ['ID', 'USERNAME', 'ROLE', 'ORGANIZATION', 'DISABLED'],
      ...users.map((user) => [String(user.id), user.username, user.role, user.organizationId === null ? '-' : String(user.organizationId), user.disabled ? 'yes' : 'no']),
    ];
    const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));

    for (const row of rows) io.out(row.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd());
    if (users.length === 0) io.out('(no accounts)');
    return 0;
  },
};
