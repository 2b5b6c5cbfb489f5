import { parseArgs } from 'node:util';
import { USER_ROLES, type UserRole } from '../../db/schema.js';
import { createUser } from '../../server/features/accounts/create-user.js';
import { generatePassword } from '../../server/features/accounts/generate-password.js';
import type { CliCommand } from '../command.js';
import { withDatabase } from '../database.js';
import { UsageError } from '../io.js';

export const userAddCommand: CliCommand = {
  name: 'user add',
  usage: 'user add --username U --role operator|admin [--org ID] [--password P]',
  description: 'Create an account. Without --password, a random password is generated and printed once.',
  options: [
    '--username U     login name: 3-64 characters from a-z, 0-9, dot, underscore, hyphen',
    '--role ROLE      operator (works for one school) or admin',
    '--org ID         the organization id of an operator\'s school; not allowed for an admin',
    '--password P     the password, at least 8 characters',
  ],

  async run(args, { io, env }) {
    const { values } = parseArgs({
      args,
      options: { username: { type: 'string' }, role: { type: 'string' }, org: { type: 'string' }, password: { type: 'string' } },
    });

    if (!values.username) throw new UsageError('--username is required');
    if (!isRole(values.role)) throw new UsageError('--role must be operator or admin');
    const organizationId = values.org === undefined ? undefined : parseOrganizationId(values.org);

    const password = values.password ?? generatePassword();
    const user = await withDatabase(env, (handle) =>
      createUser(handle.db, { username: values.username!, password, role: values.role as UserRole, organizationId }),
    );

    io.out(`Created ${user.role} "${user.username}" (id ${user.id}${user.organizationId ? `, organization ${user.organizationId}` : ''}).`);
    if (!values.password) io.out(`Password: ${password}  (shown once; it is not stored in readable form)`);
    return 0;
  },
};

function isRole(value: string | undefined): value is UserRole {
  return (USER_ROLES as readonly string[]).includes(value ?? '');
}

function parseOrganizationId(value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`--org must be an organization id (a positive integer), got "${value}"`);
  return Number(value);
}
