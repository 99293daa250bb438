import { useOnlineStatus } from './useOnlineStatus.ts';

export function ConnectionBadge() {
  const isOnline = useOnlineStatus();
  return (
    <p className={isOnline ? 'badge badge-online' : 'badge badge-offline'} role="status" aria-live="polite">
      {isOnline ? 'Online' : 'Offline — everything you write is kept on this laptop'}
    </p>
  );
}
