/**
 * Brings a crashed or killed renderer back. The page keeps what the rep types in IndexedDB within
 * a few hundred milliseconds (the note autosave), so a reload loses at most that moment. A page
 * that keeps dying right after loading would reload forever, so after a few crashes in a short
 * time the rep is asked instead.
 */
import type { RenderProcessGoneDetails } from 'electron';

export const CRASH_WINDOW_MS = 60_000;
export const MAX_RELOADS_IN_WINDOW = 3;

export type CrashAction = 'ignore' | 'reload' | 'ask';

/** What to do about a gone renderer, given when the earlier ones went (epoch ms). */
export function decideCrashAction(reason: RenderProcessGoneDetails['reason'], earlierCrashes: readonly number[], now: number): CrashAction {
  // A clean exit is the app closing the window itself, not a crash.
  if (reason === 'clean-exit') return 'ignore';
  const recent = earlierCrashes.filter((at) => now - at < CRASH_WINDOW_MS);
  return recent.length >= MAX_RELOADS_IN_WINDOW ? 'ask' : 'reload';
}

export interface RecoverableWindow {
  isDestroyed(): boolean;
  readonly webContents: {
    on(event: 'render-process-gone', listener: (event: unknown, details: Pick<RenderProcessGoneDetails, 'reason' | 'exitCode'>) => void): unknown;
    reload(): void;
  };
}

export interface CrashRecoveryOptions {
  /** Asks the rep whether to try again; resolves true to reload. */
  readonly ask: () => Promise<boolean>;
  readonly onGiveUp: () => void;
  readonly now?: () => number;
}

export function recoverFromCrashes(window: RecoverableWindow, options: CrashRecoveryOptions): void {
  const now = options.now ?? Date.now;
  let crashes: number[] = [];
  window.webContents.on('render-process-gone', (_event, details) => {
    const at = now();
    const action = decideCrashAction(details.reason, crashes, at);
    if (action === 'ignore') return;
    console.error(`[crash-recovery] renderer gone (${details.reason}, exit code ${details.exitCode}); ${action}`);
    crashes = [...crashes.filter((earlier) => at - earlier < CRASH_WINDOW_MS), at];
    if (action === 'reload') {
      if (!window.isDestroyed()) window.webContents.reload();
      return;
    }
    void options.ask().then((tryAgain) => {
      if (window.isDestroyed()) return;
      if (tryAgain) {
        crashes = [];
        window.webContents.reload();
      } else {
        options.onGiveUp();
      }
    });
  });
}

export interface HangableWindow {
  isDestroyed(): boolean;
  on(event: 'unresponsive' | 'responsive', listener: () => void): unknown;
  readonly webContents: { reload(): void };
}

/**
 * A window whose page stopped answering (a script stuck in a loop, say): the rep is asked whether
 * to wait or reload. If the page answers again first, the question goes away by itself.
 */
export function offerReloadWhenHung(window: HangableWindow, ask: (signal: AbortSignal) => Promise<boolean>): void {
  let asking: AbortController | null = null;
  window.on('unresponsive', () => {
    if (asking !== null) return;
    const controller = new AbortController();
    asking = controller;
    void ask(controller.signal)
      .then((reload) => {
        if (reload && !controller.signal.aborted && !window.isDestroyed()) window.webContents.reload();
      })
      .finally(() => {
        if (asking === controller) asking = null;
      });
  });
  window.on('responsive', () => {
    asking?.abort();
    asking = null;
  });
}
