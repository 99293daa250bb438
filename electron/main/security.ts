/**
 * Process-wide hardening applied to every webContents and session, whoever creates them: the
 * renderer may only ever show our own origin, never opens windows, never embeds <webview>, and is
 * granted no permission. Decisions are pure functions so they can be tested without Electron.
 */
import { app, session, shell } from 'electron';
import type { Session, WebContents } from 'electron';
import { validateExternalUrl } from '../../shared/ipc/index.ts';
import { isOwnOrigin } from './origin.ts';
import type { OverlayWindow, TalkTrackHost } from './talk-track.ts';

export { isOwnOrigin } from './origin.ts';

/** Permissions the renderer may be granted. Empty on purpose: adding one is a reviewed change. */
export const PERMISSION_ALLOWLIST: ReadonlySet<string> = new Set<string>();

export type NavigationDecision = 'allow' | 'deny';

export interface WindowOpenDecision {
  /**
   * Child windows are refused; every window must be one we built with our options. The one
   * exception, the talk-track overlay, is decided by talk-track.ts before this is asked.
   */
  readonly action: 'deny';
  /** A validated web URL to hand to the system browser instead, or null. */
  readonly openExternally: string | null;
}

export function decideNavigation(targetUrl: string, allowedOrigins: ReadonlySet<string>): NavigationDecision {
  return isOwnOrigin(targetUrl, allowedOrigins) ? 'allow' : 'deny';
}

export function decideWindowOpen(targetUrl: string): WindowOpenDecision {
  const external = validateExternalUrl(targetUrl);
  return { action: 'deny', openExternally: external.ok ? external.value : null };
}

export function isPermissionAllowed(permission: string): boolean {
  return PERMISSION_ALLOWLIST.has(permission);
}

function openInBrowser(url: string): void {
  shell.openExternal(url).catch((error: unknown) => {
    console.error('[security] could not open an external link', error);
  });
}

/** Narrowed to what is used, so tests can hand in a small fake. */
export type HardenableContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'> & { readonly id?: number };
export type HardenableSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>;

export function hardenWebContents(
  contents: HardenableContents,
  allowedOrigins: ReadonlySet<string>,
  talkTrack: TalkTrackHost | null = null,
): void {
  const guardNavigation = (event: { url: string; preventDefault(): void }): void => {
    if (decideNavigation(event.url, allowedOrigins) === 'deny') event.preventDefault();
  };
  contents.on('will-navigate', guardNavigation);
  contents.on('will-redirect', guardNavigation);
  // will-navigate only covers the main frame; iframes navigate through this one.
  contents.on('will-frame-navigate', guardNavigation);
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url, frameName }) => {
    const overlay = talkTrack?.handleOpen({ url, frameName }, { id: contents.id ?? -1 }) ?? null;
    if (overlay !== null) return overlay;
    const decision = decideWindowOpen(url);
    if (decision.openExternally !== null) openInBrowser(decision.openExternally);
    return { action: decision.action };
  });
  if (talkTrack !== null) {
    contents.on('did-create-window', (window: OverlayWindow, details: { frameName: string }) => {
      talkTrack.adopt(window, details);
    });
  }
}

export function hardenSession(target: HardenableSession): void {
  target.setPermissionRequestHandler((_contents, permission, callback) => {
    callback(isPermissionAllowed(permission));
  });
  target.setPermissionCheckHandler((_contents, permission) => isPermissionAllowed(permission));
}

/** Call before app ready so no webContents or session can be created unhardened. */
export function installSecurity(allowedOrigins: ReadonlySet<string>, talkTrack: TalkTrackHost | null = null): void {
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, allowedOrigins, talkTrack);
  });
  app.on('session-created', hardenSession);
  void app.whenReady().then(() => {
    hardenSession(session.defaultSession);
  });
}
