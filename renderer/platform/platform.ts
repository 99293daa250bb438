/**
 * The renderer's one door to the operating system. In Electron it wraps the preload's
 * `window.fieldcase`; in a plain browser (web mode) it falls back to what the web offers.
 * Nothing else in the renderer reads `window.fieldcase` (a lint rule holds that).
 */
import { FIELDCASE_API_KEY, validateExternalUrl } from '../../shared/ipc/index.ts';
import type { FieldcaseApi, IpcResult, ResumedEvent } from '../../shared/ipc/index.ts';

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

export interface Platform {
  readonly kind: PlatformInfo['kind'];
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
  };
}

let platform: Platform | undefined;

export function getPlatform(): Platform {
  const api = window[FIELDCASE_API_KEY];
  platform ??= api ? desktopPlatform(api) : webPlatform();
  return platform;
}
