/**
 * Serves the built renderer over app://fieldcase. A page loaded from file:// breaks module scripts
 * and gives every local file the same origin; a privileged standard scheme gives the renderer a
 * real origin, a strict CSP, and a file server that can only ever read inside dist/renderer.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { protocol } from 'electron';
import { hasControlCharacter } from '../../shared/ipc/index.ts';
import { APP_ORIGIN, APP_SCHEME, originOf } from './origin.ts';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self' http://127.0.0.1:* http://localhost:* https:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

// Chromium canonicalises URLs before they reach the handler, so these should never arrive; they
// are refused on the raw text anyway so the resolver is safe on its own, not only behind Chromium.
const ENCODED_SEPARATORS_OR_DOTS = /%2e|%2f|%5c|%00/i;
const DOT_SEGMENT = /\/\.{1,2}(?=[/?#]|$)/;
// `:` is refused for Windows: drive letters (C:) and alternate data streams (file:stream).
const SEPARATOR_OR_COLON = /[\\/:]/;

export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps an app:// URL to an absolute file inside rootDir, or null when the URL is not ours or tries
 * to leave the folder. Paths without an extension are client-side routes and get index.html.
 */
export function resolveAppPath(rootDir: string, requestUrl: string): string | null {
  if (originOf(requestUrl) !== APP_ORIGIN) return null;
  if (requestUrl.includes('\\') || ENCODED_SEPARATORS_OR_DOTS.test(requestUrl) || DOT_SEGMENT.test(requestUrl)) {
    return null;
  }
  // Safe to take the parsed pathname now: with no dot segments, backslashes or encoded
  // separators left, the parser has nothing to rewrite.
  const segments = new URL(requestUrl).pathname.slice(1).split('/');
  const isDirectory = segments.at(-1) === '';
  if (isDirectory) segments.pop();

  const names: string[] = [];
  for (const segment of segments) {
    let name: string;
    try {
      name = decodeURIComponent(segment);
    } catch {
      return null;
    }
    // An empty interior segment (`//etc`) would silently collapse; refuse it instead.
    if (name === '' || name === '.' || name === '..') return null;
    if (SEPARATOR_OR_COLON.test(name) || hasControlCharacter(name)) return null;
    names.push(name);
  }

  const last = names.at(-1);
  const isClientRoute = isDirectory || last === undefined || path.extname(last) === '';
  const root = path.resolve(rootDir);
  const resolved = isClientRoute ? path.join(root, 'index.html') : path.resolve(root, ...names);
  const relative = path.relative(root, resolved);
  if (relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
    return null;
  }
  return resolved;
}

function isMissingFile(error: unknown): boolean {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  return code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR';
}

function buildHeaders(filePath: string): Headers {
  const type = contentTypeFor(filePath);
  const headers = new Headers({ 'Content-Type': type, 'X-Content-Type-Options': 'nosniff' });
  if (type.startsWith('text/html')) {
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    // The HTML names hashed assets; a stale copy after an update would point at deleted files.
    headers.set('Cache-Control', 'no-cache');
  }
  return headers;
}

export function createAppProtocolHandler(rootDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response(null, { status: 405, headers: { Allow: 'GET, HEAD' } });
    }
    const filePath = resolveAppPath(rootDir, request.url);
    if (filePath === null) return new Response(null, { status: 404 });
    let body: Uint8Array;
    try {
      body = await readFile(filePath);
    } catch (error) {
      if (isMissingFile(error)) return new Response(null, { status: 404 });
      console.error(`[protocol] could not read ${filePath}`, error);
      return new Response(null, { status: 500 });
    }
    return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers: buildHeaders(filePath) });
  };
}

export function handleAppProtocol(rootDir: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rootDir));
}
