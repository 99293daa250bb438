/**
 * A Vite build plugin that writes sw.js: renderer/sw/service-worker.ts compiled, preceded by
 * the list of every file of this build, so the service worker can keep them for offline use.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { transform } from 'esbuild';
import type { Plugin } from 'vite';

export function offlineShellPlugin(workerSource: string): Plugin {
  return {
    name: 'fieldcase-offline-shell',
    apply: 'build',
    enforce: 'post',
    async generateBundle(_options, bundle) {
      const files = Object.keys(bundle).filter((name) => !name.endsWith('.map') && name !== 'sw.js');
      const precache = [...new Set(['./', 'index.html', ...files])].sort();
      const version = createHash('sha256').update(precache.join('\n')).digest('hex').slice(0, 16);
      const source = await readFile(workerSource, 'utf8');
      const { code } = await transform(source, { loader: 'ts', target: 'es2022', format: 'iife' });
      this.emitFile({
        type: 'asset',
        fileName: 'sw.js',
        source: `const PRECACHE = ${JSON.stringify(precache)};\nconst CACHE_VERSION = ${JSON.stringify(version)};\n${code}`,
      });
    },
  };
}
