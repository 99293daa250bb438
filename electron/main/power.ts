import { powerMonitor } from 'electron';
import { broadcast } from './ipc/send.ts';

/**
 * The renderer's sync controller listens for this to probe the network and resync at once: after
 * the computer wakes from sleep, and when the rep unlocks the screen (a laptop left locked over
 * lunch may have missed the stream's changes, or reconnected to another network meanwhile).
 */
export function forwardResumeEvents(now: () => number = Date.now): void {
  const resumed = (): void => {
    broadcast('system:resumed', { at: now() });
  };
  powerMonitor.on('resume', resumed);
  powerMonitor.on('unlock-screen', resumed);
}
