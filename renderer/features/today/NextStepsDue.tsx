import { Link } from 'react-router';
import { LoadState } from '../../ui/LoadState.tsx';
import { useNow } from '../../ui/useNow.ts';
import { formatDate } from '../crm/labels.ts';
import { useNextStepsDue } from './useAgenda.ts';

/** Next steps from the rep's notes that fall due this week (and any overdue). */
export function NextStepsDue({ ownerId }: { ownerId: string }) {
  const now = useNow();
  const steps = useNextStepsDue(ownerId, now);
  return (
    <aside aria-labelledby="next-steps-title" className="next-steps-due">
      <h2 id="next-steps-title">Next steps due</h2>
      <LoadState query={steps}>
        {(list) =>
          list.length === 0 ? (
            <p className="muted">Nothing falls due this week.</p>
          ) : (
            <ul className="plain-list">
              {list.map(({ step, noteId, noteTitle }) => {
                const overdue = step.dueAt !== null && step.dueAt < now;
                return (
                  <li key={`${noteId}:${step.id}`}>
                    <p>{step.text}</p>
                    <p className="muted">
                      {step.dueAt !== null && <span className={overdue ? 'overdue' : undefined}>{overdue ? 'Overdue since' : 'Due'} {formatDate(step.dueAt)} · </span>}
                      <Link to={`/notes/${encodeURIComponent(noteId)}`}>{noteTitle || 'Untitled note'}</Link>
                    </p>
                  </li>
                );
              })}
            </ul>
          )
        }
      </LoadState>
    </aside>
  );
}
