/**
 * A tiny static server for the benchmark: the built app at /app/ and the harness page at /bench/.
 * One origin on purpose, so that the harness and the app share the same IndexedDB database.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.pdf': 'application/pdf',
};

export interface StaticServer {
  origin: string;
  stop(): Promise<void>;
}

/** URL prefix (with its trailing slash) → folder it serves. */
export type Mounts = Record<string, string>;

/**
 * Maps a request path to a file inside one mounted folder, or null. Decoding happens before the
 * containment check, so "%2e%2e/" cannot climb out of a folder either.
 */
export function resolveRequestPath(mounts: Mounts, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  for (const [prefix, folder] of Object.entries(mounts)) {
    if (!decoded.startsWith(prefix)) continue;
    const root = resolve(folder);
    const file = resolve(root, `.${sep}${decoded.slice(prefix.length)}`);
    const isInside = file === root || file.startsWith(root + sep);
    return isInside ? file : null;
  }
  return null;
}

async function sendFile(response: ServerResponse, path: string, isHead: boolean): Promise<void> {
  const info = await stat(path).catch(() => null);
  const file = info?.isDirectory() ? resolve(path, 'index.html') : path;
  const body = await readFile(file).catch(() => null);
  if (!body) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  response.writeHead(200, {
    'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': body.length,
    'X-Content-Type-Options': 'nosniff',
  });
  response.end(isHead ? undefined : body);
}

function handle(mounts: Mounts, request: IncomingMessage, response: ServerResponse): void {
  const isHead = request.method === 'HEAD';
  if (request.method !== 'GET' && !isHead) {
    response.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
  const path = resolveRequestPath(mounts, pathname);
  if (!path) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  sendFile(response, path, isHead).catch((error: unknown) => {
    console.error('static server:', error);
    if (!response.headersSent) response.writeHead(500);
    response.end();
  });
}

/** Listens on 127.0.0.1 with a port the OS picks, so parallel runs never collide. */
export async function startStaticServer(mounts: Mounts): Promise<StaticServer> {
  const server = createServer((request, response) => handle(mounts, request, response));
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The static server has no TCP address');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    stop: () =>
      new Promise<void>((done, fail) => {
        // Chromium keeps connections alive; without this, close() waits for them to time out.
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}
