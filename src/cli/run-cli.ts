import { DataDirInUseError } from '../db/data-dir-lock.js';
import { AppError } from '../server/http/errors.js';
import type { CliCommand, CommandContext } from './command.js';
import { importContingentCommand } from './commands/import-contingent.js';
import { generateCommand } from './commands/generate.js';
import { auditListCommand } from './commands/audit-list.js';
import { dictionaryAddCommand, dictionaryListCommand, dictionarySetCommand } from './commands/dictionary.js';
import { importKatoCommand } from './commands/import-kato.js';
import { schoolAddCommand, schoolListCommand, schoolUpdateCommand } from './commands/school.js';
import { seedDemoCommand } from './commands/seed-demo.js';
import { userAddCommand } from './commands/user-add.js';
import { userListCommand } from './commands/user-list.js';
import { userSetPasswordCommand } from './commands/user-set-password.js';
import { userUnlockCommand } from './commands/user-unlock.js';
import { userUpdateCommand } from './commands/user-update.js';
import { UsageError } from './io.js';
import { describeErrorCode } from './messages.js';

export const COMMANDS: CliCommand[] = [
  importKatoCommand,
  importContingentCommand,
  userAddCommand,
  userUpdateCommand,
  userSetPasswordCommand,
  userUnlockCommand,
  userListCommand,
  schoolAddCommand,
  schoolUpdateCommand,
  schoolListCommand,
  dictionaryListCommand,
  dictionaryAddCommand,
  dictionarySetCommand,
  auditListCommand,
  seedDemoCommand,
  generateCommand,
];

const ENVIRONMENT_HELP = [
  'Environment:',
  '  DATABASE_URL   PostgreSQL connection string; when unset, embedded PGlite is used',
  '  DATA_DIR       PGlite data folder (default ./data)',
  '  KONTINGENT_TODAY  the date (YYYY-MM-DD) that seed-demo, import-contingent and generate take as today',
];

/** Runs one command line (without `node main.ts`) and returns the exit code: 0 done, 1 failed, 2 wrong usage. */
export async function runCli(argv: string[], context: CommandContext): Promise<number> {
  const { io } = context;

  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    printHelp(context);
    return argv.length === 0 ? 2 : 0;
  }

  const command = findCommand(argv);
  if (!command) {
    io.err(`Unknown command "${argv.slice(0, 2).join(' ')}". Run with --help for the list of commands.`);
    return 2;
  }

  const args = argv.slice(command.name.split(' ').length);
  if (args.includes('--help') || args.includes('-h')) {
    printCommandHelp(command, context);
    return 0;
  }

  try {
    return await command.run(args, context);
  } catch (error) {
    return reportError(error, command, context);
  }
}

function findCommand(argv: string[]): CliCommand | undefined {
  return COMMANDS.find((command) => {
    const words = command.name.split(' ');
    return words.every((word, index) => argv[index] === word);
  });
}

function reportError(error: unknown, command: CliCommand, { io }: CommandContext): number {
  if (error instanceof UsageError || isParseArgsError(error)) {
    io.err(`${(error as Error).message}`);
    io.err(`Usage: npm run cli -- ${command.usage}`);
    return 2;
  }

  if (error instanceof AppError) {
    io.err(`Failed: ${describeErrorCode(error.code, error.params)}`);
    for (const fieldError of error.errors) io.err(`  ${fieldError.field}: ${describeErrorCode(fieldError.code, fieldError.params ?? {})}`);
    return 1;
  }

  if (error instanceof DataDirInUseError) {
    io.err(`Failed: ${error.message}`);
    return 1;
  }

  const fileError = error as NodeJS.ErrnoException;
  const reason = FILE_ERRORS[fileError?.code ?? ''];
  if (reason) {
    io.err(`Failed: cannot read ${fileError.path ?? 'the file'}: ${reason}.`);
    return 1;
  }

  throw error;
}

const FILE_ERRORS: Record<string, string> = {
  ENOENT: 'no such file; check the path',
  EACCES: 'permission denied',
  EISDIR: 'it is a folder, not a file',
};

function isParseArgsError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}

function printHelp({ io }: CommandContext): void {
  io.out('Usage: npm run cli -- <command> [options]');
  io.out('');
  io.out('Commands:');
  for (const command of COMMANDS) {
    io.out(`  ${command.usage}`);
    io.out(`      ${command.description}`);
    for (const option of command.options) io.out(`      ${option}`);
  }
  io.out('');
  for (const line of ENVIRONMENT_HELP) io.out(line);
}

function printCommandHelp(command: CliCommand, { io }: CommandContext): void {
  io.out(`Usage: npm run cli -- ${command.usage}`);
  io.out('');
  io.out(command.description);
  if (command.options.length > 0) io.out('');
  for (const option of command.options) io.out(`  ${option}`);
}
