import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, buildAllowedOrigins, isOwnOrigin, originOf, parseDevServerUrl } from './origin.ts';

describe('originOf', () => {
  it.each([
    ['app://fieldcase/index.html', 'app://fieldcase'],
    ['APP://FIELDCASE/notes?id=1', 'app://fieldcase'],
    ['app://fieldcase', 'app://fieldcase'],
    ['app://fieldcase.evil/', 'app://fieldcase.evil'],
    ['app://fieldcase:8080/', 'app://fieldcase:8080'],
    ['http://127.0.0.1:5173/src/main.tsx', 'http://127.0.0.1:5173'],
    ['HTTP://LOCALHOST:5173', 'http://localhost:5173'],
    ['https://example.com/a', 'https://example.com'],
  ])('%s -> %s', (input, expected) => {
    expect(originOf(input)).toBe(expected);
  });

  it.each([
    ['app://evil@fieldcase/'],
    ['app://user:pw@fieldcase/'],
    ['http://127.0.0.1:5173@evil.example/'],
    ['app:fieldcase/index.html'],
    ['app:///index.html'],
    ['javascript:alert(1)'],
    ['file:///etc/passwd'],
    ['data:text/html,hi'],
    ['about:blank'],
    ['not a url'],
    [''],
    ['app://fieldcase/' + 'a'.repeat(10_000)],
  ])('%j has no trusted origin', (input) => {
    expect(originOf(input)).toBeNull();
  });
});

describe('isOwnOrigin', () => {
  const appOnly = buildAllowedOrigins(null);
  const withDev = buildAllowedOrigins(new URL('http://127.0.0.1:5173/'));

  it('trusts only the app origin in production', () => {
    expect(isOwnOrigin('app://fieldcase/index.html', appOnly)).toBe(true);
    expect(isOwnOrigin('http://127.0.0.1:5173/', appOnly)).toBe(false);
  });

  it('trusts exactly the dev server origin when one is configured', () => {
    expect(isOwnOrigin('http://127.0.0.1:5173/notes', withDev)).toBe(true);
    expect(isOwnOrigin('http://127.0.0.1:5174/', withDev)).toBe(false);
    expect(isOwnOrigin('http://localhost:5173/', withDev)).toBe(false);
    expect(isOwnOrigin('https://127.0.0.1:5173/', withDev)).toBe(false);
    expect(isOwnOrigin('http://127.0.0.1.evil.com:5173/', withDev)).toBe(false);
    expect(isOwnOrigin('http://127.0.0.1:5173@evil.com/', withDev)).toBe(false);
  });
});

describe('parseDevServerUrl', () => {
  it.each([[undefined], ['']])('treats %j as "no dev server"', (raw) => {
    expect(parseDevServerUrl(raw, false)).toEqual({ ok: true, value: null });
  });

  const accepted = [['http://127.0.0.1:5173'], ['http://localhost:5173/'], ['http://LOCALHOST:3000/app/']];
  it.each(accepted)('accepts %s', (raw) => {
    const result = parseDevServerUrl(raw, false);
    expect(result.ok && result.value?.href).toBe(new URL(raw).href);
  });

  it('is ignored entirely by a packaged app', () => {
    expect(parseDevServerUrl('http://127.0.0.1:5173', true)).toEqual({ ok: true, value: null });
    expect(parseDevServerUrl('https://evil.example', true)).toEqual({ ok: true, value: null });
  });

  it.each([
    ['https://127.0.0.1:5173'],
    ['http://192.168.1.20:5173'],
    ['http://0.0.0.0:5173'],
    ['http://127.0.0.1.evil.com:5173'],
    ['http://localhost.evil.com'],
    ['http://evil.example/?h=localhost'],
    ['http://user:pw@127.0.0.1:5173'],
    ['http://127.0.0.1:5173@evil.example'],
    ['file:///tmp/index.html'],
    ['javascript:alert(1)'],
    ['127.0.0.1:5173'],
    ['http://[::1]:5173'],
    ['http://127.0.0.1:5173/' + 'a'.repeat(3000)],
  ])('rejects %s', (raw) => {
    expect(parseDevServerUrl(raw, false).ok).toBe(false);
  });
});

describe('buildAllowedOrigins', () => {
  it('lists the app origin and the dev server origin only', () => {
    expect([...buildAllowedOrigins(null)]).toEqual([APP_ORIGIN]);
    expect([...buildAllowedOrigins(new URL('http://localhost:5173/some/path'))]).toEqual([
      'app://fieldcase',
      'http://localhost:5173',
    ]);
  });
});
