/**
 * What an import found wrong, file by file. An import collects every problem before it writes
 * anything, so an author fixes the whole folder in one pass instead of one error per run.
 */
import { CliError } from './cli-errors.ts';

export interface Problem {
  /** Relative to the imported folder, with "/" separators. */
  file: string;
  /** 1-based line in that file, when one line is to blame. */
  line?: number;
  message: string;
}

export class ProblemList {
  readonly items: Problem[] = [];

  add(file: string, message: string, line?: number): void {
    this.items.push(line === undefined ? { file, message } : { file, line, message });
  }

  get isEmpty(): boolean {
    return this.items.length === 0;
  }
}

export function formatProblem({ file, line, message }: Problem): string {
  return line === undefined ? `${file}: ${message}` : `${file}:${line}: ${message}`;
}

export class ImportRefusedError extends CliError {
  constructor(readonly problems: readonly Problem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`import refused, nothing was written. ${count}:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
    this.name = 'ImportRefusedError';
  }
}

/** Where a published document comes from and what the import would make of it. */
export interface Candidate {
  collection: 'battle_cards' | 'demo_scripts' | 'collateral' | 'enablement_kits';
  /** The file (or manifest entry) it was read from, for messages. */
  source: string;
  /** The document without the fields the import manages: version, publishedAt, updatedAt. */
  content: Record<string, unknown>;
  /** Collateral only: the bytes to store under their sha256. */
  blob?: { sha256: string; size: number; mimeType: string; data: Uint8Array };
  /** Kits only: the published items it requires, with the line naming each, checked before writing. */
  references?: { id: string; line: number | undefined }[];
}

/** Drops keys whose value is undefined, so a parsed document compares equal to its stored JSON. */
export function compact(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}
