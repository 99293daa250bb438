/**
 * Launch readiness: how far a rep is through an enablement kit, worked out from the activities
 * already recorded on their laptop (and pulled to a manager's). Pure: the Readiness screens, the
 * manager's team view and the admin CLI's report all call these same functions.
 */
import type { Activity, EnablementKit } from '../schemas/index.ts';
import { meetsPassScore, passScoreOf } from './knowledge-check.ts';

export type KitItemKind = 'battle_card' | 'collateral' | 'demo_script';

/** A published item a kit can require, as far as readiness needs to know it. */
export interface KitItemRef {
  id: string;
  kind: KitItemKind;
  title: string;
  /** The version on this laptop (or server): only activity on it, or a later one, counts. */
  version: number;
  /** When the item last changed: an activity that names no version counts from this time on. */
  changedAt: number;
}

/** What the index needs of a published battle card, collateral item or demo script. */
export interface KitItemSource {
  id: string;
  title: string;
  version: number;
  publishedAt?: number;
  updatedAt?: number;
}

/** The activity that makes each kind of item done: a customer demo is not a rehearsal. */
export const DONE_BY: Record<KitItemKind, Activity['kind']> = {
  battle_card: 'card_reviewed',
  collateral: 'collateral_opened',
  demo_script: 'demo_rehearsed',
};

export interface ItemReadiness {
  id: string;
  /** 'missing' when the kit names an item that is not on this laptop (withdrawn, or not synced yet). */
  kind: KitItemKind | 'missing';
  title: string | null;
  /** The item's current version; null for a missing item. */
  version: number | null;
  /**
   * When the item was first done on its current version, and the latest time; null when not
   * done. A review of an older version does not make a changed item done.
   */
  doneAt: number | null;
  lastAt: number | null;
  /**
   * The latest activity on an older version, when none is on the current one: the item needs
   * another look. `version` is null when the activity did not record the version it saw.
   */
  outdated: { at: number; version: number | null } | null;
}

export interface CheckReadiness {
  /** False for a kit with no questions: then there is no check to pass. */
  isRequired: boolean;
  passScore: number;
  attempts: number;
  bestScore: number | null;
  /** The first attempt that reached the pass mark. */
  passedAt: number | null;
  lastAttemptAt: number | null;
}

export interface KitReadiness {
  kitId: string;
  repId: string;
  items: ItemReadiness[];
  missingIds: string[];
  check: CheckReadiness;
  /** Required parts done (items, and the check when there is one) out of all of them. */
  done: number;
  total: number;
  isComplete: boolean;
  /** When the last required part was done, for a complete kit. */
  completedAt: number | null;
}

type ItemIndex = ReadonlyMap<string, KitItemRef>;

const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** An item's last change: its update time, else its publication, else never (0). */
function changedAtOf(source: KitItemSource): number {
  if (isFiniteNumber(source.updatedAt)) return source.updatedAt;
  return isFiniteNumber(source.publishedAt) ? source.publishedAt : 0;
}

/** One index of the published items a kit may name, by id, with each one's version and last change. */
export function indexKitItems(sources: {
  battleCards: readonly KitItemSource[];
  collateral: readonly KitItemSource[];
  demoScripts: readonly KitItemSource[];
}): Map<string, KitItemRef> {
  const index = new Map<string, KitItemRef>();
  const add = (kind: KitItemKind, docs: readonly KitItemSource[]) => {
    for (const doc of docs) {
      const version = isFiniteNumber(doc.version) ? doc.version : 0;
      index.set(doc.id, { id: doc.id, kind, title: doc.title, version, changedAt: changedAtOf(doc) });
    }
  };
  add('battle_card', sources.battleCards);
  add('collateral', sources.collateral);
  add('demo_script', sources.demoScripts);
  return index;
}

/**
 * Whether an activity on an item saw its current version: the version it recorded is the
 * item's or later; an activity that recorded none (or an unreadable one) counts when it
 * happened at or after the item's last change.
 */
export function isOfCurrentVersion(item: Pick<KitItemRef, 'version' | 'changedAt'>, activity: Pick<Activity, 'at' | 'subjectVersion'>): boolean {
  const seen = activity.subjectVersion;
  return isFiniteNumber(seen) ? seen >= item.version : activity.at >= item.changedAt;
}

function itemReadiness(id: string, index: ItemIndex, activities: readonly Activity[]): ItemReadiness {
  const ref = index.get(id);
  if (!ref) return { id, kind: 'missing', title: null, version: null, doneAt: null, lastAt: null, outdated: null };
  const kind = DONE_BY[ref.kind];
  let doneAt: number | null = null;
  let lastAt: number | null = null;
  let outdated: ItemReadiness['outdated'] = null;
  for (const activity of activities) {
    if (activity.kind !== kind || activity.subjectId !== id || !isFiniteNumber(activity.at)) continue;
    if (isOfCurrentVersion(ref, activity)) {
      doneAt = doneAt === null ? activity.at : Math.min(doneAt, activity.at);
      lastAt = lastAt === null ? activity.at : Math.max(lastAt, activity.at);
    } else if (outdated === null || activity.at > outdated.at) {
      outdated = { at: activity.at, version: isFiniteNumber(activity.subjectVersion) ? activity.subjectVersion : null };
    }
  }
  return { id, kind: ref.kind, title: ref.title, version: ref.version, doneAt, lastAt, outdated: doneAt === null ? outdated : null };
}

