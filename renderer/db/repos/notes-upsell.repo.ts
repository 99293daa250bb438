/**
 * "Create upsell opportunity" from a call note (post-sale check-ins): a new opportunity at the
 * note's account, stage Qualification, linked back in the note. The rep sets amount and close
 * date later on the opportunity; until then it carries no amount and closes in 90 days.
 */
import { historyEntry } from '../../../shared/domain/pipeline.ts';
import type { CallNote, Opportunity } from '../../../shared/schemas/index.ts';
import type { FieldcaseDatabase } from '../database.ts';
import { NoteNotFoundError } from './notes.repo.ts';
import { assertOwnDocument } from './owner-guard.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
export const UPSELL_CLOSE_AFTER_DAYS = 90;

export class NoteHasNoAccountError extends Error {
  constructor() {
    super('Link the note to an account first: an upsell opportunity belongs to an account.');
    this.name = 'NoteHasNoAccountError';
  }
}

/** The opportunity's name: the account's, then the note's title (or "upsell" for an untitled note). */
export function upsellName(accountName: string, noteTitle: string): string {
  const topic = noteTitle.trim() || 'upsell';
  return `${accountName}: ${topic}`.slice(0, 200);
}

export async function createUpsellOpportunity(
  db: FieldcaseDatabase,
  noteId: string,
  now = Date.now(),
): Promise<{ opportunity: Opportunity; note: CallNote }> {
  const noteDoc = await db.call_notes.findOne(noteId).exec();
  if (!noteDoc) throw new NoteNotFoundError(noteId);
  assertOwnDocument('note', noteDoc.ownerId);
  const accountId = noteDoc.accountId;
  if (!accountId) throw new NoteHasNoAccountError();
  const account = await db.accounts.findOne(accountId).exec();
  // The deal the note is about tells the product and currency an upsell most likely shares.
  const current = noteDoc.opportunityId ? await db.opportunities.findOne(noteDoc.opportunityId).exec() : null;
  const closeDate = now + UPSELL_CLOSE_AFTER_DAYS * DAY_MS;
  const opportunity: Opportunity = {
    id: crypto.randomUUID(),
    ownerId: noteDoc.ownerId,
    accountId,
    name: upsellName(account?.name ?? 'Account', noteDoc.title),
    stage: 'qualification',
    amount: 0,
    ...(current?.currency ? { currency: current.currency } : {}),
    ...(current?.product ? { product: current.product } : {}),
    closeDate,
    competitors: [...noteDoc.competitors],
    stageHistory: [historyEntry({ stage: 'qualification', amount: 0, closeDate }, now)],
    createdAt: now,
    updatedAt: now,
  };
  const inserted = await db.opportunities.insert(opportunity);
  const note = await noteDoc.incrementalPatch({ opportunityId: inserted.id, updatedAt: now });
  return { opportunity: inserted.toMutableJSON(), note: note.toMutableJSON() };
}
