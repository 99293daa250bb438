/**
 * How fresh a battle card is, and what changed in it since the rep last reviewed it. Pure.
 */
import type { BattleCard } from '../schemas/index.ts';

const DAY = 24 * 60 * 60 * 1000;

/** Cards older than this get a stale warning unless the rep chooses otherwise (a setting). */
export const DEFAULT_STALE_AFTER_DAYS = 90;
export const STALE_AFTER_DAYS_RANGE = { min: 7, max: 730 } as const;

export function isStale(card: Pick<BattleCard, 'updatedAt'>, now: number, staleAfterDays: number): boolean {
  return now - card.updatedAt > staleAfterDays * DAY;
}

/** A whole number of days within the setting's range, or null for anything else. */
export function parseStaleAfterDays(input: string | number): number | null {
  const value = typeof input === 'number' ? input : Number(input.trim());
  if (!Number.isInteger(value)) return null;
  if (value < STALE_AFTER_DAYS_RANGE.min || value > STALE_AFTER_DAYS_RANGE.max) return null;
  return value;
}

/** The parts of a card a rep reads; kept when they review it, compared when it changes. */
export type CardContent = Pick<BattleCard, 'id' | 'version' | 'title' | 'summary' | 'sections' | 'objections'>;

export function cardContent(card: BattleCard): CardContent {
  return {
    id: card.id,
    version: card.version,
    title: card.title,
    summary: card.summary,
    sections: card.sections.map((s) => ({ ...s })),
    objections: card.objections.map((o) => ({ ...o })),
  };
}

export type CardChange =
  | { kind: 'title' | 'summary'; before: string; after: string }
  | { kind: 'section-added' | 'section-removed' | 'section-changed'; heading: string }
  | { kind: 'objection-added' | 'objection-removed' | 'objection-changed'; objection: string };

function keyedChanges<T>(
  before: readonly T[],
  after: readonly T[],
  key: (item: T) => string,
  same: (a: T, b: T) => boolean,
  make: (kind: 'added' | 'removed' | 'changed', name: string) => CardChange,
): CardChange[] {
  const old = new Map(before.map((item) => [key(item), item]));
  const changes: CardChange[] = [];
  for (const item of after) {
    const previous = old.get(key(item));
    if (!previous) changes.push(make('added', key(item)));
    else if (!same(previous, item)) changes.push(make('changed', key(item)));
    old.delete(key(item));
  }
  for (const name of old.keys()) changes.push(make('removed', name));
  return changes;
}

/** What a rep who read `before` needs to know about `after`, in reading order. */
export function describeCardChanges(before: CardContent, after: CardContent): CardChange[] {
  const changes: CardChange[] = [];
  if (before.title !== after.title) changes.push({ kind: 'title', before: before.title, after: after.title });
  if (before.summary !== after.summary) changes.push({ kind: 'summary', before: before.summary, after: after.summary });
  changes.push(
    ...keyedChanges(
      before.sections,
      after.sections,
      (s) => s.heading,
      (a, b) => a.body === b.body,
      (kind, heading) => ({ kind: `section-${kind}`, heading }),
    ),
    ...keyedChanges(
      before.objections,
      after.objections,
      (o) => o.objection,
      (a, b) => a.response === b.response,
      (kind, objection) => ({ kind: `objection-${kind}`, objection }),
    ),
  );
  return changes;
}

export function describeCardChange(change: CardChange): string {
  switch (change.kind) {
    case 'title':
      return `Title changed from “${change.before}”.`;
    case 'summary':
      return 'The summary was rewritten.';
    case 'section-added':
      return `New section: ${change.heading}.`;
    case 'section-removed':
      return `Section removed: ${change.heading}.`;
    case 'section-changed':
      return `Section updated: ${change.heading}.`;
    case 'objection-added':
      return `New objection: “${change.objection}”.`;
    case 'objection-removed':
      return `Objection removed: “${change.objection}”.`;
    case 'objection-changed':
      return `New answer to “${change.objection}”.`;
  }
}

export type ReviewState =
  | { kind: 'never' }
  | { kind: 'current'; reviewedAt: number }
  /** Changed since the review; `changes` is null when the reviewed version is not on this laptop. */
  | { kind: 'changed'; reviewedAt: number; reviewedVersion: number; changes: CardChange[] | null };

export function reviewState(
  card: BattleCard,
  review: { at: number; subjectVersion?: number } | undefined,
  reviewedContent: CardContent | undefined,
): ReviewState {
  if (!review) return { kind: 'never' };
  const reviewedVersion = review.subjectVersion ?? reviewedContent?.version;
  if (reviewedVersion === undefined || reviewedVersion >= card.version) return { kind: 'current', reviewedAt: review.at };
  const changes = reviewedContent && reviewedContent.version === reviewedVersion ? describeCardChanges(reviewedContent, cardContent(card)) : null;
  return { kind: 'changed', reviewedAt: review.at, reviewedVersion, changes };
}
