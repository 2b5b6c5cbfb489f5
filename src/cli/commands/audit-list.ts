import { parseArgs } from 'node:util';
import { listAuditEvents } from '../../server/features/audit/list-events.js';
import { parseIsoDate } from '../../domain/dates.js';
import type { CliCommand } from '../command.js';
import { withDatabase } from '../database.js';
import { UsageError } from '../io.js';
import { parseId } from '../options.js';
import { printTable } from '../table.js';

export const auditListCommand: CliCommand = {
  name: 'audit list',
  usage: 'audit list [--name NAME] [--from DATE] [--to DATE] [--limit N]',
  description: 'Print the newest events of the audit log: logins, failed logins, account changes, data changes, exports.',
  options: [
    '--name NAME      one event name, or a prefix ending in a dot such as auth.',
    '--from DATE      first Almaty date, YYYY-MM-DD',
    '--to DATE        last Almaty date, YYYY-MM-DD',
    '--limit N        how many events to print (default 50)',
  ],

  async run(args, { io, env }) {
    const { values } = parseArgs({ args, options: { name: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, limit: { type: 'string' } } });
    for (const option of ['from', 'to'] as const) {
      const value = values[option];
      if (value !== undefined && !parseIsoDate(value)) throw new UsageError(`--${option} must be a date YYYY-MM-DD, got "${value}"`);
    }
    const limit = values.limit === undefined ? 50 : parseId('--limit', values.limit);

    const { items, total } = await withDatabase(env, (handle) => listAuditEvents(handle.db, { name: values.name, from: values.from, to: values.to, page: 1, pageSize: limit }));

    printTable(io, [
      ['TIME', 'EVENT', 'ACTOR', 'ORGANIZATION', 'SUBJECT', 'DATA'],
      ...items.map((item) => [item.createdAt.toISOString(), item.name, item.actor?.username ?? '-', item.organizationId === null ? '-' : String(item.organizationId), item.subjectId === null ? '-' : String(item.subjectId), JSON.stringify(item.data)]),
    ]);
    io.out(`${items.length} of ${total} events`);
    return 0;
  },
};
