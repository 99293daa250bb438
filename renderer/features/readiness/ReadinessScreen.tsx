import { Link } from 'react-router';
import { useSession } from '../../app/session.store.ts';
import { LoadState } from '../../ui/LoadState.tsx';
import { useNow } from '../../ui/useNow.ts';
import { KitProgress } from './KitProgress.tsx';
import { TeamReadiness } from './TeamReadiness.tsx';
import { kitPath } from './readiness-labels.ts';
import { useMyKits } from './useReadiness.ts';
import './readiness.css';

/** Each launch's enablement kit and how far the rep is through it, from what this laptop recorded. */
export function ReadinessScreen() {
  const ownerId = useSession((s) => s.userId);
  const role = useSession((s) => s.user?.role);
  const isManager = role === 'manager' || role === 'admin';
  const kits = useMyKits(ownerId);
  const now = useNow();
  return (
    <section aria-labelledby="screen-title" className="readiness-screen">
      <h1 id="screen-title">Readiness</h1>
      <p className="muted">
        What to read, practise and know before each launch. Reviews, rehearsals and the knowledge check count here as you
        do them, offline too.
      </p>
      <LoadState query={kits}>
        {(list) =>
          list.length === 0 ? (
            <p>No launch kits on this laptop yet. Marketing publishes them; they arrive with your next sync.</p>
          ) : (
            <ul className="kit-list" aria-label="Launch kits">
              {list.map(({ kit, readiness }) => (
                <li key={kit.id}>
                  <h2>
                    <Link to={kitPath(kit.id)}>{kit.title}</Link>
                  </h2>
                  <KitProgress kit={kit} readiness={readiness} now={now} />
                </li>
              ))}
            </ul>
          )
        }
      </LoadState>
      {isManager && <TeamReadiness viewerId={ownerId} />}
    </section>
  );
}
