import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FieldcaseDatabase } from '../db/database.ts';
import { createTestDatabase } from '../db/test-database.ts';
import { describeSyncError, startSyncController } from './controller.ts';
import { useSyncStatus } from './sync.store.ts';
import { SyncHttpError, type Transport } from './transport.ts';

function fakeTransport(schemas: Record<string, number>): Transport {
  return {
    baseUrl: 'http://127.0.0.1:1',
    login: () => Promise.reject(new Error('not used')),
    health: async () => true,
    serverInfo: async () => ({ status: 'ok', store: 'sqlite', schemas: schemas as never }),
    pull: async (_collection, checkpoint) => ({ documents: [], checkpoint }),
    push: async () => [],
    stream: () => () => {},
    streamAll: () => () => {},
  };
}

let db: FieldcaseDatabase;
beforeEach(async () => {
  // The controller listens to the browser's online/offline events.
  vi.stubGlobal('window', new EventTarget());
  vi.stubGlobal('navigator', { onLine: true });
  db = await createTestDatabase(['call_notes']);
});
afterEach(async () => {
  await db.remove();
  vi.unstubAllGlobals();
});

describe('sync controller', () => {
  it('syncs, and reports being in sync once the first replication is done', async () => {
    const controller = startSyncController({ db, transport: fakeTransport({ call_notes: 1 }), identity: 't', collections: ['call_notes'] });
    await vi.waitFor(() => expect(useSyncStatus.getState().phase).toBe('in-sync'));
    expect(useSyncStatus.getState().lastSyncedAt).not.toBeNull();
    await controller.stop();
    expect(useSyncStatus.getState().phase).toBe('signed-out');
  });

  it('pauses and asks for an update when the server holds a newer schema version', async () => {
    const controller = startSyncController({ db, transport: fakeTransport({ call_notes: 99 }), identity: 't', collections: ['call_notes'] });
    await vi.waitFor(() => expect(useSyncStatus.getState().phase).toBe('update-required'));
    expect(useSyncStatus.getState().newerOnServer).toEqual(['call_notes']);
    await controller.stop();
  });

  it('goes offline and back with the browser’s events', async () => {
    const controller = startSyncController({ db, transport: fakeTransport({ call_notes: 1 }), identity: 't', collections: ['call_notes'] });
    window.dispatchEvent(new Event('offline'));
    expect(useSyncStatus.getState().phase).toBe('offline');
    window.dispatchEvent(new Event('online'));
    expect(useSyncStatus.getState().isOnline).toBe(true);
    await controller.stop();
  });
});

describe('describeSyncError', () => {
  it('finds the server’s answer inside RxDB’s wrapping, and tells a sign-in problem apart', () => {
    const wrapped = { parameters: { errors: [{ parameters: { errors: [new SyncHttpError(401, 'unauthorized', 'Sign in again.')] } }] } };
    expect(describeSyncError(wrapped)).toEqual({ message: 'Sign in again.', isAuth: true });
    expect(describeSyncError({ parameters: { errors: [new TypeError('fetch failed')] } })).toEqual({
      message: 'The sync server cannot be reached.',
      isAuth: false,
    });
    expect(describeSyncError('weird')).toEqual({ message: 'weird', isAuth: false });
  });
});
