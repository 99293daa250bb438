/**
 * The talk-track overlay: the demo player opens it from the renderer with
 * `window.open('#/talk-track', 'fieldcase-talk-track', ...)` (in the browser too) and keeps it in
 * step over a BroadcastChannel. Main allows exactly that request, from one of the app's windows,
 * and makes it a small window on top of the demo, hidden from screen capture and screen sharing,
 * with its own narrow preload. Every other window.open stays denied (security.ts).
 */
import type { BrowserWindow, BrowserWindowConstructorOptions, WindowOpenHandlerResponse } from 'electron';
import { isOwnOrigin } from './origin.ts';
import { hardenedWebPreferences } from './window.ts';
import { assignWindowRole, windowRoleOf, type RoleHolder } from './window-roles.ts';

export const TALK_TRACK_FRAME_NAME = 'fieldcase-talk-track';
export const TALK_TRACK_HASH = '#/talk-track';
// The pages of our origin a hash route can hang off: the packaged entry, or the dev server's root.
const ENTRY_PATHS: ReadonlySet<string> = new Set(['/', '/index.html']);

export interface WindowOpenRequest {
  readonly url: string;
  readonly frameName: string;
}

/** True only for our own entry page with exactly the talk-track hash, in the named frame. */
export function isTalkTrackRequest(request: WindowOpenRequest, allowedOrigins: ReadonlySet<string>): boolean {
  if (request.frameName !== TALK_TRACK_FRAME_NAME) return false;
  if (!isOwnOrigin(request.url, allowedOrigins)) return false;
  const url = new URL(request.url);
  return ENTRY_PATHS.has(url.pathname) && url.search === '' && url.hash === TALK_TRACK_HASH;
}

export function buildTalkTrackWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    title: 'Talk track',
    width: 420,
    height: 300,
    minWidth: 280,
    minHeight: 160,
    alwaysOnTop: true,
    // A tool window for the presenter: no taskbar entry, no maximise, never full screen.
    skipTaskbar: true,
    minimizable: false,
    maximizable: false,
    fullscreenable: false,
    autoHideMenuBar: true,
    webPreferences: hardenedWebPreferences(preloadPath),
  };
}

export type OverlayWindow = Pick<
  BrowserWindow,
  'isDestroyed' | 'focus' | 'setContentProtection' | 'setAlwaysOnTop' | 'removeMenu' | 'once'
> & { readonly webContents: RoleHolder };

export interface TalkTrackHost {
  /** The handler's answer for a window.open from `opener`, or null when it is not the overlay. */
  handleOpen(request: WindowOpenRequest, opener: Pick<RoleHolder, 'id'>): WindowOpenHandlerResponse | null;
  /** Called for every window Electron created from a window.open we allowed. */
  adopt(window: OverlayWindow, request: Pick<WindowOpenRequest, 'frameName'>): void;
}

export function createTalkTrackHost(preloadPath: string, allowedOrigins: ReadonlySet<string>): TalkTrackHost {
  let overlay: OverlayWindow | null = null;
  let isExpected = false;

  return {
    handleOpen(request, opener) {
      // Only the app's windows may open it; the overlay itself, or a window main never made, may not.
      if (windowRoleOf(opener) !== 'app' || !isTalkTrackRequest(request, allowedOrigins)) return null;
      if (overlay !== null && !overlay.isDestroyed()) {
        overlay.focus();
        return { action: 'deny' };
      }
      isExpected = true;
      return { action: 'allow', outlivesOpener: false, overrideBrowserWindowOptions: buildTalkTrackWindowOptions(preloadPath) };
    },
    adopt(window, request) {
      if (!isExpected || request.frameName !== TALK_TRACK_FRAME_NAME) return;
      isExpected = false;
      overlay = window;
      assignWindowRole(window.webContents, 'talk-track');
      // Excluded from screenshots and screen sharing (macOS and Windows; Linux has no such API).
      window.setContentProtection(true);
      // Above full-screen demo apps too, not only above normal windows.
      window.setAlwaysOnTop(true, 'screen-saver');
      window.removeMenu();
      window.once('closed', () => {
        if (overlay === window) overlay = null;
      });
    },
  };
}
