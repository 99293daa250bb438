import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_STAGE_PROBABILITIES } from '../../../shared/domain/stage-probabilities.ts';
import type { ForecastSettings, SessionUser, TeamMember } from '../../../shared/sync/protocol.ts';
import { LOCAL_REP_ID, useSession } from '../../app/session.store.ts';
import { INITIAL_SYNC_STATE, useSyncStatus } from '../../sync/sync.store.ts';
import { SyncHttpError, type SettingsClient } from '../../sync/transport.ts';
import { memoryStorage } from './memory-storage.ts';
import { readCachedSettings, readCachedTeam, writeCachedTeam } from './team-cache.ts';
import { initialTeamData, useTeamData } from './team-data.store.ts';
import { MIN_REFRESH_INTERVAL_MS, startTeamDataRefresh } from './team-refresh.ts';

const SERVER = 'https://sync.example.com';
const manager: SessionUser = { id: 'u-manager', email: 'm@example.com', name: 'Mia', role: 'manager' };
const rep: SessionUser = { id: 'u-rep', email: 'r@example.com', name: 'Rae', role: 'rep' };
const members: TeamMember[] = [{ id: 'u-rep', name: 'Rae', email: 'r@example.com', role: 'rep' }];
const serverSettings: ForecastSettings = { stageProbabilities: { ...DEFAULT_STAGE_PROBABILITIES, demo: 0.3 }, updatedAt: 5 };

/** A server that answers (or fails) as told, counting the calls. */
interface FakeServer {
  settingsCalls: number;
  teamCalls: number;
  settings(): Promise<ForecastSettings>;
  team(): Promise<{ members: TeamMember[] }>;
  client: SettingsClient;
}

function fakeServer(): FakeServer {
  const server: FakeServer = {
    settingsCalls: 0,
    teamCalls: 0,
    settings: (): Promise<ForecastSettings> => Promise.resolve(serverSettings),
    team: (): Promise<{ members: TeamMember[] }> => Promise.resolve({ members }),
    client: {
      forecastSettings: () => {
        server.settingsCalls += 1;
        return server.settings();
      },
      team: () => {
        server.teamCalls += 1;
        return server.team();
      },
    },
  };
  return server;
}

function signInAs(user: SessionUser) {
  useSession.setState({ status: 'signed-in', userId: user.id, user, serverUrl: SERVER });
}

let stop: (() => void) | null = null;
let clock = 1_000_000;
beforeEach(() => {
  clock = 1_000_000;
  useSession.setState({ status: 'local', userId: LOCAL_REP_ID, user: null, serverUrl: null });
  useSyncStatus.setState(INITIAL_SYNC_STATE);
  useTeamData.setState(initialTeamData(null));
});
afterEach(() => {
  stop?.();
  stop = null;
  vi.useRealTimers();
});

function start(server: FakeServer, storage: Storage = memoryStorage()) {
  stop = startTeamDataRefresh({ storage, createClient: () => server.client, now: () => clock });
  return storage;
}

describe('startTeamDataRefresh', () => {
  it('fetches nothing while nobody is signed in, and keeps the defaults', async () => {
    const server = fakeServer();
    start(server);
    await Promise.resolve();
    expect(server.settingsCalls + server.teamCalls).toBe(0);
    expect(useTeamData.getState()).toMatchObject({ settingsSource: 'default', teamSource: 'none' });
  });

  it('fetches the settings and the team when a manager signs in, and keeps them on the laptop', async () => {
    const server = fakeServer();
    const storage = start(server);
    signInAs(manager);
    await vi.waitFor(() => expect(useTeamData.getState().teamSource).toBe('server'));
    expect(useTeamData.getState()).toMatchObject({ settings: serverSettings, settingsSource: 'server', members });
    expect(readCachedSettings(storage)).toEqual(serverSettings);
    expect(readCachedTeam(storage, { serverUrl: SERVER, userId: manager.id })).toEqual(members);
  });

  it('asks a rep’s server for the settings only', async () => {
    const server = fakeServer();
    start(server);
    signInAs(rep);
    await vi.waitFor(() => expect(useTeamData.getState().settingsSource).toBe('server'));
    expect(server.teamCalls).toBe(0);
    expect(useTeamData.getState().teamSource).toBe('none');
  });

  it('shows the cached team at once, and keeps it when the server cannot be reached', async () => {
    const server = fakeServer();
    server.settings = () => Promise.reject(new TypeError('Failed to fetch'));
    server.team = () => Promise.reject(new TypeError('Failed to fetch'));
    const storage = memoryStorage();
    writeCachedTeam(storage, { serverUrl: SERVER, userId: manager.id }, members);
    signInAs(manager);
    start(server, storage);
    expect(useTeamData.getState()).toMatchObject({ members, teamSource: 'cached' });
    await vi.waitFor(() => expect(server.teamCalls).toBe(1));
    await Promise.resolve();
    expect(useTeamData.getState()).toMatchObject({ members, teamSource: 'cached', settingsSource: 'default' });
  });

  it('drops the team when another user signs in, and when the server says the user is no manager', async () => {
    const server = fakeServer();
    const storage = start(server);
    signInAs(manager);
    await vi.waitFor(() => expect(useTeamData.getState().teamSource).toBe('server'));
    signInAs(rep);
    expect(useTeamData.getState()).toMatchObject({ members: [], teamSource: 'none' });

    server.team = () => Promise.reject(new SyncHttpError(403, 'forbidden', 'Only managers and admins see the team.'));
    signInAs(manager);
    expect(useTeamData.getState().teamSource).toBe('cached');
    await vi.waitFor(() => expect(useTeamData.getState().teamSource).toBe('none'));
    expect(readCachedTeam(storage, { serverUrl: SERVER, userId: manager.id })).toBeNull();
  });

  it('refreshes after a successful sync cycle, at most once per interval', async () => {
    vi.useFakeTimers();
    const server = fakeServer();
    signInAs(rep);
    start(server);
    await vi.waitFor(() => expect(server.settingsCalls).toBe(1));
    clock += MIN_REFRESH_INTERVAL_MS + 1;
    useSyncStatus.setState({ lastSyncedAt: clock });
    await vi.waitFor(() => expect(server.settingsCalls).toBe(2));
    clock += 1_000;
    useSyncStatus.setState({ lastSyncedAt: clock });
    useSyncStatus.setState({ lastSyncedAt: clock + 1 });
    expect(server.settingsCalls).toBe(2);
    clock += MIN_REFRESH_INTERVAL_MS;
    await vi.advanceTimersByTimeAsync(MIN_REFRESH_INTERVAL_MS);
    expect(server.settingsCalls).toBe(3);
  });

  it('ignores an answer that is not valid settings', async () => {
    const server = fakeServer();
    server.settings = () => Promise.resolve({ stageProbabilities: { demo: 7 }, updatedAt: null } as unknown as ForecastSettings);
    start(server);
    signInAs(rep);
    await vi.waitFor(() => expect(server.settingsCalls).toBe(1));
    await Promise.resolve();
    expect(useTeamData.getState().settingsSource).toBe('default');
  });
});
