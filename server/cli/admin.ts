/** `npm run admin -- …`: wires runCli to this process's arguments, streams, environment and store. */
import { readConfig } from '../config.ts';
import { openStore } from '../store/open-store.ts';
import { CliError } from './cli-errors.ts';
import { runCli } from './cli.ts';
import { readPassword } from './secret-input.ts';

async function openConfiguredStore() {
  let config;
  try {
    config = readConfig();
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error));
  }
  return (await openStore(config)).store;
}

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  openStore: openConfiguredStore,
  readPassword: () => readPassword({ stdin: process.stdin, prompt: process.stderr }),
});
