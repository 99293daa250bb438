import { useSession } from '../../app/session.store.ts';
import { useOnlineStatus } from '../../platform/useOnlineStatus.ts';
import { useSyncStatus } from '../../sync/sync.store.ts';
import { useNow } from '../../ui/useNow.ts';
import { describeSync } from './describe-sync.ts';

/** Always in view: the network, and what sync is doing about it. */
export function SyncBadge() {
  const isOnline = useOnlineStatus();
  const isSignedIn = useSession((s) => s.status === 'signed-in');
  const sync = useSyncStatus();
  const now = useNow(15_000);
  const text = isSignedIn
    ? describeSync({ ...sync, phase: isOnline ? sync.phase : 'offline' }, true, now)
    : isOnline
      ? 'Online — not syncing'
      : 'Offline — everything you write is kept on this laptop';
  // Named, so it is told apart from the search's own status line in the same header.
  return (
    <div role="group" aria-label="Sync status">
      <p className={isOnline ? 'badge badge-online' : 'badge badge-offline'} role="status" aria-live="polite">
        {text}
      </p>
    </div>
  );
}
