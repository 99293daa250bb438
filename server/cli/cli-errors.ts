/**
 * The two ways an admin command fails on purpose. Both carry a message meant for the person at
 * the terminal, so the entry point prints it without a stack trace; anything else is a bug.
 */

/** The command line itself is wrong (unknown command, missing option): exit code 2 with the usage text. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The command was well formed but cannot be done (bad value, unknown user, refused import): exit code 1. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}
