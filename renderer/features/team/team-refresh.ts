/**
 * Keeps the forecast settings and the manager's team fresh: fetched after sign-in and after
 * each successful sync cycle (the sync controller reports one by moving `lastSyncedAt`), and
 * kept on the laptop so the screens have them offline. A failed fetch keeps what the app had.
 */
import { useSession, type SessionState } from '../../app/session.store.ts';
import { useSyncStatus } from '../../sync/sync.store.ts';
import { SyncHttpError, type SettingsClient } from '../../sync/transport.ts';
import { checkForecastSettings, checkTeamMembers, forgetCachedTeam, readCachedTeam, writeCachedSettings, writeCachedTeam, type TeamOwner } from './team-cache.ts';
import { useTeamData } from './team-data.store.ts';

/** Sync reports success after every burst of live changes; the settings need not follow each one. */
export const MIN_REFRESH_INTERVAL_MS = 10_000;

export interface TeamRefreshOptions {
  storage: Storage | null;
  /** A client for the signed-in user's server, or null when there is no token. */
  createClient(serverUrl: string): SettingsClient | null;
  now?: () => number;
}

function ownerOf(session: SessionState): (TeamOwner & { isManager: boolean }) | null {
  if (session.status !== 'signed-in' || !session.user || !session.serverUrl) return null;
  const isManager = session.user.role === 'manager' || session.user.role === 'admin';
  return { serverUrl: session.serverUrl, userId: session.user.id, isManager };
}

const sameOwner = (a: TeamOwner | null, b: TeamOwner | null) => a?.serverUrl === b?.serverUrl && a?.userId === b?.userId;

/** Starts watching the session and sync; returns the function that stops it. */
export function startTeamDataRefresh(options: TeamRefreshOptions): () => void {
  const now = options.now ?? Date.now;
  let isStopped = false;
  let inFlight: Promise<void> | null = null;
  let lastStartedAt = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;

  /** The team shown is always the signed-in manager's: another user's list goes, their cached one comes. */
  const showTeamOf = (owner: ReturnType<typeof ownerOf>) => {
    if (sameOwner(useTeamData.getState().teamOwner, owner)) return;
    const cached = owner?.isManager && options.storage ? readCachedTeam(options.storage, owner) : null;
    useTeamData.setState(
      cached && owner
        ? { members: cached, teamSource: 'cached', teamOwner: { serverUrl: owner.serverUrl, userId: owner.userId } }
        : { members: [], teamSource: 'none', teamOwner: null },
    );
  };

  const fetchTeam = async (client: SettingsClient, owner: TeamOwner) => {
    try {
      const members = checkTeamMembers((await client.team()).members);
      if (!members || isStopped || !sameOwner(ownerOf(useSession.getState()), owner)) return;
      useTeamData.setState({ members, teamSource: 'server', teamOwner: owner });
      if (options.storage) writeCachedTeam(options.storage, owner, members);
    } catch (error) {
      // The role changed on the server: this user has no team any more.
      if (error instanceof SyncHttpError && error.status === 403) {
        if (options.storage) forgetCachedTeam(options.storage);
        useTeamData.setState({ members: [], teamSource: 'none', teamOwner: null });
      }
    }
  };

  const fetchSettings = async (client: SettingsClient) => {
    try {
      const settings = checkForecastSettings(await client.forecastSettings());
      if (!settings || isStopped) return;
      useTeamData.setState({ settings, settingsSource: 'server' });
      if (options.storage) writeCachedSettings(options.storage, settings);
    } catch {
      // Offline or refused: the cached or default settings stay.
    }
  };

  const refresh = async () => {
    const owner = ownerOf(useSession.getState());
    const client = owner ? options.createClient(owner.serverUrl) : null;
    if (!owner || !client) return;
    lastStartedAt = now();
    const team = owner.isManager ? fetchTeam(client, { serverUrl: owner.serverUrl, userId: owner.userId }) : Promise.resolve();
    await Promise.all([fetchSettings(client), team]);
  };

  /** One fetch at a time; asked again while one runs or too soon after one, it runs once more later. */
  const request = (isUrgent: boolean) => {
    if (isStopped || timer !== null) return;
    const wait = isUrgent ? 0 : Math.max(0, lastStartedAt + MIN_REFRESH_INTERVAL_MS - now());
    const run = () => {
      timer = null;
      if (inFlight) {
        void inFlight.then(() => request(isUrgent));
        return;
      }
      inFlight = refresh().finally(() => {
        inFlight = null;
      });
    };
    if (wait === 0) run();
    else timer = setTimeout(run, wait);
  };

  showTeamOf(ownerOf(useSession.getState()));
  request(true);
  const stopSession = useSession.subscribe((session, previous) => {
    const owner = ownerOf(session);
    if (sameOwner(owner, ownerOf(previous)) && owner?.isManager === ownerOf(previous)?.isManager) return;
    showTeamOf(owner);
    request(true);
  });
  const stopSync = useSyncStatus.subscribe((sync, previous) => {
    if (sync.lastSyncedAt !== null && sync.lastSyncedAt !== previous.lastSyncedAt) request(false);
  });
  return () => {
    isStopped = true;
    if (timer !== null) clearTimeout(timer);
    stopSession();
    stopSync();
  };
}
