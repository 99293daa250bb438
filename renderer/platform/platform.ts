/**
 * The renderer's one door to the operating system. In Electron it wraps the preload's
 * `window.fieldcase`; in a plain browser (web mode) it falls back to what the web offers.
 * Nothing else in the renderer reads `window.fieldcase` (a lint rule holds that).
 */
import { FIELDCASE_API_KEY, validateExternalUrl } from '../../shared/ipc/index.ts';
import type { FieldcaseApi, IpcResult, ResumedEvent } from '../../shared/ipc/index.ts';
import { clearSession, loadSession, saveSession, type StoredSession } from './session-vault.ts';

declare global {
  interface Window {
    [FIELDCASE_API_KEY]?: FieldcaseApi;
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
}

function unwrap<T>(result: IpcResult<T>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.data;
}

function desktopPlatform(api: FieldcaseApi): Platform {
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
