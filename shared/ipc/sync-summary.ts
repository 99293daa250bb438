/**
 * What the renderer tells main about sync (`sync:report-status`), so the tray and notifications
 * can show it: small, numbers and one short sentence, nothing from the rep's documents.
 */
import { hasControlCharacter, hasExactKeys, invalid, isPlainObject, valid, type Validation, type Validator } from './validate.ts';

export const SYNC_SUMMARY_PHASES = [
  'signed-out',
  'connecting',
  'syncing',
  'in-sync',
  'offline',
  'failing',
  'update-required',
  'other-window',
] as const;
export type SyncSummaryPhase = (typeof SYNC_SUMMARY_PHASES)[number];

export const MAX_FAILURE_LENGTH = 300;
const MAX_COUNT = 1_000_000_000;

export interface SyncSummary {
  readonly phase: SyncSummaryPhase;
  /** Local changes not yet on the server. */
  readonly pending: number;
  /** Notes holding conflicts the rep has to settle. */
  readonly conflicts: number;
  readonly lastSyncedAt: number | null;
  /** The latest failure in words, when failing. */
  readonly failure: string | null;
}

function count(input: unknown, field: string): Validation<number> {
  return Number.isInteger(input) && typeof input === 'number' && input >= 0 && input <= MAX_COUNT
    ? valid(input)
    : invalid(`${field} must be a whole number from 0`);
}

function isPhase(input: unknown): input is SyncSummaryPhase {
  return SYNC_SUMMARY_PHASES.some((phase) => phase === input);
}

export const validateSyncSummary: Validator<SyncSummary> = (input) => {
  if (!isPlainObject(input) || !hasExactKeys(input, ['phase', 'pending', 'conflicts', 'lastSyncedAt', 'failure'])) {
    return invalid('summary must be { phase, pending, conflicts, lastSyncedAt, failure }');
  }
  const { phase, lastSyncedAt, failure } = input;
  if (!isPhase(phase)) return invalid('unknown phase');
  const pending = count(input.pending, 'pending');
  if (!pending.ok) return pending;
  const conflicts = count(input.conflicts, 'conflicts');
  if (!conflicts.ok) return conflicts;
  if (lastSyncedAt !== null && (typeof lastSyncedAt !== 'number' || !Number.isInteger(lastSyncedAt) || lastSyncedAt < 0)) {
    return invalid('lastSyncedAt must be an epoch time or null');
  }
  if (failure !== null) {
    if (typeof failure !== 'string' || failure.length === 0 || failure.length > MAX_FAILURE_LENGTH) {
      return invalid(`failure must be 1 to ${MAX_FAILURE_LENGTH} characters or null`);
    }
    if (hasControlCharacter(failure)) return invalid('failure must not contain control characters');
  }
  return valid({ phase, pending: pending.value, conflicts: conflicts.value, lastSyncedAt, failure });
};
