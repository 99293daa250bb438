import { Link, useNavigate } from 'react-router';
import type { ItemReadiness } from '../../../shared/domain/readiness.ts';
import { useRunsInProgress } from '../demo-scripts/demo-runs.store.ts';
import { playPath, runStepsOf } from '../demo-scripts/script-run.ts';
import { useDemoScript } from '../demo-scripts/useDemoScripts.ts';
import { ITEM_KIND_LABELS, itemStateLabel, needsAnotherLook } from './readiness-labels.ts';

/**
 * Starts a rehearsal of the script in the player (which records demo_rehearsed when it ends), or
 * resumes the run already in progress for it.
 */
function RehearseButton({ scriptId, title }: { scriptId: string; title: string }) {
  const navigate = useNavigate();
  const script = useDemoScript(scriptId);
  const run = useRunsInProgress((s) => s.runs[scriptId]);
  const dispatch = useRunsInProgress((s) => s.dispatch);
  if (run) {
    return (
      <button type="button" onClick={() => navigate(playPath(scriptId))}>
        Resume the {run.mode === 'rehearsal' ? 'rehearsal' : 'demo'} of {title}
      </button>
    );
  }
  const found = script.status === 'ready' ? script.data : null;
  const start = () => {
    if (!found) return;
    dispatch(found.id, {
      type: 'start',
      id: crypto.randomUUID(),
      scriptId: found.id,
      scriptVersion: found.version,
      mode: 'rehearsal',
      meetingId: null,
      steps: runStepsOf(found),
      now: Date.now(),
    });
    navigate(playPath(found.id));
  };
  return (
    <button type="button" onClick={start} disabled={!found}>
      Rehearse {title}
    </button>
  );
}

function ItemAction({ item }: { item: ItemReadiness }) {
  const title = item.title ?? item.id;
  switch (item.kind) {
    case 'battle_card':
      return <Link to={`/battle-cards/${encodeURIComponent(item.id)}`}>Review {title}</Link>;
    case 'collateral':
      return <Link to={`/collateral/${encodeURIComponent(item.id)}`}>Open {title}</Link>;
    case 'demo_script':
      return <RehearseButton scriptId={item.id} title={title} />;
    case 'missing':
      return <span className="muted">It arrives with a sync, unless marketing withdrew it.</span>;
  }
}

function itemClass(item: ItemReadiness): string | undefined {
  if (item.doneAt !== null) return 'done';
  return needsAnotherLook(item) ? 'needs-look' : undefined;
}

/**
 * The kit's required items, each with its state and the way to do it; an item done on an older
 * version says so and counts as not done until it is done again.
 */
export function KitItems({ items }: { items: ItemReadiness[] }) {
  if (items.length === 0) return <p className="muted">This kit requires no items.</p>;
  return (
    <ul className="kit-items" aria-label="Required items">
      {items.map((item) => (
        <li key={item.id} aria-label={item.title ?? item.id} className={itemClass(item)}>
          <span className="eyebrow">{item.kind === 'missing' ? 'Missing item' : ITEM_KIND_LABELS[item.kind]}</span>
          <strong>{item.title ?? item.id}</strong>
          <span className="kit-item-state">{itemStateLabel(item)}</span>
          <ItemAction item={item} />
        </li>
      ))}
    </ul>
  );
}
