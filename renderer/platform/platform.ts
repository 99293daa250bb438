/**
 * The renderer's one door to the operating system. In Electron it wraps the preload's
 * `window.fieldcase`; in a plain browser (web mode) it falls back to what the web offers.
 * Nothing else in the renderer reads `window.fieldcase` (a lint rule holds that).
 */
import { FIELDCASE_API_KEY, TALK_TRACK_API_KEY, toSafeFileName, validateExternalUrl } from '../../shared/ipc/index.ts';
import type { AppCommand, FieldcaseApi, IpcResult, ResumedEvent, SyncSummary, TalkTrackApi } from '../../shared/ipc/index.ts';
import { clearSession, loadSession, saveSession, type StoredSession } from './session-vault.ts';

declare global {
  interface Window {
    [FIELDCASE_API_KEY]?: FieldcaseApi;
    [TALK_TRACK_API_KEY]?: TalkTrackApi;
  }
}

declare const __APP_VERSION__: string;

export interface PlatformInfo {
  kind: 'desktop' | 'web';
  version: string;
  /** The operating system (desktop) or the browser (web). */
  system: string;
}

/** Where the signed-in session is kept: encrypted on disk, or (no keychain) for this run only. */
export type SessionPersistence = 'keychain' | 'browser-vault' | 'memory-only';

export interface SessionStorage {
  load(): Promise<{ session: StoredSession | null; persistence: SessionPersistence }>;
  save(session: StoredSession): Promise<SessionPersistence>;
  clear(): Promise<void>;
}

export interface Platform {
  readonly kind: PlatformInfo['kind'];
  readonly sessions: SessionStorage;
  getInfo(): Promise<PlatformInfo>;
  /** Opens an http(s) link outside the app; refuses anything else. */
  openExternal(url: string): Promise<void>;
  /** Called when the computer wakes from sleep (desktop only; browsers do not say). */
  onResumed(listener: (event: ResumedEvent) => void): () => void;
  /**
   * Opens a file the app holds with the system's program for it (desktop), or downloads it
   * (web). The desktop refuses types the system would run rather than open (see shared/ipc/files.ts).
   */
  openFile(file: OpenableFile): Promise<void>;
  /**
   * Commands from the desktop shell: menu, tray, notifications, fieldcase:// links. Commands that
   * came before the first listener (a link that launched the app) are delivered to it at once.
   * Web mode has no shell, so none ever arrive.
   */
  onCommand(listener: (command: AppCommand) => void): () => void;
  /** Tells the desktop shell how sync is doing, for its tray and notifications; nothing on the web. */
  reportSyncStatus(summary: SyncSummary): void;
}

export interface OpenableFile {
  name: string;
  mimeType: string;
  data: Blob;
}

function unwrap<T>(result: IpcResult<T>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.data;
}

function desktopPlatform(api: FieldcaseApi): Platform {
  const listening = new Set<(command: AppCommand) => void>();
  // Pending commands go to the newest listener; taken while none listens (React runs effects
  // twice in development, unsubscribing in between), they wait for the next one.
  const undelivered: AppCommand[] = [];
  const deliverPending = (commands: readonly AppCommand[]): void => {
    const newest = [...listening].at(-1);
    if (newest === undefined) undelivered.push(...commands);
    else for (const command of commands) newest(command);
  };
  return {
    kind: 'desktop',
    async getInfo() {
      const info = unwrap(await api.app.getInfo());
      return { kind: 'desktop', version: info.version, system: `${info.platform}, Electron ${info.electron}` };
    },
    async openExternal(url) {
      unwrap(await api.shell.openExternal(url));
    },
    onResumed: (listener) => api.system.onResumed(listener),
    async openFile(file) {
      const bytes = new Uint8Array(await file.data.arrayBuffer());
      unwrap(await api.files.openWithSystem(toSafeFileName(file.name, file.mimeType), bytes));
    },
    onCommand(listener) {
      listening.add(listener);
      const unsubscribe = api.commands.onCommand(listener);
      const kept = undelivered.splice(0);
      if (kept.length > 0) {
        queueMicrotask(() => {
          for (const command of kept) listener(command);
        });
      }
      // Subscribed first: main sends live commands only after this call marked the window ready.
      void api.commands.takePending().then((result) => {
        if (!result.ok) console.warn('Desktop commands could not be read:', result.error.message);
        else deliverPending(result.data);
      });
      return () => {
        listening.delete(listener);
        unsubscribe();
      };
    },
    reportSyncStatus(summary) {
      void api.sync.reportStatus(summary).then((result) => {
        if (!result.ok) console.warn('The sync status could not be shown in the tray:', result.error.message);
      });
    },
    // The desktop keeps the token with the OS keychain (safeStorage), or in memory where that
    // would be plain text on disk.
    sessions: {
      async load() {
        const { session, persistence } = unwrap(await api.session.load());
        return { session: session ? { ...session, user: { ...session.user } } : null, persistence };
      },
      async save(session) {
        return unwrap(await api.session.save(session)).persistence;
      },
      async clear() {
        unwrap(await api.session.clear());
      },
    },
  };
}

function browserName(userAgent: string): string {
  const match = /(Firefox|Edg|Chrome|Safari)\/(\d+)/.exec(userAgent);
  if (!match) return 'a web browser';
  const name = match[1] === 'Edg' ? 'Edge' : match[1];
  return `${name} ${match[2]}`;
}

/** The browser's own download of a blob, under the given name. */
function downloadBlob(data: Blob, name: string): void {
  const url = URL.createObjectURL(data);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The click starts the download synchronously; the URL only has to outlive this task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function webPlatform(): Platform {
  return {
    kind: 'web',
    getInfo: async () => ({ kind: 'web', version: __APP_VERSION__, system: browserName(navigator.userAgent) }),
    async openExternal(url) {
      const checked = validateExternalUrl(url);
      if (!checked.ok) throw new Error(checked.message);
      window.open(checked.value, '_blank', 'noopener,noreferrer');
    },
    onResumed: () => () => {},
    async openFile(file) {
      downloadBlob(file.data, toSafeFileName(file.name, file.mimeType));
    },
    onCommand: () => () => {},
    reportSyncStatus: () => {},
    sessions: {
      load: async () => ({ session: await loadSession(), persistence: 'browser-vault' }),
      save: async (session) => {
        await saveSession(session);
        return 'browser-vault';
      },
      clear: clearSession,
    },
  };
}

let platform: Platform | undefined;

export function getPlatform(): Platform {
  const api = window[FIELDCASE_API_KEY];
  platform ??= api ? desktopPlatform(api) : webPlatform();
  return platform;
}

/**
 * What the talk-track overlay window (route /talk-track) may do. On the desktop it is a small
 * always-on-top window hidden from screen capture, with its own narrow preload; on the web it is
 * a popup, which can close itself but not stay on top (`canStayOnTop` false: show no pin button).
 */
export interface TalkTrackControls {
  readonly canStayOnTop: boolean;
  close(): Promise<void>;
  setAlwaysOnTop(alwaysOnTop: boolean): Promise<void>;
}

export function getTalkTrackControls(): TalkTrackControls {
  const api = window[TALK_TRACK_API_KEY];
  if (api) {
    return {
      canStayOnTop: true,
      async close() {
        unwrap(await api.close());
      },
      async setAlwaysOnTop(alwaysOnTop) {
        unwrap(await api.setAlwaysOnTop(alwaysOnTop));
      },
    };
  }
  return {
    canStayOnTop: false,
    close: async () => window.close(),
    setAlwaysOnTop: () => Promise.reject(new Error('A browser window cannot stay on top of other windows.')),
  };
}
