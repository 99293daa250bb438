import { describe, expect, it, vi } from 'vitest';
import { CHECK_INTERVAL_MS, checkForUpdatesIfConfigured, resolveUpdateFeed, startUpdateChecks } from './updater.ts';

describe('resolveUpdateFeed', () => {
  const packaged = { isPackaged: true, envUrl: undefined, hasBundledConfig: false };

  it('is off in development, even when configured', () => {
    expect(resolveUpdateFeed({ isPackaged: false, envUrl: 'https://updates.example.com/', hasBundledConfig: true })).toEqual({
      feed: null,
      reason: 'development build',
    });
  });

  it('is off in a package without any feed', () => {
    expect(resolveUpdateFeed(packaged)).toEqual({ feed: null, reason: 'no update feed configured' });
  });

  it('uses the feed bundled by electron-builder', () => {
    expect(resolveUpdateFeed({ ...packaged, hasBundledConfig: true })).toEqual({ feed: { kind: 'bundled' } });
  });

  it('prefers a valid https FIELDCASE_UPDATE_URL', () => {
    expect(resolveUpdateFeed({ ...packaged, envUrl: 'https://Updates.example.com/fieldcase', hasBundledConfig: true })).toEqual({
      feed: { kind: 'url', url: 'https://updates.example.com/fieldcase' },
    });
  });

  it.each([
    ['plain http', 'http://updates.example.com/'],
    ['a file url', 'file:///tmp/feed'],
    ['credentials', 'https://user:pw@updates.example.com/'],
    ['a query', 'https://updates.example.com/?channel=x'],
    ['a fragment', 'https://updates.example.com/#x'],
    ['not a url', 'updates'],
    ['a look-alike scheme', 'https:/updates.example.com'],
  ])('refuses %s, and stays off rather than falling back', (_label, envUrl) => {
    const decision = resolveUpdateFeed({ ...packaged, envUrl, hasBundledConfig: true });
    expect(decision.feed).toBeNull();
  });
});

describe('startUpdateChecks', () => {
  it('sets a URL feed, checks now and then every few hours, and stops', async () => {
    vi.useFakeTimers();
    try {
      const updater = { setFeedURL: vi.fn(), checkForUpdatesAndNotify: vi.fn(() => Promise.resolve(null)) };
      const stop = await startUpdateChecks({ kind: 'url', url: 'https://updates.example.com/' }, async () => updater);
      expect(updater.setFeedURL).toHaveBeenCalledWith({ provider: 'generic', url: 'https://updates.example.com/' });
      expect(updater.checkForUpdatesAndNotify).toHaveBeenCalledTimes(1);
      vi.advanceTimersByTime(CHECK_INTERVAL_MS);
      expect(updater.checkForUpdatesAndNotify).toHaveBeenCalledTimes(2);
      stop();
      vi.advanceTimersByTime(CHECK_INTERVAL_MS * 3);
      expect(updater.checkForUpdatesAndNotify).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps the bundled feed and survives a failing check (offline)', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const updater = { setFeedURL: vi.fn(), checkForUpdatesAndNotify: vi.fn(() => Promise.reject(new Error('net::ERR_INTERNET_DISCONNECTED'))) };
    const stop = await startUpdateChecks({ kind: 'bundled' }, async () => updater);
    expect(updater.setFeedURL).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(console.warn).toHaveBeenCalledWith('[updater] update check failed', 'net::ERR_INTERNET_DISCONNECTED'));
    stop();
    vi.restoreAllMocks();
  });
});

describe('checkForUpdatesIfConfigured', () => {
  it('says why checks are off and loads no updater', () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    checkForUpdatesIfConfigured({ isPackaged: true, envUrl: undefined, resourcesPath: '/nonexistent/resources' });
    expect(info).toHaveBeenCalledWith('[updater] update checks are off: no update feed configured');
    vi.restoreAllMocks();
  });
});
