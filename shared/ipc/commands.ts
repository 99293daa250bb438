/**
 * App commands from the desktop shell (application menu, tray, notifications, fieldcase:// links),
 * delivered to the renderer as one `app:command` event. A navigate command may only name a route
 * shape the app has, with an id shaped like a document id, so a crafted link cannot steer the
 * renderer anywhere else (no `..`, no query, no other screens, no script URLs).
 */
import { hasExactKeys, invalid, isPlainObject, valid, type Validation, type Validator } from './validate.ts';

export type AppCommand =
  | { readonly kind: 'new-note' }
  | { readonly kind: 'search' }
  | { readonly kind: 'sync-now' }
  | { readonly kind: 'navigate'; readonly path: string };

export type AppCommandKind = AppCommand['kind'];

/** The routes that can hold one document, as named in links and notifications. */
export const DOCUMENT_ROUTES = ['battle-cards', 'accounts', 'notes'] as const;
export type DocumentRoute = (typeof DOCUMENT_ROUTES)[number];

/** Whole screens a command may open (from notifications and the tray). */
export const SCREEN_ROUTES: ReadonlySet<string> = new Set(['/notes', '/sync']);

// The document id shape of shared/schemas/fields.ts (idField), at most 100 characters.
const DOCUMENT_ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/;
const MAX_PATH_LENGTH = 128;

export function isDocumentId(input: string): boolean {
  return DOCUMENT_ID.test(input);
}

export function isDocumentRoute(input: string): input is DocumentRoute {
  return DOCUMENT_ROUTES.some((route) => route === input);
}

export function documentPath(route: DocumentRoute, id: string): string {
  return `/${route}/${id}`;
}

/** A path a navigate command may carry: one of SCREEN_ROUTES, or /<document route>/<id>. */
export function validateCommandPath(input: unknown): Validation<string> {
  if (typeof input !== 'string') return invalid('path must be a string');
  if (input.length > MAX_PATH_LENGTH) return invalid('path is too long');
  if (SCREEN_ROUTES.has(input)) return valid(input);
  const parts = input.split('/');
  const [leading, route, id, ...rest] = parts;
  if (leading !== '' || route === undefined || id === undefined || rest.length > 0) return invalid('path must be /<screen>/<id>');
  if (!isDocumentRoute(route)) return invalid(`path must open ${DOCUMENT_ROUTES.join(', ')}`);
  if (!isDocumentId(id)) return invalid('path has an invalid document id');
  return valid(documentPath(route, id));
}

export const validateAppCommand: Validator<AppCommand> = (input) => {
  if (!isPlainObject(input)) return invalid('command must be an object');
  const { kind } = input;
  if (kind === 'new-note' || kind === 'search' || kind === 'sync-now') {
    return hasExactKeys(input, ['kind']) ? valid({ kind }) : invalid(`${kind} takes no other fields`);
  }
  if (kind === 'navigate') {
    if (!hasExactKeys(input, ['kind', 'path'])) return invalid('navigate must be { kind, path }');
    const path = validateCommandPath(input.path);
    return path.ok ? valid({ kind, path: path.value }) : path;
  }
  return invalid('unknown command');
};
