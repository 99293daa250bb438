/**
 * The inputs every demo builder shares: who owns the rep documents and a clock that places
 * them on the rep's calendar. Everything is derived from `now` and the UTC offset only, so the
 * same inputs always produce the same workspace.
 */

/** User ids of the two demo reps. */
export interface DemoOwners {
  rep: string;
  rep2: string;
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export interface DemoClock {
  /** `now` rounded to a whole millisecond. */
  readonly now: number;
  /** Midnight of the rep's current calendar day, in epoch ms. */
  readonly startOfToday: number;
  /** A wall-clock time on the rep's calendar, `days` days from today (negative: in the past). */
  on(days: number, hour: number, minute?: number): number;
}

export interface DemoContext {
  clock: DemoClock;
  owners: DemoOwners;
}

/** Same rule as the `id` field of the schemas (shared/schemas/fields.ts). */
const OWNER_ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;
const MAX_UTC_OFFSET_MINUTES = 14 * 60;
/** The oldest demo timestamp (an account created ~14 months back) must stay a valid epoch time. */
const EARLIEST_OFFSET = 500 * DAY;

export function createDemoClock(now: number, utcOffsetMinutes: number): DemoClock {
  if (!Number.isFinite(now) || now < EARLIEST_OFFSET || now > 8_000_000_000_000_000) {
    throw new RangeError(`demo workspace: now must be an epoch time in ms, got ${now}`);
  }
  if (!Number.isInteger(utcOffsetMinutes) || Math.abs(utcOffsetMinutes) > MAX_UTC_OFFSET_MINUTES) {
    throw new RangeError(`demo workspace: utcOffsetMinutes must be a whole number within ±14 h, got ${utcOffsetMinutes}`);
  }
  const rounded = Math.round(now);
  const offsetMs = utcOffsetMinutes * MINUTE;
  const startOfToday = Math.floor((rounded + offsetMs) / DAY) * DAY - offsetMs;
  return {
    now: rounded,
    startOfToday,
    on: (days, hour, minute = 0) => startOfToday + days * DAY + hour * HOUR + minute * MINUTE,
  };
}

export function assertOwners(owners: DemoOwners): void {
  for (const [role, id] of Object.entries(owners)) {
    if (typeof id !== 'string' || id.length > 100 || !OWNER_ID.test(id)) {
      throw new TypeError(`demo workspace: owners.${role} is not a valid user id`);
    }
  }
}
