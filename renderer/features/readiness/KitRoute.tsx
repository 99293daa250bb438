import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { useSession } from '../../app/session.store.ts';
import type { KitProgress } from '../../db/repos/readiness.repo.ts';
import { LoadState } from '../../ui/LoadState.tsx';
import { useMyKit } from './useReadiness.ts';

/** A screen about the kit named in the route (/readiness/:kitId…): loads it with the rep's progress, or says it is not here. */
export function KitRoute({ children }: { children: (progress: KitProgress, ownerId: string) => ReactNode }) {
  const { kitId = '' } = useParams();
  const ownerId = useSession((s) => s.userId);
  const progress = useMyKit(ownerId, kitId);
  return (
    <LoadState query={progress}>
      {(found) =>
        found ? (
          children(found, ownerId)
        ) : (
          <section aria-labelledby="screen-title">
            <h1 id="screen-title">Launch kit not found</h1>
            <p>This kit is not on this laptop. It may not have synced yet, or marketing withdrew it.</p>
          </section>
        )
      }
    </LoadState>
  );
}
