/**
 * Product's and marketing's answer to a feedback item: its status and an optional response.
 * Written as a normal change (a new server sequence), so it reaches the rep who logged the item
 * through pull and the live stream like any other edit. Used by the admin CLI
 * (`feedback set-status`) and the HTTP API (feedback-routes.ts); each maps the errors below.
 */
import { FEEDBACK_STATUSES, type Feedback } from '../../shared/schemas/index.ts';
import type { DocumentValidator } from '../../shared/schemas/validator.ts';
import type { Store } from '../store/store.ts';

export type FeedbackStatus = Feedback['status'];

export interface FeedbackAnswer {
  status: FeedbackStatus;
  /** New response text; '' clears it; undefined keeps the current one. */
  response?: string;
}

export const RESPONSE_MAX_CHARS = 20_000;

export class FeedbackNotFoundError extends Error {
  constructor(readonly feedbackId: string) {
    super(`There is no feedback with the id ${feedbackId}.`);
    this.name = 'FeedbackNotFoundError';
  }
}

export class InvalidFeedbackAnswerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidFeedbackAnswerError';
  }
}

export function isFeedbackStatus(value: unknown): value is FeedbackStatus {
  return typeof value === 'string' && (FEEDBACK_STATUSES as readonly string[]).includes(value);
}

/** Checks an answer from outside (a command line, a request body); returns it cleaned. */
export function parseFeedbackAnswer(raw: { status?: unknown; response?: unknown }): FeedbackAnswer {
  if (!isFeedbackStatus(raw.status)) {
    throw new InvalidFeedbackAnswerError(`status must be one of ${FEEDBACK_STATUSES.join(', ')} (got ${JSON.stringify(raw.status ?? null)})`);
  }
  if (raw.response === undefined || raw.response === null) return { status: raw.status };
  if (typeof raw.response !== 'string') throw new InvalidFeedbackAnswerError('response must be text');
  const response = raw.response.trim();
  if (response.length > RESPONSE_MAX_CHARS) throw new InvalidFeedbackAnswerError(`response holds at most ${RESPONSE_MAX_CHARS} characters`);
  if (response.includes('\u0000')) throw new InvalidFeedbackAnswerError('response contains a NUL character');
  return { status: raw.status, response };
}

/** Sets the answer on a live feedback item and returns the item as now stored. */
export async function setFeedbackStatus(
  store: Store,
  validator: DocumentValidator,
  id: string,
  answer: FeedbackAnswer,
  now: number,
): Promise<Feedback> {
  return store.writeDocuments('feedback', [id], (current) => {
    const stored = current.get(id);
    if (!stored || stored.deleted) throw new FeedbackNotFoundError(id);
    const { response: _previous, ...rest } = stored.doc;
    const response = answer.response === undefined ? stored.doc['response'] : answer.response;
    const next: Record<string, unknown> = { ...rest, status: answer.status, updatedAt: Math.max(now, Number(stored.doc['updatedAt']) || 0) };
    if (typeof response === 'string' && response !== '') next['response'] = response;
    const checked = validator.validate('feedback', next);
    // A stored item an older client wrote may not fit today's schema; it is not this answer's to repair.
    if (!checked.ok) throw new InvalidFeedbackAnswerError(`feedback ${id} cannot take this answer: ${checked.errors.join('; ')}`);
    return { writes: [{ id, ownerId: stored.ownerId, deleted: false, doc: next }], result: checked.value };
  });
}
