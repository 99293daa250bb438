import { describe, expect, it, vi } from 'vitest';
import type { SyncSummary } from '../../shared/ipc/index.ts';
import { createSyncStatusBoard } from './sync-status.ts';

const summary = (phase: SyncSummary['phase'], pending = 0): SyncSummary => ({ phase, pending, conflicts: 0, lastSyncedAt: null, failure: null });

describe('createSyncStatusBoard', () => {
  it('shows the report of the window that syncs, not of the ones that watch it', () => {
    const board = createSyncStatusBoard();
    board.report(1, summary('in-sync'));
    board.report(2, summary('other-window'));
    expect(board.current()).toEqual(summary('in-sync'));
  });

  it('falls back to any report when no window syncs, and to nothing when all are gone', () => {
    const board = createSyncStatusBoard();
    board.report(2, summary('other-window'));
    expect(board.current()).toEqual(summary('other-window'));
    board.forget(2);
    expect(board.current()).toBeNull();
  });

  it('tells listeners of changes only, and stops when unsubscribed', () => {
    const board = createSyncStatusBoard();
    const listener = vi.fn();
    const unsubscribe = board.subscribe(listener);
    board.report(1, summary('syncing'));
    board.report(1, summary('syncing'));
    board.report(1, summary('in-sync', 2));
    unsubscribe();
    board.report(1, summary('failing'));
    expect(listener.mock.calls).toEqual([[summary('syncing')], [summary('in-sync', 2)]]);
  });

  it('follows the latest syncing window when leadership moves', () => {
    const board = createSyncStatusBoard();
    board.report(1, summary('in-sync'));
    board.report(2, summary('other-window'));
    board.report(1, summary('other-window'));
    board.report(2, summary('syncing'));
    expect(board.current()).toEqual(summary('syncing'));
  });
});
