import { parseArgs } from 'node:util';
import { createUser } from '../../server/features/accounts/create-user.js';
import { generatePassword } from '../../server/features/accounts/generate-password.js';
import type { CliCommand } from '../command.js';
import { withDatabase } from '../database.js';
import { UsageError } from '../io.js';
import { parseId, parseKato, parseRole } from '../options.js';
import { describeScope } from '../table.js';

export const userAddCommand: CliCommand = {
  name: 'user add',
  usage: 'user add --username U --role ROLE [--org ID] [--territory KATO] [--password P]',
  description: 'Create an account. Without --password, a random password is generated and printed once.',
  options: [
    '--username U      login name: 3-64 characters from a-z, 0-9, dot, underscore, hyphen',
    '--role ROLE       operator (one school, reads and writes), district or region (the schools of a',
    '                  territory, read only), ministry (every school, read only), admin',
    '--org ID          the organization id of an operator\'s school; only for an operator',
    '--territory KATO  a district\'s KATO code for district staff, an oblast\'s for region staff',
    '--password P      the password, at least 8 characters',
  ],

  async run(args, { io, env }) {
    const { values } = parseArgs({
      args,
      options: { username: { type: 'string' }, role: { type: 'string' }, org: { type: 'string' }, territory: { type: 'string' }, password: { type: 'string' } },
    });

    if (!values.username) throw new UsageError('--username is required');
    const role = parseRole(values.role);
    const organizationId = values.org === undefined ? undefined : parseId('--org', values.org);
    const territoryKato = values.territory === undefined ? undefined : parseKato('--territory', values.territory);

    const password = values.password ?? generatePassword();
    const user = await withDatabase(env, (handle) => createUser(handle.db, { username: values.username!, password, role, organizationId, territoryKato }));

    const scope = describeScope(user);
    io.out(`Created ${user.role} "${user.username}" (id ${user.id}${scope ? `, ${scope}` : ''}).`);
    if (!values.password) io.out(`Password: ${password}  (shown once; it is not stored in readable form)`);
    return 0;
  },
};
