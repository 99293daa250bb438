/**
 * Parses an admin command line and runs it against a store, reporting through plain callbacks
 * so tests drive it without a process. Exit codes: 0 done, 1 error, 2 usage error.
 */
import { parseArgs } from 'node:util';
import type { Store } from '../store/store.ts';
import { CliError, UsageError } from './cli-errors.ts';
import { COMMANDS, type Command, type OptionValues } from './commands.ts';
import { USAGE } from './usage.ts';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Opened only once the command line is known to be right, and closed before runCli returns. */
  openStore: () => Promise<Store>;
  readPassword: () => Promise<string>;
  now?: () => number;
}

export type ParsedCommandLine =
  | { kind: 'help' }
  | { kind: 'command'; command: Command; values: OptionValues; positionals: string[] };

function findCommand(argv: readonly string[]): { command: Command; rest: string[] } {
  const [first, second] = argv;
  if (first === undefined) throw new UsageError('missing command');
  const single = COMMANDS.find((command) => command.name === first);
  if (single) return { command: single, rest: argv.slice(1) };
  const pair = COMMANDS.find((command) => command.name === `${first} ${second ?? ''}`);
  if (pair) return { command: pair, rest: argv.slice(2) };
  const isGroup = COMMANDS.some((command) => command.name.startsWith(`${first} `));
  if (isGroup) throw new UsageError(second === undefined ? `"${first}" needs a subcommand` : `unknown command "${first} ${second}"`);
  throw new UsageError(`unknown command "${first}"`);
}

export function parseCommandLine(argv: readonly string[]): ParsedCommandLine {
  // Help wins wherever it appears, but not after "--", where it could be a folder's name.
  const end = argv.indexOf('--');
  if ((end === -1 ? argv : argv.slice(0, end)).some((arg) => arg === '--help' || arg === '-h')) return { kind: 'help' };
  const { command, rest } = findCommand(argv);
  let parsed: { values: OptionValues; positionals: string[] };
  try {
    parsed = parseArgs({ args: rest, options: command.options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${command.name}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const missing = command.required.filter((key) => typeof parsed.values[key] !== 'string');
  if (missing.length > 0) throw new UsageError(`${command.name} needs ${missing.map((key) => `--${key}`).join(', ')}`);
  const count = parsed.positionals.length;
  if (command.isVariadic ? count < command.positionals.length : count !== command.positionals.length) {
    const expected = command.positionals.length === 0 ? 'no arguments' : `${command.positionals.join(' ')}${command.isVariadic ? '…' : ''}`;
    throw new UsageError(`${command.name} takes ${expected}, got: ${parsed.positionals.join(' ') || 'none'}`);
  }
  return { kind: 'command', command, values: parsed.values, positionals: parsed.positionals };
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const parsed = parseCommandLine(argv);
    if (parsed.kind === 'help') {
      io.stdout(USAGE);
      return 0;
    }
    const store = await io.openStore();
    try {
      const context = { store, readPassword: io.readPassword, progress: (message: string) => io.stderr(`${message}\n`), now: io.now ?? Date.now };
      io.stdout(await parsed.command.run(context, parsed.values, parsed.positionals));
    } finally {
      await store.close();
    }
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`error: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof CliError) {
      io.stderr(`error: ${error.message}\n`);
      return 1;
    }
    // Not a mistake of the person typing: keep the stack for whoever debugs it.
    io.stderr(`unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  }
}
