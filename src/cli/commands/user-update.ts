import { parseArgs } from 'node:util';
import { systemClock } from '../../domain/clock.js';
import { updateUser } from '../../server/features/accounts/update-user.js';
import type { CliCommand } from '../command.js';
import { withDatabase } from '../database.js';
import { UsageError } from '../io.js';
import { parseClearable, parseId, parseKato, parseRole } from '../options.js';
import { describeScope } from '../table.js';

export const userUpdateCommand: CliCommand = {
  name: 'user update',
  usage: 'user update --username U [--role ROLE] [--org ID|none] [--territory KATO|none] [--disable | --enable]',
  description:
    'Change an account\'s role, school or territory, or disable it. A new role starts from an empty scope, so give the --org or --territory that fits it. Disabling ends the account\'s sessions.',
  options: [
    '--username U           the account',
    '--role ROLE            operator, district, region, ministry or admin',
    '--org ID|none          the school of an operator',
    '--territory KATO|none  the district (district staff) or oblast (region staff)',
    '--disable, --enable    refuse or allow the account\'s logins',
  ],

  async run(args, { io, env }) {
    const { values } = parseArgs({
      args,
      options: {
        username: { type: 'string' },
        role: { type: 'string' },
        org: { type: 'string' },
        territory: { type: 'string' },
        disable: { type: 'boolean' },
        enable: { type: 'boolean' },
      },
    });

    if (!values.username) throw new UsageError('--username is required');
    if (values.disable && values.enable) throw new UsageError('give --disable or --enable, not both');

    let disabled: boolean | undefined;
    if (values.disable) disabled = true;
    if (values.enable) disabled = false;

    const change = {
      role: values.role === undefined ? undefined : parseRole(values.role),
      organizationId: parseClearable(values.org, (text) => parseId('--org', text)),
      territoryKato: parseClearable(values.territory, (text) => parseKato('--territory', text)),
      disabled,
    };
    if (Object.values(change).every((value) => value === undefined)) throw new UsageError('nothing to change: give --role, --org, --territory, --disable or --enable');

    const user = await withDatabase(env, (handle) => updateUser(handle.db, values.username!, change, { now: systemClock.now() }));

    const state = disabled === undefined ? '' : disabled ? ', disabled' : ', enabled';
    io.out(`Updated "${user.username}": ${user.role}, ${describeScope(user) ?? 'no school or territory'}${state}.`);
    return 0;
  },
};
