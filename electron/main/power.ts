import { powerMonitor } from 'electron';
import { broadcast } from './ipc/send.ts';

/** The renderer's sync controller listens for this to probe the network and resync at once. */
export function forwardResumeEvents(now: () => number = Date.now): void {
  powerMonitor.on('resume', () => {
    broadcast('system:resumed', { at: now() });
  });
}
