/**
 * A push the server could not take (unreachable, or failing with a 5xx) waits here before it is
 * tried again, instead of in RxDB's own retry: a fixed five-second sleep that nothing cuts short,
 * behind which "Sync now" and everything else queued for the push side also wait. Here the wait
 * backs off with jitter (backoff.ts), and "Sync now", coming back online, waking from sleep or the
 * server answering the health probe again end it at once.
 *
 * Anything else (a refusal the rep must act on: signed out, bad data) goes to RxDB as before.
 */
import { nextDelay } from './backoff.ts';
import { SyncHttpError } from './transport.ts';

/** The server may take it later: it could not be reached, or it failed on its side. */
export function isWorthRetrying(error: unknown): boolean {
  if (error instanceof SyncHttpError) return error.status >= 500;
  // fetch's own failure: no connection, refused, reset, or cut off by the abort of a timeout.
  return error instanceof TypeError || (error instanceof DOMException && (error.name === 'AbortError' || error.name === 'TimeoutError'));
}

export interface PushRetry {
  /** Runs the push, and again after a wait while the server cannot take it. */
  run<T>(push: () => Promise<T>): Promise<T>;
  /** Ends every wait now: the pushes waiting are tried again at once. */
  now(): void;
}

export interface PushRetryOptions {
  /** Told of each failure that will be retried, for the rep's sync status. */
  onFailure(error: unknown): void;
  /** Told when a push that had failed went through. */
  onRecovered?(): void;
  /** Stopped replications do not retry: the failure goes back to RxDB, which is stopping. */
  isStopped(): boolean;
  /** Wait before the next try after this many failures in a row. */
  delay?(failures: number): number;
}

export function createPushRetry(options: PushRetryOptions): PushRetry {
  const waits = new Set<() => void>();
  const delay = options.delay ?? ((failures: number) => nextDelay(failures));
  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      const end = () => {
        clearTimeout(timer);
        waits.delete(end);
        resolve();
      };
      const timer = setTimeout(end, ms);
      waits.add(end);
    });
  return {
    async run(push) {
      for (let failures = 1; ; failures += 1) {
        try {
          const result = await push();
          if (failures > 1) options.onRecovered?.();
          return result;
        } catch (error) {
          if (options.isStopped() || !isWorthRetrying(error)) throw error;
          options.onFailure(error);
          await wait(delay(failures));
          if (options.isStopped()) throw error;
        }
      }
    },
    now() {
      for (const end of [...waits]) end();
    },
  };
}
