import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
}));
vi.mock('electron', () => ({ protocol: fake.protocol }));

import {
  CONTENT_SECURITY_POLICY,
  contentTypeFor,
  createAppProtocolHandler,
  handleAppProtocol,
  registerAppScheme,
  resolveAppPath,
} from './protocol.ts';

const root = path.resolve('/srv/fieldcase/dist/renderer');
const inRoot = (...parts: string[]): string => path.join(root, ...parts);

describe('resolveAppPath', () => {
  it.each([
    ['app://fieldcase/', inRoot('index.html')],
    ['app://fieldcase', inRoot('index.html')],
    ['app://fieldcase/index.html', inRoot('index.html')],
    ['APP://FIELDCASE/index.html', inRoot('index.html')],
    ['app://fieldcase/assets/index-abc123.js', inRoot('assets', 'index-abc123.js')],
    ['app://fieldcase/assets/index-abc123.js?v=2#x', inRoot('assets', 'index-abc123.js')],
    ['app://fieldcase/assets/logo%20dark.svg', inRoot('assets', 'logo dark.svg')],
    ['app://fieldcase/accounts/42', inRoot('index.html')],
    ['app://fieldcase/notes/', inRoot('index.html')],
    ['app://fieldcase/accounts/42?tab=notes', inRoot('index.html')],
    ['app://fieldcase/.well-known/thing.json', inRoot('.well-known', 'thing.json')],
  ])('%s -> %s', (url, expected) => {
    expect(resolveAppPath(root, url)).toBe(expected);
  });

  it.each([
    ['parent segment', 'app://fieldcase/../../etc/passwd'],
    ['parent segment mid-path', 'app://fieldcase/assets/../../secret.txt'],
    ['parent segment at the end', 'app://fieldcase/assets/..'],
    ['dot segment', 'app://fieldcase/./index.html'],
    ['encoded dots', 'app://fieldcase/%2e%2e/%2e%2e/etc/passwd'],
    ['upper-case encoded dots', 'app://fieldcase/%2E%2E/secret.txt'],
    ['mixed encoded dots', 'app://fieldcase/.%2e/secret.txt'],
    ['encoded slash', 'app://fieldcase/..%2f..%2fetc%2fpasswd'],
    ['encoded slash in a name', 'app://fieldcase/assets%2Fapp.js'],
    ['encoded backslash', 'app://fieldcase/..%5c..%5csecret.txt'],
    ['backslash', 'app://fieldcase/assets\\..\\..\\secret.txt'],
    ['NUL byte', 'app://fieldcase/index.html%00.png'],
    ['raw NUL byte', 'app://fieldcase/index.html\u0000.png'],
    ['encoded control character', 'app://fieldcase/a%0a.js'],
    ['absolute path via empty segment', 'app://fieldcase//etc/passwd'],
    ['windows drive', 'app://fieldcase/C:/Windows/win.ini'],
    ['encoded windows drive', 'app://fieldcase/C%3A/Windows/win.ini'],
    ['alternate data stream', 'app://fieldcase/index.html:stream'],
    ['broken percent-encoding', 'app://fieldcase/%E0%A4%A.js'],
    ['wrong host', 'app://evil/index.html'],
    ['look-alike host', 'app://fieldcase.evil/index.html'],
    ['host with port', 'app://fieldcase:80/index.html'],
    ['credentials', 'app://user@fieldcase/index.html'],
    ['no authority', 'app:index.html'],
    ['empty authority', 'app:///etc/passwd'],
    ['wrong scheme', 'file:///srv/fieldcase/dist/renderer/index.html'],
    ['http scheme', 'http://fieldcase/index.html'],
    ['not a URL', 'index.html'],
  ])('refuses %s', (_label, url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });

  it('works with a relative root by resolving it first', () => {
    expect(resolveAppPath('dist/renderer', 'app://fieldcase/a.js')).toBe(path.resolve('dist/renderer', 'a.js'));
  });
});

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.mjs', 'text/javascript; charset=utf-8'],
    ['a.CSS', 'text/css; charset=utf-8'],
    ['a.svg', 'image/svg+xml'],
    ['a.woff2', 'font/woff2'],
    ['a.wasm', 'application/wasm'],
    ['a.unknown', 'application/octet-stream'],
    ['noext', 'application/octet-stream'],
  ])('%s -> %s', (file, type) => {
    expect(contentTypeFor(file)).toBe(type);
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  it('is the agreed policy, with no eval and no inline scripts', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "connect-src 'self' http://127.0.0.1:* http://localhost:* https:; object-src 'none'; base-uri 'none'; " +
        "frame-ancestors 'none'",
    );
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe-inline/);
  });
});

describe('scheme registration', () => {
  it('registers app as a standard, secure, fetch-capable scheme', () => {
    registerAppScheme();
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('handles the app scheme with a function', () => {
    handleAppProtocol(root);
    expect(fake.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});

describe('createAppProtocolHandler', () => {
  let dir = '';
  let handler: (request: Request) => Promise<Response>;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'fieldcase-protocol-'));
    await mkdir(path.join(dir, 'renderer', 'assets'), { recursive: true });
    await writeFile(path.join(dir, 'renderer', 'index.html'), '<!doctype html><title>Fieldcase</title>');
    await writeFile(path.join(dir, 'renderer', 'assets', 'app.js'), 'console.log(1)');
    await mkdir(path.join(dir, 'renderer', 'folder.js'));
    await writeFile(path.join(dir, 'secret.txt'), 'outside the root');
    handler = createAppProtocolHandler(path.join(dir, 'renderer'));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('serves index.html for / with the CSP and no-cache', async () => {
    const response = await handler(new Request('app://fieldcase/'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('<!doctype html><title>Fieldcase</title>');
  });

  it('serves the SPA shell for client-side routes', async () => {
    const response = await handler(new Request('app://fieldcase/accounts/42'));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Fieldcase</title>');
  });

  it('serves assets with their type and without a CSP header', async () => {
    const response = await handler(new Request('app://fieldcase/assets/app.js'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBeNull();
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers 404 for a missing asset and for a directory', async () => {
    expect((await handler(new Request('app://fieldcase/assets/missing.js'))).status).toBe(404);
    expect((await handler(new Request('app://fieldcase/folder.js'))).status).toBe(404);
  });

  it('answers 404 for a URL that tries to leave the root', async () => {
    const response = await handler(new Request('app://fieldcase/..%2fsecret.txt'));
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('');
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await handler(new Request('app://fieldcase/assets/app.js', { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await handler(new Request('app://fieldcase/index.html', { method: 'POST', body: 'x' }));
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });
});
