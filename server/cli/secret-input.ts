/**
 * Reads a password from stdin, never from argv: arguments end up in shell history and in `ps`
 * output for every local user to read. A pipe is read whole; a terminal gets a prompt that does
 * not echo and asks twice, because a typo would lock the user out.
 */
import { CliError } from './cli-errors.ts';

/** Far above any real password; stops `cat bigfile |` from being read into memory. */
const MAX_INPUT_BYTES = 64 * 1024;

/** The password in what was piped in: one line, with its line ending removed. */
export function passwordFromInput(raw: string): string {
  const password = raw.replace(/\r?\n$/, '');
  if (password.length === 0) throw new CliError('no password on stdin');
  if (/[\r\n]/.test(password)) throw new CliError('the password on stdin must be a single line');
  return password;
}

async function readPiped(input: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of input) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buffer.length;
    if (size > MAX_INPUT_BYTES) throw new CliError('stdin holds more than a password');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Reads one line per label without echo. A single listener serves every label, so a pasted
 * "secret⏎secret⏎" arriving as one chunk answers both prompts.
 */
export function promptHidden(input: NodeJS.ReadStream, output: NodeJS.WritableStream, labels: readonly string[]): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const answers: string[] = [];
    let characters: string[] = [];
    const finish = (error?: CliError) => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      if (error) {
        output.write('\n');
        reject(error);
      } else resolve(answers);
    };
    let isAfterCarriageReturn = false;
    const onData = (chunk: string) => {
      for (const character of chunk) {
        // "\r\n" is one Enter, not an Enter and an empty answer to the next prompt.
        const isSecondHalfOfCrLf = isAfterCarriageReturn && character === '\n';
        isAfterCarriageReturn = character === '\r';
        if (isSecondHalfOfCrLf) continue;
        if (character === '\r' || character === '\n') {
          answers.push(characters.join(''));
          characters = [];
          output.write('\n');
          const next = labels[answers.length];
          if (next === undefined) return finish();
          output.write(next);
        } else if (character === '\u0003' || character === '\u0004') {
          // Raw mode turns Ctrl-C into a character instead of a signal, so honour it here.
          return finish(new CliError('cancelled'));
        } else if (character === '\u007f' || character === '\b') {
          characters = characters.slice(0, -1);
        } else if (character === '\u0015') {
          characters = [];
        } else {
          characters.push(character);
        }
      }
    };
    output.write(labels[0] ?? '');
    input.setEncoding('utf8');
    input.setRawMode(true);
    input.on('data', onData);
    input.resume();
  });
}

export interface SecretSource {
  stdin: NodeJS.ReadStream;
  /** Where prompts go: stderr, so stdout stays clean for scripts. */
  prompt: NodeJS.WritableStream;
}

export async function readPassword({ stdin, prompt }: SecretSource): Promise<string> {
  if (!stdin.isTTY) return passwordFromInput(await readPiped(stdin));
  const [first = '', second] = await promptHidden(stdin, prompt, ['New password: ', 'Repeat it: ']);
  if (first !== second) throw new CliError('the two passwords differ');
  return passwordFromInput(first);
}
