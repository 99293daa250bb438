/**
 * fieldcase:// links: `fieldcase://battle-cards/<id>`, `fieldcase://accounts/<id>` and
 * `fieldcase://notes/<id>` open that document. Links come from anywhere (a web page, a mail, a
 * chat), so parsing is strict and done on the raw text: the exact shape or nothing, no encoded
 * characters, no query, no credentials, no extra segments, and an id shaped like our ids.
 */
import { app } from 'electron';
import { documentPath, isDocumentId, isDocumentRoute, type AppCommand } from '../../shared/ipc/index.ts';

export const DEEP_LINK_SCHEME = 'fieldcase';
const MAX_LINK_LENGTH = 256;
// scheme://route/id with an optional trailing slash; everything else is refused.
const LINK_SHAPE = /^fieldcase:\/\/([a-z-]+)\/([^/?#\\%@\s]+)\/?$/i;

export function parseDeepLink(raw: unknown): AppCommand | null {
  if (typeof raw !== 'string' || raw.length > MAX_LINK_LENGTH) return null;
  const match = LINK_SHAPE.exec(raw);
  if (match === null) return null;
  const [, route, id] = match;
  if (route === undefined || id === undefined || !isDocumentRoute(route) || !isDocumentId(id)) return null;
  return { kind: 'navigate', path: documentPath(route, id) };
}

/**
 * The link in a command line (Windows and Linux pass it as an argument to a new launch, which the
 * single-instance lock hands to the running app). Only an argument that is wholly a link counts.
 */
export function findDeepLink(argv: readonly string[]): AppCommand | null {
  for (const arg of [...argv].reverse()) {
    if (arg.toLowerCase().startsWith(`${DEEP_LINK_SCHEME}:`)) return parseDeepLink(arg);
  }
  return null;
}

/**
 * Registers as the handler of fieldcase:// (packaged builds only: in development it would register
 * the bare Electron binary) and listens for links macOS delivers as events. Call before ready:
 * macOS sends the link that launched the app right after will-finish-launching.
 */
export function listenForDeepLinks(dispatch: (command: AppCommand) => void): void {
  if (app.isPackaged && !app.isDefaultProtocolClient(DEEP_LINK_SCHEME)) app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME);
  app.on('open-url', (event, url) => {
    event.preventDefault();
    const command = parseDeepLink(url);
    if (command === null) console.warn('[deep-links] ignored a link that is not one of ours');
    else dispatch(command);
  });
}
