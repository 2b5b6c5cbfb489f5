import { parseArgs } from 'node:util';
import { systemClock } from '../../domain/clock.js';
import { DICTIONARY_NAMES } from '../../domain/dictionaries.js';
import { listDictionaries } from '../../server/features/dictionaries/list-dictionaries.js';
import { createDictionaryEntry, updateDictionaryEntry } from '../../server/features/dictionaries/save-entry.js';
import type { CliCommand } from '../command.js';
import { withDatabase } from '../database.js';
import { UsageError } from '../io.js';
import { parseBoolean } from '../options.js';
import { printTable } from '../table.js';

const NAMES_HELP = ['--kk NAME          the name in Kazakh', '--ru NAME          the name in Russian', '--en NAME          the name in English'];
const NAME_OPTIONS = { kk: { type: 'string' }, ru: { type: 'string' }, en: { type: 'string' } } as const;

export const dictionaryListCommand: CliCommand = {
  name: 'dictionary list',
  usage: 'dictionary list [NAME]',
  description: `List the entries of a dictionary (${DICTIONARY_NAMES.join(', ')}), or the dictionaries and their sizes.`,
  options: [],

  async run(args, { io, env }) {
    const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
    if (positionals.length > 1) throw new UsageError('dictionary list takes at most one dictionary name');

    const dictionaries = await withDatabase(env, (handle) => listDictionaries(handle.db));
    const [name] = positionals;

    if (name === undefined) {
      printTable(io, [['DICTIONARY', 'ENTRIES', 'ACTIVE'], ...DICTIONARY_NAMES.map((dictionary) => [dictionary, String(dictionaries[dictionary]?.length ?? 0), String(dictionaries[dictionary]?.filter((entry) => entry.active).length ?? 0)])]);
      return 0;
    }

    const entries = dictionaries[name];
    if (!entries || name === 'countries') throw new UsageError(`unknown dictionary "${name}"; choose one of ${DICTIONARY_NAMES.join(', ')}`);

    printTable(io, [['CODE', 'ACTIVE', 'FLAGS', 'RU', 'KK', 'EN'], ...entries.map((entry) => [entry.code, entry.active ? 'yes' : 'no', entry.flags.join(',') || '-', entry.names.ru, entry.names.kk, entry.names.en])]);
    return 0;
  },
};

export const dictionaryAddCommand: CliCommand = {
  name: 'dictionary add',
  usage: 'dictionary add NAME CODE --kk NAME --ru NAME --en NAME [--inactive]',
  description: 'Add an entry at the end of a dictionary. CODE takes a-z, 0-9 and _.',
  options: [...NAMES_HELP, '--inactive         add it switched off'],

  async run(args, { io, env }) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { ...NAME_OPTIONS, inactive: { type: 'boolean' } } });
    if (positionals.length !== 2) throw new UsageError('dictionary add takes a dictionary name and a code');
    for (const language of ['kk', 'ru', 'en'] as const) if (values[language] === undefined) throw new UsageError(`--${language} is required`);

    const [dictionary, code] = positionals;
    const names = { kk: values.kk!, ru: values.ru!, en: values.en! };
    await withDatabase(env, (handle) => createDictionaryEntry(handle.db, dictionary, { code, names, active: !values.inactive }, { now: systemClock.now() }));

    io.out(`Added "${code}" to ${dictionary}.`);
    return 0;
  },
};

export const dictionarySetCommand: CliCommand = {
  name: 'dictionary set',
  usage: 'dictionary set NAME CODE [--kk NAME] [--ru NAME] [--en NAME] [--active true|false]',
  description: 'Rename an entry or switch it on or off. An entry with a flag cannot be switched off, because rules find it by the flag.',
  options: [...NAMES_HELP, '--active BOOL      true offers the entry, false stops offering it'],

  async run(args, { io, env }) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { ...NAME_OPTIONS, active: { type: 'string' } } });
    if (positionals.length !== 2) throw new UsageError('dictionary set takes a dictionary name and a code');

    const [dictionary, code] = positionals;
    const names = { kk: values.kk, ru: values.ru, en: values.en };
    const active = values.active === undefined ? undefined : parseBoolean('--active', values.active);
    if (active === undefined && Object.values(names).every((name) => name === undefined)) throw new UsageError('nothing to change: give --kk, --ru, --en or --active');

    const entry = await withDatabase(env, (handle) => updateDictionaryEntry(handle.db, dictionary, code, { names, active }, { now: systemClock.now() }));

    io.out(`Updated "${entry.code}" in ${dictionary}: ${entry.active ? 'active' : 'inactive'}, "${entry.names.ru}".`);
    return 0;
  },
};
