import { resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveRequestPath } from './static-server.ts';

const app = resolve('/srv/app');
const mounts = { '/app/': app, '/bench/': resolve('/srv/bench') };

describe('bench static server paths', () => {
  it.each([
    ['/app/index.html', `${app}${sep}index.html`],
    ['/app/assets/index-1.js', `${app}${sep}assets${sep}index-1.js`],
    ['/app/', app],
  ])('serves %s from its mount', (path, file) => {
    expect(resolveRequestPath(mounts, path)).toBe(file);
  });

  it.each(['/app/../secret', '/app/%2e%2e/secret', '/app/..%2fsecret', '/app/a%00.js', '/app/%E0%A4%A', '/other/x', '/'])(
    'refuses %s',
    (path) => {
      expect(resolveRequestPath(mounts, path)).toBeNull();
    },
  );
});
