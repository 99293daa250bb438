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

/** What "done" means for each kind of item, and what is still to do. */
export function itemStateLabel(item: ItemReadiness): string {
  if (item.kind === 'missing') return 'Not on this laptop yet';
  if (item.lastAt === null) return item.kind === 'demo_script' ? 'Not rehearsed yet' : item.kind === 'collateral' ? 'Not opened yet' : 'Not reviewed yet';
  const verb = item.kind === 'demo_script' ? 'Rehearsed' : item.kind === 'collateral' ? 'Opened' : 'Reviewed';
  return `${verb} ${formatDate(item.lastAt)}`;
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
