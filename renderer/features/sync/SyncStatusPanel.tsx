import { useState } from 'react';
import { useSession } from '../../app/session.store.ts';
import { signOut, syncNow } from '../../sync/session.ts';
import { useSyncStatus } from '../../sync/sync.store.ts';
import { COLLECTION_LABELS } from '../../ui/collection-labels.ts';
import { useNow } from '../../ui/useNow.ts';
import { describeSync } from './describe-sync.ts';

export function SyncStatusPanel() {
  const session = useSession();
  const sync = useSyncStatus();
  const now = useNow(15_000);
  const [isConfirmingSignOut, setConfirmingSignOut] = useState(false);
  const errors = Object.entries(sync.errors);
  const refused = Object.entries(sync.refused);
  const pending = Object.entries(sync.pending);
  const isSettled = sync.phase === 'in-sync' && pending.length === 0;

  const leave = () => {
    if (!isSettled && !isConfirmingSignOut) {
      setConfirmingSignOut(true);
      return;
    }
    void signOut();
  };

  return (
    <section aria-labelledby="sync-status-title" className="sync-status">
      <h2 id="sync-status-title">Syncing with {session.serverUrl}</h2>
      <p>
        Signed in as {session.user?.name} ({session.user?.email})
      </p>
      <p role="status" aria-live="polite">
        {describeSync(sync, true, now)}
      </p>
      {session.persistence === 'memory-only' && (
        <p role="note">
          This computer has no keychain to keep your sign-in safely, so it is kept only until Fieldcase closes: you
          will sign in again next time. Your notes stay on this laptop either way.
        </p>
      )}
      <p className="muted">
        Received {sync.received} and sent {sync.sent} changes since the app started.
      </p>
      {sync.catchUpTotal !== null && (
        <p>
          <label htmlFor="catch-up-progress">
            Catching up: {Math.min(sync.received, sync.catchUpTotal).toLocaleString()} of {sync.catchUpTotal.toLocaleString()}{' '}
            documents received
          </label>{' '}
          <progress id="catch-up-progress" max={sync.catchUpTotal} value={Math.min(sync.received, sync.catchUpTotal)} />
        </p>
      )}
      {pending.length > 0 && (
        <div>
          <h3>Waiting to be sent</h3>
          <ul aria-label="Changes waiting to be sent">
            {pending.map(([collection, count]) => (
              <li key={collection}>
                {COLLECTION_LABELS[collection as keyof typeof COLLECTION_LABELS]}: {count === 1_000 ? '1,000 or more' : count}
              </li>
            ))}
          </ul>
        </div>
      )}
      {errors.length > 0 && <MessagesByKind label="Sync problems" messages={errors} />}
      {refused.length > 0 && (
        <div>
          <h3>Refused by the server</h3>
          <MessagesByKind label="Changes the server refused" messages={refused} />
          <p className="muted">These changes stay on this laptop. Change them and they are sent again; the rest keeps syncing.</p>
        </div>
      )}
      <div className="actions">
        <button type="button" onClick={syncNow}>
          Sync now
        </button>
        <button type="button" onClick={leave}>
          {isConfirmingSignOut ? 'Sign out anyway' : 'Sign out'}
        </button>
      </div>
      {isConfirmingSignOut && (
        <p role="alert">
          Some changes may not have reached the server yet. They stay on this laptop and are sent the next time you
          sign in as {session.user?.email}.
        </p>
      )}
    </section>
  );
}

/** A message per kind of document ("Call notes: …"), as a list with an accessible name. */
function MessagesByKind({ label, messages }: { label: string; messages: [string, string | undefined][] }) {
  return (
    <ul aria-label={label}>
      {messages.map(([collection, message]) => (
        <li key={collection}>
          {COLLECTION_LABELS[collection as keyof typeof COLLECTION_LABELS]}: {message}
        </li>
      ))}
    </ul>
  );
}