function isScore(value: unknown): value is number {
  return isFiniteNumber(value) && value >= 0 && value <= 1;
}

function checkReadiness(kit: EnablementKit, activities: readonly Activity[]): CheckReadiness {
  const passScore = passScoreOf(kit);
  const attempts = activities.filter((a) => a.kind === 'knowledge_check' && a.subjectId === kit.id && isScore(a.score));
  let bestScore: number | null = null;
  let passedAt: number | null = null;
  let lastAttemptAt: number | null = null;
  for (const attempt of attempts) {
    const score = attempt.score ?? 0;
    bestScore = bestScore === null ? score : Math.max(bestScore, score);
    lastAttemptAt = lastAttemptAt === null ? attempt.at : Math.max(lastAttemptAt, attempt.at);
    if (meetsPassScore(score, passScore)) passedAt = passedAt === null ? attempt.at : Math.min(passedAt, attempt.at);
  }
  return { isRequired: kit.knowledgeCheck.length > 0, passScore, attempts: attempts.length, bestScore, passedAt, lastAttemptAt };
}

/**
 * One rep's readiness for one kit. Only that rep's activities count, whoever else's are passed
 * in; an item the kit names twice counts once. An item counts as done only on its current
 * version (see isOfCurrentVersion). A missing item counts as not done: the kit is not complete
 * until it reaches the laptop and is done.
 */
export function kitReadiness(kit: EnablementKit, index: ItemIndex, activities: readonly Activity[], repId: string): KitReadiness {
  const own = activities.filter((a) => a.ownerId === repId);
  const ids = [...new Set(kit.requiredItemIds)];
  const items = ids.map((id) => itemReadiness(id, index, own));
  const check = checkReadiness(kit, own);
  const doneTimes = items.map((item) => item.doneAt);
  if (check.isRequired) doneTimes.push(check.passedAt);
  const doneAt = doneTimes.filter((at) => at !== null);
  const total = doneTimes.length;
  const isComplete = doneAt.length === total;
  return {
    kitId: kit.id,
    repId,
    items,
    missingIds: items.filter((item) => item.kind === 'missing').map((item) => item.id),
    check,
    done: doneAt.length,
    total,
    isComplete,
    completedAt: isComplete && doneAt.length > 0 ? Math.max(...doneAt) : null,
  };
}

/** Past its due date and not complete. */
export function isOverdue(kit: Pick<EnablementKit, 'dueDate'>, readiness: Pick<KitReadiness, 'isComplete'>, now: number): boolean {
  return !readiness.isComplete && now > kit.dueDate;
}

export interface TeamKitReadiness {
  kit: EnablementKit;
  reps: KitReadiness[];
  completeCount: number;
}

/**
 * The team view: every kit, with each rep's readiness (in the order of repIds). Kits are in due
 * date order, soonest first.
 */
export function teamReadiness(
  kits: readonly EnablementKit[],
  index: ItemIndex,
  activities: readonly Activity[],
  repIds: readonly string[],
): TeamKitReadiness[] {
  const byOwner = new Map<string, Activity[]>();
  for (const activity of activities) {
    const list = byOwner.get(activity.ownerId) ?? [];
    list.push(activity);
    byOwner.set(activity.ownerId, list);
  }
  const reps = [...new Set(repIds)];
  return [...kits]
    .sort((a, b) => a.dueDate - b.dueDate || a.title.localeCompare(b.title))
    .map((kit) => {
      const rows = reps.map((repId) => kitReadiness(kit, index, byOwner.get(repId) ?? [], repId));
      return { kit, reps: rows, completeCount: rows.filter((row) => row.isComplete).length };
    });
}

/**
 * Whose readiness a team view lists: the named reps, then anyone else whose activities the
 * laptop holds (a rep the team list does not know yet), leaving out the viewer themself.
 */
export function teamRepIds(members: readonly { id: string; role: string }[], activities: readonly Activity[], viewerId: string): string[] {
  const ids = members.filter((member) => member.role === 'rep').map((member) => member.id);
  const known = new Set(members.map((member) => member.id));
  const others = new Set<string>();
  for (const activity of activities) if (!known.has(activity.ownerId)) others.add(activity.ownerId);
  return [...new Set([...ids, ...[...others].sort()])].filter((id) => id !== viewerId);
}

/** A kit's qualification checklist, as the brief and call notes show it. */
export type KitQualification = Pick<EnablementKit, 'id' | 'title' | 'product' | 'qualification'>;

/**
 * The checklists of the kits for a deal's product (same name, any case or spacing), newest
 * launch first; none when the deal names no product or a kit lists no criteria.
 */
export function qualificationFor(kits: readonly EnablementKit[], product: string | null | undefined): KitQualification[] {
  const wanted = product?.trim().toLocaleLowerCase() ?? '';
  if (wanted === '') return [];
  return kits
    .filter((kit) => kit.product.trim().toLocaleLowerCase() === wanted)
    .filter((kit) => kit.qualification.fit.length + kit.qualification.notFit.length > 0)
    .sort((a, b) => b.launchDate - a.launchDate || a.title.localeCompare(b.title))
    .map(({ id, title, product: kitProduct, qualification }) => ({ id, title, product: kitProduct, qualification }));
}
