import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CliError } from './cli-errors.ts';
import { passwordFromInput, readPassword } from './secret-input.ts';

/** stdin as a pipe: a stream without isTTY, as `printf … | npm run admin` gives. */
function pipedStdin(...chunks: string[]): NodeJS.ReadStream {
  return Object.assign(Readable.from(chunks.map((chunk) => Buffer.from(chunk))), { isTTY: false }) as unknown as NodeJS.ReadStream;
}

describe('passwordFromInput', () => {
  it.each([
    ['secret password\n', 'secret password'],
    ['secret password\r\n', 'secret password'],
    ['secret password', 'secret password'],
    ['  spaces kept  \n', '  spaces kept  '],
  ])('%j → %j', (raw, expected) => {
    expect(passwordFromInput(raw)).toBe(expected);
  });

  it.each([
    ['', 'no password on stdin'],
    ['\n', 'no password on stdin'],
    ['one\ntwo\n', 'the password on stdin must be a single line'],
    ['one\rtwo', 'the password on stdin must be a single line'],
  ])('refuses %j', (raw, message) => {
    expect(() => passwordFromInput(raw)).toThrow(new CliError(message));
  });
});

describe('readPassword from a pipe', () => {
  it('reads the whole input, split across chunks', async () => {
    const prompt = new PassThrough();
    expect(await readPassword({ stdin: pipedStdin('correct ', 'horse battery\n'), prompt })).toBe('correct horse battery');
    expect(prompt.read()).toBeNull();
  });

  it('stops reading input far larger than a password', async () => {
    await expect(readPassword({ stdin: pipedStdin('x'.repeat(70 * 1024)), prompt: new PassThrough() })).rejects.toThrow('stdin holds more than a password');
  });
});

/** A terminal: stdin with isTTY and raw mode, fed keystrokes by the test. */
function fakeTerminal() {
  const rawModes: boolean[] = [];
  const stdin = Object.assign(new PassThrough(), {
    isTTY: true,
    setRawMode(mode: boolean) {
      rawModes.push(mode);
      return stdin;
    },
  });
  const prompt = new PassThrough();
  prompt.setEncoding('utf8');
  return { stdin: stdin as unknown as NodeJS.ReadStream, keys: stdin, prompt, rawModes };
}

describe('readPassword at a terminal', () => {
  it('asks twice without echo, honouring backspace and Ctrl-U, and restores the terminal', async () => {
    const terminal = fakeTerminal();
    const reading = readPassword(terminal);
    terminal.keys.write('wrong\u0015secret passX\u007fword\r');
    terminal.keys.write('secret password\r\n');
    expect(await reading).toBe('secret password');
    expect(terminal.prompt.read()).toBe('New password: \nRepeat it: \n');
    expect(terminal.rawModes).toEqual([true, false]);
  });

  it('answers both prompts from one pasted chunk', async () => {
    const terminal = fakeTerminal();
    const reading = readPassword(terminal);
    terminal.keys.write('secret password\rsecret password\r');
    expect(await reading).toBe('secret password');
  });

  it('refuses two different passwords', async () => {
    const terminal = fakeTerminal();
    const reading = readPassword(terminal);
    terminal.keys.write('secret password\rsecret passw0rd\r');
    await expect(reading).rejects.toThrow('the two passwords differ');
  });

  it('cancels on Ctrl-C and leaves raw mode', async () => {
    const terminal = fakeTerminal();
    const reading = readPassword(terminal);
    terminal.keys.write('secr\u0003');
    await expect(reading).rejects.toThrow(new CliError('cancelled'));
    expect(terminal.rawModes).toEqual([true, false]);
  });
});
