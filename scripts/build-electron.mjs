/**
 * Bundles the Electron main process and the preload with esbuild.
 *  - main    -> dist/electron/main.js    (ESM; package.json has "type": "module")
 *  - preload -> dist/electron/preload.cjs (one CommonJS file: a sandboxed preload cannot load
 *                                          other files, only require('electron'))
 *  - the talk-track overlay's preload -> dist/electron/talk-track-preload.cjs (the same rules)
 *  - the tray icons (electron/assets/tray, drawn by scripts/make-icons.mjs) -> dist/electron/tray
 * Exits non-zero on any build error, or if the preload would need a module at runtime.
 */
import { cp } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'dist', 'electron');

/** @type {import('esbuild').BuildOptions} */
const common = {
  absWorkingDir: root,
  tsconfig: path.join(root, 'tsconfig.node.json'),
  bundle: true,
  platform: 'node',
  external: ['electron'],
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'warning',
};

/** Sandboxed preloads get a `require` that knows only 'electron' and a handful of polyfills. */
function assertPreloadIsSelfContained(metafile, fileName) {
  const output = metafile.outputs[path.relative(root, path.join(outDir, fileName)).split(path.sep).join('/')];
  if (output === undefined) throw new Error(`${fileName} is missing from the esbuild metafile`);
  const runtimeImports = output.imports.filter((entry) => entry.external && entry.path !== 'electron');
  if (runtimeImports.length > 0) {
    const names = runtimeImports.map((entry) => entry.path).join(', ');
    throw new Error(`${fileName} must only require 'electron' at runtime, but it imports: ${names}`);
  }
}

async function main() {
  const preloadBuild = (entry, fileName) =>
    build({
      ...common,
      entryPoints: [path.join(root, 'electron', 'preload', entry)],
      outfile: path.join(outDir, fileName),
      format: 'cjs',
      target: 'chrome120',
    });
  const [, preload, talkTrackPreload] = await Promise.all([
    build({
      ...common,
      entryPoints: [path.join(root, 'electron', 'main', 'index.ts')],
      outfile: path.join(outDir, 'main.js'),
      format: 'esm',
      target: 'node20',
      // CommonJS libraries bundled into ESM (electron-updater) call require() for Node's own
      // modules; ESM has no require, so give the bundle one.
      banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    }),
    preloadBuild('index.ts', 'preload.cjs'),
    preloadBuild('talk-track.ts', 'talk-track-preload.cjs'),
  ]);
  await cp(path.join(root, 'electron', 'assets', 'tray'), path.join(outDir, 'tray'), { recursive: true });
  assertPreloadIsSelfContained(preload.metafile, 'preload.cjs');
  assertPreloadIsSelfContained(talkTrackPreload.metafile, 'talk-track-preload.cjs');
  console.log(`built ${path.relative(root, outDir)}/main.js, preload.cjs, talk-track-preload.cjs and tray/`);
}

main().catch((error) => {
  // esbuild has already printed its diagnostics; anything else is ours to print.
  if (!(error instanceof Error && 'errors' in error)) console.error(error);
  process.exitCode = 1;
});
