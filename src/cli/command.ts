import type { CliIo } from './io.js';

export interface CommandContext {
  io: CliIo;
  env: NodeJS.ProcessEnv;
}

export interface CliCommand {
  /** The words that select the command, such as `user add`. */
  name: string;
  usage: string;
  description: string;
  /** One line per option: `--name VALUE  what it sets`. */
  options: string[];
  /** Returns the process exit code. */
  run(args: string[], context: CommandContext): Promise<number>;
}
