/**
 * Which origins count as "our own": the packaged renderer at app://fieldcase and, in development
 * only, a Vite dev server on loopback. Navigation, IPC and protocol checks all ask this module, so
 * the answer is computed one way everywhere.
 */
import { invalid, valid, type Validation } from '../../shared/ipc/index.ts';

export const APP_SCHEME = 'app';
export const APP_HOST = 'fieldcase';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

const MAX_URL_LENGTH = 8192;
const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(['127.0.0.1', 'localhost']);

/**
 * The scheme://host[:port] of a URL we could ever trust, or null. Node and Chromium disagree on
 * `URL.origin` for custom schemes (Node says "null"), so it is built by hand. URLs with userinfo
 * are refused outright: they are only ever used to disguise the real host.
 */
export function originOf(rawUrl: string): string | null {
  if (rawUrl.length > MAX_URL_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return null;
  }
  if (url.username !== '' || url.password !== '') return null;
  if (url.protocol === `${APP_SCHEME}:`) {
    // Chromium lower-cases hosts of standard schemes; Node keeps a custom scheme's host as typed.
    return url.host === '' ? null : `${APP_SCHEME}://${url.host.toLowerCase()}`;
  }
  if (url.protocol === 'http:' || url.protocol === 'https:') return url.origin;
  return null;
}

export function isOwnOrigin(rawUrl: string, allowedOrigins: ReadonlySet<string>): boolean {
  const origin = originOf(rawUrl);
  return origin !== null && allowedOrigins.has(origin);
}

/**
 * Validates FIELDCASE_DEV_SERVER_URL. Only plain http on loopback is accepted: the dev server is
 * trusted with the full preload API, so it must not be reachable from another machine. A packaged
 * build ignores the variable entirely so nobody can point an installed app at their own page.
 */
export function parseDevServerUrl(raw: string | undefined, isPackaged: boolean): Validation<URL | null> {
  if (isPackaged || raw === undefined || raw === '') return valid(null);
  if (raw.length > 2048) return invalid('FIELDCASE_DEV_SERVER_URL is too long');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return invalid('FIELDCASE_DEV_SERVER_URL is not a URL');
  }
  if (url.protocol !== 'http:') return invalid('FIELDCASE_DEV_SERVER_URL must use http:');
  if (url.username !== '' || url.password !== '') return invalid('FIELDCASE_DEV_SERVER_URL must not carry credentials');
  if (!LOOPBACK_HOSTS.has(url.hostname)) return invalid('FIELDCASE_DEV_SERVER_URL must be on 127.0.0.1 or localhost');
  return valid(url);
}

export function buildAllowedOrigins(devServer: URL | null): ReadonlySet<string> {
  return new Set(devServer === null ? [APP_ORIGIN] : [APP_ORIGIN, devServer.origin]);
}
