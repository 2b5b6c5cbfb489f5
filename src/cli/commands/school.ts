import { parseArgs } from 'node:util';
import { systemClock } from '../../domain/clock.js';
import { createOrganization, updateOrganization, type SavedOrganization } from '../../server/features/organizations/save-organization.js';
import { listOrganizations } from '../../server/features/organizations/list-organizations.js';
import type { CliCommand } from '../command.js';
import { withDatabase } from '../database.js';
import { UsageError } from '../io.js';
import { parseId, parseKato } from '../options.js';
import { printTable } from '../table.js';

const FIELD_OPTIONS = {
  id: { type: 'string' },
  'name-kk': { type: 'string' },
  'name-ru': { type: 'string' },
  kato: { type: 'string' },
  'final-grade': { type: 'string' },
} as const;

const FIELD_HELP = [
  '--id ID             the school\'s id in the national education database',
  '--name-kk NAME      the name in Kazakh',
  '--name-ru NAME      the name in Russian',
  '--kato KATO         the 9-digit KATO code of the school\'s settlement',
  '--final-grade N     the last grade: 11, 12 or 13',
];

export const schoolAddCommand: CliCommand = {
  name: 'school add',
  usage: 'school add --id ID --name-kk NAME --name-ru NAME --kato KATO [--final-grade 11|12|13]',
  description: 'Register a school. Its KATO code must be in the imported classifier.',
  options: [...FIELD_HELP.slice(0, 4), '--final-grade N     the last grade: 11 (default), 12 or 13'],

  async run(args, { io, env }) {
    const { values } = parseArgs({ args, options: FIELD_OPTIONS });
    for (const option of ['id', 'name-kk', 'name-ru', 'kato'] as const) {
      if (values[option] === undefined) throw new UsageError(`--${option} is required`);
    }

    const input: SavedOrganization = {
      id: parseId('--id', values.id!),
      nameKk: values['name-kk']!,
      nameRu: values['name-ru']!,
      kato: parseKato('--kato', values.kato!),
      finalGrade: values['final-grade'] === undefined ? 11 : parseFinalGrade(values['final-grade']),
    };
    const school = await withDatabase(env, (handle) => createOrganization(handle.db, input, { now: systemClock.now() }));

    io.out(`Registered school ${school.id} "${school.nameRu}" (KATO ${school.kato}, final grade ${school.finalGrade}).`);
    return 0;
  },
};

export const schoolUpdateCommand: CliCommand = {
  name: 'school update',
  usage: 'school update --id ID [--name-kk NAME] [--name-ru NAME] [--kato KATO] [--final-grade 11|12|13]',
  description: 'Change a school\'s names, KATO code or final grade.',
  options: FIELD_HELP,

  async run(args, { io, env }) {
    const { values } = parseArgs({ args, options: FIELD_OPTIONS });
    if (values.id === undefined) throw new UsageError('--id is required');

    const change = {
      nameKk: values['name-kk'],
      nameRu: values['name-ru'],
      kato: values.kato === undefined ? undefined : parseKato('--kato', values.kato),
      finalGrade: values['final-grade'] === undefined ? undefined : parseFinalGrade(values['final-grade']),
    };
    if (Object.values(change).every((value) => value === undefined)) throw new UsageError('nothing to change: give --name-kk, --name-ru, --kato or --final-grade');

    const school = await withDatabase(env, (handle) => updateOrganization(handle.db, parseId('--id', values.id!), change, { now: systemClock.now() }));

    io.out(`Updated school ${school.id} "${school.nameRu}" (KATO ${school.kato}, final grade ${school.finalGrade}).`);
    return 0;
  },
};

export const schoolListCommand: CliCommand = {
  name: 'school list',
  usage: 'school list [--search TEXT]',
  description: 'List the schools: id, KATO code, final grade, Russian name.',
  options: ['--search TEXT    part of the name, the id or the KATO code'],

  async run(args, { io, env }) {
    const { values } = parseArgs({ args, options: { search: { type: 'string' } } });
    const administrator = { id: 0, username: 'cli', role: 'admin' as const, organizationId: null, territoryKato: null };

    const { items } = await withDatabase(env, (handle) => listOrganizations(handle.db, administrator, { q: values.search, page: 1, pageSize: 100_000 }));

    printTable(io, [['ID', 'KATO', 'FINAL GRADE', 'NAME'], ...items.map((school) => [String(school.id), school.kato, String(school.finalGrade), school.names.ru])]);
    if (items.length === 0) io.out('(no schools)');
    return 0;
  },
};

function parseFinalGrade(value: string): number {
  if (!['11', '12', '13'].includes(value)) throw new UsageError(`--final-grade must be 11, 12 or 13, got "${value}"`);
  return Number(value);
}
