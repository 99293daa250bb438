import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { SyncSummary } from '../../shared/ipc/index.ts';

const fake = vi.hoisted(() => {
  const shown: { title: string; body: string; click?: () => void }[] = [];
  class Notification {
    static isSupported = vi.fn(() => true);
    readonly entry: { title: string; body: string; click?: () => void };
    constructor(options: { title: string; body: string }) {
      this.entry = { ...options };
    }
    on(event: 'click' | 'close', listener: () => void) {
      if (event === 'click') this.entry.click = listener;
    }
    show() {
      shown.push(this.entry);
    }
  }
  return { Notification, shown };
});
vi.mock('electron', () => ({ Notification: fake.Notification, app: { setAppUserModelId: vi.fn() } }));

import { APP_USER_MODEL_ID, FAILING_QUIET_MS, notifySyncChanges, planNotifications } from './notifications.ts';
import { createSyncStatusBoard } from './sync-status.ts';

const status = (phase: SyncSummary['phase'], conflicts = 0, failure: string | null = null): SyncSummary => ({
  phase,
  pending: 0,
  conflicts,
  lastSyncedAt: null,
  failure,
});
const fresh = { failingShownAt: null };

describe('planNotifications', () => {
  it('says nothing on the first report after launch, whatever it holds', () => {
    expect(planNotifications(null, status('failing', 3), fresh, 0).plans).toEqual([]);
  });

  it('says nothing while nothing changes', () => {
    expect(planNotifications(status('failing', 2), status('failing', 2), fresh, 0).plans).toEqual([]);
    expect(planNotifications(status('in-sync'), status('syncing'), fresh, 0).plans).toEqual([]);
  });

  it('announces new conflicts and opens the notes on click', () => {
    const { plans } = planNotifications(status('in-sync', 0), status('in-sync', 1), fresh, 0);
    expect(plans).toEqual([expect.objectContaining({ title: 'A note has edits to settle', command: { kind: 'navigate', path: '/notes' } })]);
    expect(planNotifications(status('in-sync', 1), status('in-sync', 3), fresh, 0).plans[0]?.title).toBe('3 notes have edits to settle');
  });

  it('says nothing when conflicts are settled', () => {
    expect(planNotifications(status('in-sync', 3), status('in-sync', 1), fresh, 0).plans).toEqual([]);
  });

  it('announces sync starting to fail with the reason, and opens the Sync screen on click', () => {
    const { plans, memory } = planNotifications(status('in-sync'), status('failing', 0, 'The sync server cannot be reached.'), fresh, 1_000);
    expect(plans).toEqual([
      {
        title: 'Sync is failing',
        body: 'The sync server cannot be reached. Your work is kept on this laptop and sync keeps retrying.',
        command: { kind: 'navigate', path: '/sync' },
      },
    ]);
    expect(memory).toEqual({ failingShownAt: 1_000 });
  });

  it('does not repeat a flapping failure within the quiet period, and does after it', () => {
    const memory = { failingShownAt: 1_000 };
    expect(planNotifications(status('syncing'), status('failing'), memory, 1_000 + FAILING_QUIET_MS - 1).plans).toEqual([]);
    expect(planNotifications(status('syncing'), status('failing'), memory, 1_000 + FAILING_QUIET_MS).plans).toHaveLength(1);
  });

  it('announces that an update is required once', () => {
    expect(planNotifications(status('in-sync'), status('update-required'), fresh, 0).plans[0]?.title).toBe('Update Fieldcase to keep syncing');
    expect(planNotifications(status('update-required'), status('update-required'), fresh, 0).plans).toEqual([]);
  });
});

describe('notifySyncChanges', () => {
  it('shows a notification per transition and runs its command on click', () => {
    const board = createSyncStatusBoard();
    const onClick = vi.fn();
    const stop = notifySyncChanges(board, onClick, () => 0);
    board.report(1, status('in-sync', 0));
    board.report(1, status('in-sync', 1));
    board.report(1, status('in-sync', 1));
    expect(fake.shown.map((entry) => entry.title)).toEqual(['A note has edits to settle']);
    fake.shown[0]?.click?.();
    expect(onClick).toHaveBeenCalledWith({ kind: 'navigate', path: '/notes' });

    stop();
    board.report(1, status('in-sync', 5));
    expect(fake.shown).toHaveLength(1);
  });

  it('shows nothing where the system has no notifications', () => {
    fake.Notification.isSupported.mockReturnValue(false);
    fake.shown.length = 0;
    const board = createSyncStatusBoard();
    notifySyncChanges(board, vi.fn(), () => 0);
    board.report(1, status('in-sync'));
    board.report(1, status('failing'));
    expect(fake.shown).toEqual([]);
  });
});

describe('APP_USER_MODEL_ID', () => {
  it('is the appId the packages are built with', () => {
    expect(readFileSync(new URL('../../electron-builder.yml', import.meta.url), 'utf8')).toMatch(new RegExp(`^appId: ${APP_USER_MODEL_ID.replaceAll('.', '\\.')}$`, 'm'));
  });
});
