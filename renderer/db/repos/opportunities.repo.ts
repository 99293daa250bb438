/** Opportunities (deals) on this laptop, moved through their stages with the history kept. */
import { map, type Observable } from 'rxjs';
import type { OpportunityFields } from '../../../shared/domain/crm-input.ts';
import { disqualifyLead, historyEntry, moveToStage, qualifyLead, recordChange } from '../../../shared/domain/pipeline.ts';
import type { Opportunity, OpportunityStage } from '../../../shared/schemas/index.ts';
import type { FieldcaseDatabase } from '../database.ts';
import { assertOwnDocument } from './owner-guard.ts';

export class OpportunityNotFoundError extends Error {
  constructor(readonly opportunityId: string) {
    super(`The opportunity ${opportunityId} is not on this laptop.`);
    this.name = 'OpportunityNotFoundError';
  }
}

function toJson(docs: { toMutableJSON(): Opportunity }[]): Opportunity[] {
  return docs.map((doc) => doc.toMutableJSON());
}

export function observeOpportunities(db: FieldcaseDatabase): Observable<Opportunity[]> {
  return db.opportunities.find().$.pipe(map(toJson));
}

/** One account's deals (served by the accountId index), soonest close first. */
export function observeAccountOpportunities(db: FieldcaseDatabase, accountId: string): Observable<Opportunity[]> {
  return db.opportunities
    .find({ selector: { accountId } })
    .$.pipe(map((docs) => toJson(docs).sort((a, b) => a.closeDate - b.closeDate)));
}

export function observeOpportunity(db: FieldcaseDatabase, id: string): Observable<Opportunity | null> {
  return db.opportunities.findOne(id).$.pipe(map((doc) => (doc ? doc.toMutableJSON() : null)));
}

export async function createOpportunity(
  db: FieldcaseDatabase,
  input: { ownerId: string; accountId: string } & OpportunityFields,
  now = Date.now(),
): Promise<Opportunity> {
  assertOwnDocument('opportunity', input.ownerId);
  const doc = await db.opportunities.insert({
    id: crypto.randomUUID(),
    ...input,
    stageHistory: [historyEntry(input, now)],
    createdAt: now,
    updatedAt: now,
  });
  return doc.toMutableJSON();
}

/** Atomic read-modify-write, so a replicated change in between is never overwritten. */
async function modify(db: FieldcaseDatabase, id: string, change: (current: Opportunity) => Opportunity): Promise<Opportunity> {
  const doc = await db.opportunities.findOne(id).exec();
  if (!doc) throw new OpportunityNotFoundError(id);
  assertOwnDocument('opportunity', doc.ownerId);
  const updated = await doc.incrementalModify((current) => change(current));
  return updated.toMutableJSON();
}

/**
 * Edits the deal's fields. A change of stage, amount or close date goes into the history as one
 * entry (like a move on the board), so the forecast can tell what changed since last week.
 */
export function updateOpportunity(db: FieldcaseDatabase, id: string, fields: OpportunityFields, now = Date.now()): Promise<Opportunity> {
  return modify(db, id, (current) => {
    const { product, ...rest } = fields;
    const next: Opportunity = { ...current, ...rest, updatedAt: now };
    if (product === undefined) delete next.product;
    else next.product = product;
    return recordChange(current, next, now);
  });
}

export function moveOpportunity(db: FieldcaseDatabase, id: string, stage: OpportunityStage, now = Date.now()): Promise<Opportunity> {
  return modify(db, id, (current) => moveToStage(current, stage, now));
}

export function qualifyOpportunityLead(db: FieldcaseDatabase, id: string, now = Date.now()): Promise<Opportunity> {
  return modify(db, id, (current) => qualifyLead(current, now));
}

export function disqualifyOpportunityLead(db: FieldcaseDatabase, id: string, reason: string, now = Date.now()): Promise<Opportunity> {
  return modify(db, id, (current) => disqualifyLead(current, reason, now));
}
