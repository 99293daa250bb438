/**
 * Update checks through electron-updater, off unless configured: a packaged build checks only when
 * it carries a feed (electron-builder writes app-update.yml when electron-builder.yml has a
 * `publish` entry) or when FIELDCASE_UPDATE_URL names an https feed. Development builds never check.
 * electron-updater is loaded only when a feed exists, so an unconfigured app never runs its code.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { validateExternalUrl } from '../../shared/ipc/index.ts';

export type UpdateFeed = { readonly kind: 'url'; readonly url: string } | { readonly kind: 'bundled' };

export interface UpdateFeedInput {
  readonly isPackaged: boolean;
  readonly envUrl: string | undefined;
  /** Whether the package carries app-update.yml (a `publish` entry in electron-builder.yml). */
  readonly hasBundledConfig: boolean;
}

export type UpdateFeedDecision = { readonly feed: UpdateFeed } | { readonly feed: null; readonly reason: string };

export function resolveUpdateFeed(input: UpdateFeedInput): UpdateFeedDecision {
  if (!input.isPackaged) return { feed: null, reason: 'development build' };
  if (input.envUrl !== undefined && input.envUrl !== '') {
    const url = validateExternalUrl(input.envUrl);
    if (!url.ok) return { feed: null, reason: `FIELDCASE_UPDATE_URL is not usable: ${url.message}` };
    // Updates are code: never over plain http, and no query or fragment to smuggle parameters.
    if (!url.value.startsWith('https://')) return { feed: null, reason: 'FIELDCASE_UPDATE_URL must use https' };
    if (input.envUrl.includes('?') || input.envUrl.includes('#')) return { feed: null, reason: 'FIELDCASE_UPDATE_URL must not have a query or fragment' };
    return { feed: { kind: 'url', url: url.value } };
  }
  if (input.hasBundledConfig) return { feed: { kind: 'bundled' } };
  return { feed: null, reason: 'no update feed configured' };
}

export function hasBundledUpdateConfig(resourcesPath: string | undefined): boolean {
  return resourcesPath !== undefined && existsSync(path.join(resourcesPath, 'app-update.yml'));
}

/** The part of electron-updater's autoUpdater used here. */
export interface UpdaterPort {
  setFeedURL(options: { provider: 'generic'; url: string }): void;
  checkForUpdatesAndNotify(): Promise<unknown>;
}

export const CHECK_INTERVAL_MS = 6 * 60 * 60_000;

/** Checks now and every few hours; returns the stop function. */
export async function startUpdateChecks(feed: UpdateFeed, load: () => Promise<UpdaterPort>): Promise<() => void> {
  const updater = await load();
  if (feed.kind === 'url') updater.setFeedURL({ provider: 'generic', url: feed.url });
  const check = () => {
    updater.checkForUpdatesAndNotify().catch((error: unknown) => {
      // Offline is the normal case for this app: log and try again later.
      console.warn('[updater] update check failed', error instanceof Error ? error.message : error);
    });
  };
  check();
  const timer = setInterval(check, CHECK_INTERVAL_MS);
  timer.unref();
  return () => clearInterval(timer);
}

export async function loadAutoUpdater(): Promise<UpdaterPort> {
  const { autoUpdater } = await import('electron-updater');
  return autoUpdater;
}

/** Starts update checks when this build is configured for them, and says why not otherwise. */
export function checkForUpdatesIfConfigured(input: { isPackaged: boolean; envUrl: string | undefined; resourcesPath: string | undefined }): void {
  const decision = resolveUpdateFeed({ isPackaged: input.isPackaged, envUrl: input.envUrl, hasBundledConfig: hasBundledUpdateConfig(input.resourcesPath) });
  if (decision.feed === null) {
    console.info(`[updater] update checks are off: ${decision.reason}`);
    return;
  }
  startUpdateChecks(decision.feed, loadAutoUpdater).catch((error: unknown) => {
    console.error('[updater] could not start', error);
  });
}
