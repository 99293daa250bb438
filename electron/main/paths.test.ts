import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { resolveDistPaths } from './paths.ts';

describe('resolveDistPaths', () => {
  it('finds the preload beside main.js and the renderer in the sibling folder', () => {
    const distDir = path.resolve('/opt/fieldcase/resources/app.asar/dist');
    const mainUrl = pathToFileURL(path.join(distDir, 'electron', 'main.js')).href;
    expect(resolveDistPaths(mainUrl)).toEqual({
      preload: path.join(distDir, 'electron', 'preload.cjs'),
      talkTrackPreload: path.join(distDir, 'electron', 'talk-track-preload.cjs'),
      trayIcons: path.join(distDir, 'electron', 'tray'),
      renderer: path.join(distDir, 'renderer'),
    });
  });

  it('decodes percent-encoded characters in the install path', () => {
    const distDir = path.resolve('/Users/Rep Name/Fieldcase #2/dist');
    const mainUrl = pathToFileURL(path.join(distDir, 'electron', 'main.js')).href;
    expect(mainUrl).toContain('%20');
    expect(resolveDistPaths(mainUrl).renderer).toBe(path.join(distDir, 'renderer'));
  });
});
