/**
 * OS notifications for what the rep must know while the app is in the background: notes with
 * conflicting edits to settle, sync starting to fail, an update needed to keep syncing. Decided on
 * transitions of the reported sync status, never on every report, and a failing sync that flaps
 * is announced at most once per quiet period.
 */
import { app, Notification } from 'electron';
import type { AppCommand, SyncSummary } from '../../shared/ipc/index.ts';
import type { SyncStatusBoard } from './sync-status.ts';

export const FAILING_QUIET_MS = 15 * 60_000;
/** electron-builder.yml's appId: Windows shows a notification only for the id its shortcut carries. */
export const APP_USER_MODEL_ID = 'com.fieldcase.app';

export interface NotificationPlan {
  readonly title: string;
  readonly body: string;
  /** What a click on the notification opens. */
  readonly command: AppCommand;
}

export interface NotifierMemory {
  /** When the last "sync is failing" notification was shown, or null. */
  readonly failingShownAt: number | null;
}

/**
 * The notifications for one change of status. The first report after launch only sets the
 * baseline: what was already true when the rep opened the app is on screen, not news.
 */
export function planNotifications(
  previous: SyncSummary | null,
  next: SyncSummary | null,
  memory: NotifierMemory,
  now: number,
): { plans: NotificationPlan[]; memory: NotifierMemory } {
  if (previous === null || next === null) return { plans: [], memory };
  const plans: NotificationPlan[] = [];
  let { failingShownAt } = memory;
  if (next.conflicts > previous.conflicts) {
    plans.push({
      title: next.conflicts === 1 ? 'A note has edits to settle' : `${next.conflicts} notes have edits to settle`,
      body: 'Someone else changed the same passage. Both versions are kept; choose what stays.',
      command: { kind: 'navigate', path: '/notes' },
    });
  }
  const startsFailing = next.phase === 'failing' && previous.phase !== 'failing';
  if (startsFailing && (failingShownAt === null || now - failingShownAt >= FAILING_QUIET_MS)) {
    failingShownAt = now;
    plans.push({
      title: 'Sync is failing',
      body: `${next.failure ?? 'The server cannot be reached.'} Your work is kept on this laptop and sync keeps retrying.`,
      command: { kind: 'navigate', path: '/sync' },
    });
  }
  if (next.phase === 'update-required' && previous.phase !== 'update-required') {
    plans.push({
      title: 'Update Fieldcase to keep syncing',
      body: 'The sync server has moved to a newer version. Everything keeps working on this laptop.',
      command: { kind: 'navigate', path: '/sync' },
    });
  }
  return { plans, memory: { failingShownAt } };
}

export function notifySyncChanges(board: SyncStatusBoard, onClick: (command: AppCommand) => void, now: () => number = Date.now): () => void {
  if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);
  const showing = new Set<Notification>();
  let previous = board.current();
  let memory: NotifierMemory = { failingShownAt: null };
  return board.subscribe((next) => {
    const decided = planNotifications(previous, next, memory, now());
    previous = next;
    memory = decided.memory;
    if (!Notification.isSupported()) return;
    for (const plan of decided.plans) {
      const notification = new Notification({ title: plan.title, body: plan.body });
      // Held until it is clicked or closed: a collected notification no longer reports its click.
      showing.add(notification);
      notification.on('click', () => {
        showing.delete(notification);
        onClick(plan.command);
      });
      notification.on('close', () => showing.delete(notification));
      notification.show();
    }
  });
}
