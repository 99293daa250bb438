/**
 * Product's and marketing's answer to a feedback item: its status and an optional response.
 * Written as a normal change (a new server sequence), so it reaches the rep who logged the item
 * through pull and the live stream like any other edit. Used by the admin CLI
 * (`feedback set-status`, `feedback answer`) and the HTTP API (feedback-routes.ts); each maps
 * the errors below. An answer to a question asked from a kit joins that kit's FAQ (kit-faq.ts).
 */
import { FEEDBACK_STATUSES, type EnablementKit, type Feedback } from '../../shared/schemas/index.ts';
import type { DocumentValidator } from '../../shared/schemas/validator.ts';
import type { CollectionWrite, DocumentReads, Store, StoredDocument } from '../store/store.ts';
import { kitIdOf, nextFaq, type KitFaqOutcome } from './kit-faq.ts';

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

export interface FeedbackAnswerResult {
  /** The item as now stored. */
  feedback: Feedback;
  /** For a question asked from a kit: the kit, and what the answer did to its FAQ. */
  kit: { id: string; outcome: KitFaqOutcome } | null;
}

/** The item's kit changed between the first read and the transaction: read again. */
class KitMovedError extends Error {}

const MAX_ATTEMPTS = 3;

function answered(stored: StoredDocument, answer: FeedbackAnswer, now: number, validator: DocumentValidator): Feedback {
  const { response: _previous, ...rest } = stored.doc;
  const response = answer.response === undefined ? stored.doc['response'] : answer.response;
  const next: Record<string, unknown> = { ...rest, status: answer.status, updatedAt: Math.max(now, Number(stored.doc['updatedAt']) || 0) };
  if (typeof response === 'string' && response !== '') next['response'] = response;
  const checked = validator.validate('feedback', next);
  // A stored item an older client wrote may not fit today's schema; it is not this answer's to repair.
  if (!checked.ok) throw new InvalidFeedbackAnswerError(`feedback ${stored.id} cannot take this answer: ${checked.errors.join('; ')}`);
  return checked.value;
}

/** The kit with its FAQ after the answer, version and date bumped so every laptop pulls it. */
function kitWrite(kit: StoredDocument, feedback: Feedback, now: number, validator: DocumentValidator): { outcome: KitFaqOutcome; write?: CollectionWrite } {
  const faq = Array.isArray(kit.doc['faq']) ? (kit.doc['faq'] as EnablementKit['faq']) : [];
  const next = nextFaq(faq, feedback, now);
  if (next.outcome !== 'added' && next.outcome !== 'updated' && next.outcome !== 'removed') return { outcome: next.outcome };
  const version = Number(kit.doc['version']) || 0;
  const doc = { ...kit.doc, faq: next.faq, version: version + 1, updatedAt: Math.max(now, Number(kit.doc['updatedAt']) || 0) };
  const checked = validator.validate('enablement_kits', doc);
  if (!checked.ok) throw new InvalidFeedbackAnswerError(`kit ${kit.id} cannot take this answer: ${checked.errors.join('; ')}`);
  return { outcome: next.outcome, write: { collection: 'enablement_kits', id: kit.id, ownerId: null, deleted: false, doc } };
}

/**
 * Sets the answer on a live feedback item. A question asked from a kit also adds (or updates,
 * or withdraws) its entry in that kit's FAQ, in the same transaction, so the answer reaches
 * every rep with the kit and never exists on one side only.
 */
export async function setFeedbackStatus(
  store: Store,
  validator: DocumentValidator,
  id: string,
  answer: FeedbackAnswer,
  now: number,
): Promise<FeedbackAnswerResult> {
  for (let attempt = 1; ; attempt += 1) {
    // Which kit to read is only known from the item: read it first, and check it did not change.
    const before = (await store.getDocuments('feedback', [id])).get(id);
    const kitId = before && !before.deleted ? kitIdOf(before.doc) : null;
    const reads: DocumentReads[] = [{ collection: 'feedback', ids: [id] }];
    if (kitId !== null) reads.push({ collection: 'enablement_kits', ids: [kitId] });
    try {
      return await store.writeAcross<FeedbackAnswerResult>(reads, (current) => {
        const stored = current.get('feedback')?.get(id);
        if (!stored || stored.deleted) throw new FeedbackNotFoundError(id);
        if (kitIdOf(stored.doc) !== kitId) throw new KitMovedError();
        const feedback = answered(stored, answer, now, validator);
        const writes: CollectionWrite[] = [{ collection: 'feedback', id, ownerId: stored.ownerId, deleted: false, doc: feedback }];
        if (kitId === null) return { writes, result: { feedback, kit: null } };
        const kit = current.get('enablement_kits')?.get(kitId);
        if (!kit || kit.deleted) return { writes, result: { feedback, kit: { id: kitId, outcome: 'no_kit' } } };
        const { outcome, write } = kitWrite(kit, feedback, now, validator);
        if (write) writes.push(write);
        return { writes, result: { feedback, kit: { id: kitId, outcome } } };
      });
    } catch (error) {
      if (!(error instanceof KitMovedError) || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}
