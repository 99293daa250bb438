/**
 * Routes app commands (menu, tray, notifications, fieldcase:// links) to one app window. A window
 * receives live `app:command` events only once its page has asked for what is pending
 * (`app:take-commands`); until then, and while no window exists at all, commands wait here, so a
 * link that launches the app or arrives while a window reloads is not lost.
 */
import type { AppCommand } from '../../shared/ipc/index.ts';

export interface CommandTarget {
  readonly id: number;
  isDestroyed(): boolean;
  isFocused(): boolean;
  send(channel: 'app:command', command: AppCommand): void;
}

export interface CommandRouterOptions {
  /** The app windows that exist now (not the overlay). */
  readonly windows: () => readonly CommandTarget[];
  /** Shows and focuses the window a command goes to. */
  readonly reveal: (target: CommandTarget) => void;
  /** Opens a window when none exists (macOS keeps running with none). */
  readonly openWindow: () => void;
}

export interface CommandRouter {
  dispatch(command: AppCommand): void;
  /** The page of `target` listens now: hand it what waited and send it live commands from here on. */
  takePending(target: Pick<CommandTarget, 'id'>): AppCommand[];
  /** The page of `target` is going away (reload, crash, close): queue for it again. */
  forget(target: Pick<CommandTarget, 'id'>): void;
}

/** Commands kept while nobody listens; a burst of links beyond this is dropped, oldest first. */
export const MAX_PENDING_COMMANDS = 20;

export function createCommandRouter(options: CommandRouterOptions): CommandRouter {
  const ready = new Set<number>();
  let pending: AppCommand[] = [];

  const pickTarget = (): CommandTarget | undefined => {
    const windows = options.windows().filter((window) => !window.isDestroyed());
    return windows.find((window) => window.isFocused()) ?? windows[0];
  };

  return {
    dispatch(command) {
      const target = pickTarget();
      if (target === undefined) {
        pending = [...pending, command].slice(-MAX_PENDING_COMMANDS);
        options.openWindow();
        return;
      }
      options.reveal(target);
      if (ready.has(target.id)) target.send('app:command', command);
      else pending = [...pending, command].slice(-MAX_PENDING_COMMANDS);
    },
    takePending(target) {
      ready.add(target.id);
      const taken = pending;
      pending = [];
      return taken;
    },
    forget(target) {
      ready.delete(target.id);
    },
  };
}
