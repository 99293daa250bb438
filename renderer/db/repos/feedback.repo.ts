/**
 * Feedback the rep logs for product and marketing: the only code that touches the feedback
 * collection. A rep writes kind, text and context; status and response are product's and
 * marketing's answer, set on the server and synced back (a new item is always "received").
 */
import { map, type Observable } from 'rxjs';
import type { Feedback, FeedbackKind } from '../../../shared/schemas/index.ts';
import type { FieldcaseDatabase } from '../database.ts';
import { assertOwnDocument } from './owner-guard.ts';

export interface NewFeedback {
  ownerId: string;
  kind: FeedbackKind;
  text: string;
  competitor?: string;
  product?: string;
  accountId?: string | null;
  noteId?: string | null;
  /** A question asked from an enablement kit or a battle card. */
  kitId?: string | null;
  battleCardId?: string | null;
}

/** The most a feedback text may hold (the schema's limit). */
export const FEEDBACK_TEXT_MAX = 20_000;

export class InvalidFeedbackError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidFeedbackError';
  }
}

/** Trimmed, and left out when empty: the schema has no room for empty labels. */
function optionalLabel(value: string | undefined): string | undefined {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? undefined : trimmed.slice(0, 100);
}

export async function logFeedback(db: FieldcaseDatabase, input: NewFeedback, now = Date.now()): Promise<Feedback> {
  assertOwnDocument('feedback', input.ownerId);
  const text = input.text.trim();
  if (text === '') throw new InvalidFeedbackError('Write what the customer said before logging it.');
  if (text.length > FEEDBACK_TEXT_MAX) throw new InvalidFeedbackError(`Feedback holds at most ${FEEDBACK_TEXT_MAX.toLocaleString('en-US')} characters.`);
  const competitor = optionalLabel(input.competitor);
  const product = optionalLabel(input.product);
  const doc = await db.feedback.insert({
    id: crypto.randomUUID(),
    ownerId: input.ownerId,
    kind: input.kind,
    text,
    ...(competitor ? { competitor } : {}),
    ...(product ? { product } : {}),
    ...(input.accountId ? { accountId: input.accountId } : {}),
    ...(input.noteId ? { noteId: input.noteId } : {}),
    ...(input.kitId ? { kitId: input.kitId } : {}),
    ...(input.battleCardId ? { battleCardId: input.battleCardId } : {}),
    status: 'received',
    createdAt: now,
    updatedAt: now,
  });
  return doc.toMutableJSON();
}

/** The rep's own feedback, newest first (the answered ones show their status and response). */
export function observeMyFeedback(db: FieldcaseDatabase, ownerId: string, limit = 500): Observable<Feedback[]> {
  return db.feedback
    .find({ selector: { ownerId }, sort: [{ createdAt: 'desc' }], limit })
    .$.pipe(map((docs) => docs.map((doc) => doc.toMutableJSON())));
}

/** Feedback logged from one note, newest first. */
export function observeFeedbackForNote(db: FieldcaseDatabase, noteId: string): Observable<Feedback[]> {
  return db.feedback
    .find({ selector: { noteId }, sort: [{ createdAt: 'desc' }] })
    .$.pipe(map((docs) => docs.map((doc) => doc.toMutableJSON())));
}
