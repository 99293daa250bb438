/**
 * Enablement kits and the rep's progress through them: the kits (published, read-only here), the
 * items they name, the activities that count towards readiness, knowledge-check attempts and the
 * questions the rep asks product from a kit or a battle card.
 */
import { combineLatest, map, type Observable } from 'rxjs';
import {
  indexKitItems,
  kitReadiness,
  qualificationFor,
  type KitItemRef,
  type KitItemSource,
  type KitQualification,
  type KitReadiness,
} from '../../../shared/domain/readiness.ts';
import type { Activity, EnablementKit, Feedback } from '../../../shared/schemas/index.ts';
import type { FieldcaseDatabase } from '../database.ts';
import { logFeedback } from './feedback.repo.ts';

/** The activity kinds readiness reads: nothing else is worth holding in memory for it. */
const READINESS_KINDS: Activity['kind'][] = ['card_reviewed', 'collateral_opened', 'demo_rehearsed', 'knowledge_check'];

export function observeKits(db: FieldcaseDatabase): Observable<EnablementKit[]> {
  return db.enablement_kits
    .find({ sort: [{ dueDate: 'asc' }] })
    .$.pipe(map((docs) => docs.map((doc) => doc.toMutableJSON())));
}

export function observeKit(db: FieldcaseDatabase, id: string): Observable<EnablementKit | null> {
  return db.enablement_kits.findOne(id).$.pipe(map((doc) => (doc ? doc.toMutableJSON() : null)));
}

function sources<T extends KitItemSource>(docs: { toMutableJSON(): T }[]): KitItemSource[] {
  return docs.map((doc) => {
    const { id, title, version, publishedAt, updatedAt } = doc.toMutableJSON();
    return { id, title, version, publishedAt, updatedAt };
  });
}

/**
 * Every battle card, collateral item and demo script on the laptop, by id, with its version and
 * last change: what a kit's ids name, and what a review must have seen to count.
 */
export function observeKitItemIndex(db: FieldcaseDatabase): Observable<ReadonlyMap<string, KitItemRef>> {
  return combineLatest([db.battle_cards.find().$, db.collateral.find().$, db.demo_scripts.find().$]).pipe(
    map(([cards, collateral, scripts]) =>
      indexKitItems({ battleCards: sources(cards), collateral: sources(collateral), demoScripts: sources(scripts) }),
    ),
  );
}

/**
 * Activities that count towards readiness: one rep's, or (ownerId null) everyone's on this
 * laptop, which on a manager's laptop is the team's.
 */
export function observeReadinessActivities(db: FieldcaseDatabase, ownerId: string | null): Observable<Activity[]> {
  const kind = { $in: READINESS_KINDS };
  return db.activities
    .find({ selector: ownerId === null ? { kind } : { ownerId, kind } })
    .$.pipe(map((docs) => docs.map((doc) => doc.toMutableJSON())));
}

export interface KitProgress {
  kit: EnablementKit;
  readiness: KitReadiness;
}

/** Each kit with one rep's readiness for it, soonest due first. */
export function observeMyKits(db: FieldcaseDatabase, ownerId: string): Observable<KitProgress[]> {
  return combineLatest([observeKits(db), observeKitItemIndex(db), observeReadinessActivities(db, ownerId)]).pipe(
    map(([kits, index, activities]) => kits.map((kit) => ({ kit, readiness: kitReadiness(kit, index, activities, ownerId) }))),
  );
}

/** One kit with one rep's readiness for it; null when the kit is not on the laptop. */
export function observeMyKit(db: FieldcaseDatabase, ownerId: string, kitId: string): Observable<KitProgress | null> {
  return combineLatest([observeKit(db, kitId), observeKitItemIndex(db), observeReadinessActivities(db, ownerId)]).pipe(
    map(([kit, index, activities]) => (kit ? { kit, readiness: kitReadiness(kit, index, activities, ownerId) } : null)),
  );
}

export interface TeamReadinessInputs {
  kits: EnablementKit[];
  index: ReadonlyMap<string, KitItemRef>;
  activities: Activity[];
}

/** What the manager's team view is computed from (the team list comes from the server's cache). */
export function observeTeamReadinessInputs(db: FieldcaseDatabase): Observable<TeamReadinessInputs> {
  return combineLatest([observeKits(db), observeKitItemIndex(db), observeReadinessActivities(db, null)]).pipe(
    map(([kits, index, activities]) => ({ kits, index, activities })),
  );
}

export class InvalidCheckScoreError extends Error {
  constructor(score: number) {
    super(`A knowledge-check score is a share between 0 and 1, not ${score}.`);
    this.name = 'InvalidCheckScoreError';
  }
}

/** One attempt at a kit's knowledge check, with its score (0..1): an activity that syncs. */
export async function recordKnowledgeCheck(
  db: FieldcaseDatabase,
  input: { ownerId: string; kit: Pick<EnablementKit, 'id' | 'version'>; score: number },
  now = Date.now(),
): Promise<Activity> {
  if (!Number.isFinite(input.score) || input.score < 0 || input.score > 1) throw new InvalidCheckScoreError(input.score);
  const doc = await db.activities.insert({
    id: crypto.randomUUID(),
    ownerId: input.ownerId,
    kind: 'knowledge_check',
    subjectId: input.kit.id,
    subjectVersion: input.kit.version,
    score: input.score,
    at: now,
    createdAt: now,
    updatedAt: now,
  });
  return doc.toMutableJSON();
}

/** Where a question to product was asked from: a kit (and its product) or a battle card (and its competitor). */
export type QuestionSource = { kitId: string; product: string } | { battleCardId: string; competitor: string };

/** A question to product, stored with the field's other feedback and synced when online. */
export function askProduct(db: FieldcaseDatabase, input: { ownerId: string; text: string; source: QuestionSource }, now = Date.now()): Promise<Feedback> {
  return logFeedback(db, { ownerId: input.ownerId, kind: 'question', text: input.text, ...input.source }, now);
}

/** The rep's own questions asked from one kit, newest first, with their status and any answer. */
export function observeMyKitQuestions(db: FieldcaseDatabase, ownerId: string, kitId: string): Observable<Feedback[]> {
  return db.feedback
    .find({ selector: { ownerId, kitId, kind: 'question' }, sort: [{ createdAt: 'desc' }] })
    .$.pipe(map((docs) => docs.map((doc) => doc.toMutableJSON())));
}

/**
 * The qualification checklists for a deal's product (from its launch kits), kept live: empty
 * when the deal is not on the laptop or names no product with a kit.
 */
export function observeQualificationForDeal(db: FieldcaseDatabase, opportunityId: string): Observable<KitQualification[]> {
  return combineLatest([db.opportunities.findOne(opportunityId).$, observeKits(db)]).pipe(
    map(([deal, kits]) => (deal ? qualificationFor(kits, deal.product) : [])),
  );
}
