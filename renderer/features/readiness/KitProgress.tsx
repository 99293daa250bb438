import { isOverdue, type KitReadiness } from '../../../shared/domain/readiness.ts';
import type { EnablementKit } from '../../../shared/schemas/index.ts';
import { formatDate } from '../crm/labels.ts';
import { dueLabel, progressLabel } from './readiness-labels.ts';

/** A kit's progress bar, with its due date (overdue said plainly) and launch date. */
export function KitProgress({ kit, readiness, now }: { kit: EnablementKit; readiness: KitReadiness; now: number }) {
  const overdue = isOverdue(kit, readiness, now);
  return (
    <div className="kit-progress">
      <progress max={Math.max(readiness.total, 1)} value={readiness.isComplete ? Math.max(readiness.total, 1) : readiness.done} aria-label={`${kit.title} progress`} />
      <span className={readiness.isComplete ? 'kit-state complete' : 'kit-state'}>{progressLabel(readiness)}</span>
      <p className="muted">
        <span className={overdue ? 'overdue' : undefined}>{dueLabel(kit, overdue)}</span> · Launches {formatDate(kit.launchDate)} · {kit.product}
      </p>
    </div>
  );
}
