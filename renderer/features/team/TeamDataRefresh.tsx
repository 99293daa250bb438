import { useEffect } from 'react';
import { fileAccess } from '../../sync/session.ts';
import { createSettingsClient } from '../../sync/transport.ts';
import { browserStorage } from './team-data.store.ts';
import { startTeamDataRefresh } from './team-refresh.ts';

/** Keeps the forecast settings and the manager's team fresh for as long as the app runs. */
export function TeamDataRefresh() {
  useEffect(
    () =>
      startTeamDataRefresh({
        storage: browserStorage(),
        createClient(serverUrl) {
          const access = fileAccess();
          if (!access || access.baseUrl !== serverUrl) return null;
          return createSettingsClient({ baseUrl: serverUrl, getToken: () => fileAccess()?.token ?? null });
        },
      }),
    [],
  );
  return null;
}
