// Loaded with `node --import` before dist/electron/main.js: answers `import 'electron'` with the
// recording stub beside this file, so the bundled main process can start without Electron.
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);
