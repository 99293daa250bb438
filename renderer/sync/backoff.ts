/**
 * Retry delays after consecutive failures: exponential from 1 s up to 60 s, with "full jitter"
 * (a random share of the ceiling) so a fleet of laptops coming back online together does not
 * hammer the server in lockstep.
 */
export const BACKOFF_BASE_MS = 1_000;
export const BACKOFF_MAX_MS = 60_000;

export function nextDelay(failures: number, random: () => number = Math.random): number {
  const ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, failures - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
