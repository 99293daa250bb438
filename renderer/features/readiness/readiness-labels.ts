/** How readiness reads on screen: paths, item kinds, progress and due dates in words. */
import type { ItemReadiness, KitItemKind, KitReadiness } from '../../../shared/domain/readiness.ts';
import type { EnablementKit } from '../../../shared/schemas/index.ts';
import { formatDate } from '../crm/labels.ts';

export function kitPath(kitId: string): string {
  return `/readiness/${encodeURIComponent(kitId)}`;
}

export function checkPath(kitId: string): string {
  return `${kitPath(kitId)}/check`;
}

export const ITEM_KIND_LABELS: Record<KitItemKind, string> = {
  battle_card: 'Battle card',
  collateral: 'Collateral',
  demo_script: 'Demo script',
};

/** How each kind of item is done, named, and done again. */
const ITEM_WORDS: Record<KitItemKind, { done: string; todo: string; noun: string; again: string }> = {
  battle_card: { done: 'Reviewed', todo: 'Not reviewed yet', noun: 'the card', again: 'review again' },
  collateral: { done: 'Opened', todo: 'Not opened yet', noun: 'the file', again: 'open it again' },
  demo_script: { done: 'Rehearsed', todo: 'Not rehearsed yet', noun: 'the script', again: 'rehearse again' },
};

/** Whether the rep did the item on an older version only: it needs another look to count. */
export function needsAnotherLook(item: ItemReadiness): boolean {
  return item.doneAt === null && item.outdated !== null;
}

/**
 * What "done" means for each kind of item, and what is still to do: an item done on an older
 * version says which one (or when, if the activity did not record it) and asks for another look.
 */
export function itemStateLabel(item: ItemReadiness): string {
  if (item.kind === 'missing') return 'Not on this laptop yet';
  const words = ITEM_WORDS[item.kind];
  if (item.lastAt !== null) return `${words.done} ${formatDate(item.lastAt)}`;
  if (item.outdated === null) return words.todo;
  const seen = item.outdated.version === null ? formatDate(item.outdated.at) : `v${item.outdated.version}`;
  const now = item.version === null ? '' : ` (now v${item.version})`;
  return `${words.done} ${seen} — ${words.noun} changed since${now}: ${words.again}`;
}

export function progressLabel(readiness: Pick<KitReadiness, 'done' | 'total' | 'isComplete' | 'completedAt'>): string {
  if (readiness.isComplete) return readiness.completedAt === null ? 'Complete' : `Complete since ${formatDate(readiness.completedAt)}`;
  return `${readiness.done} of ${readiness.total} done`;
}

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

export function dueLabel(kit: Pick<EnablementKit, 'dueDate'>, isOverdue: boolean): string {
  return isOverdue ? `Overdue: was due ${formatDate(kit.dueDate)}` : `Due ${formatDate(kit.dueDate)}`;
}
