/**
 * Calendar quarters for the forecast, named like `2026-Q4`, read in an IANA time zone: a deal
 * closing at 23:30 on 31 March in Lisbon is in Q1 even though it is already April in UTC+2. Pure.
 */

export interface Quarter {
  year: number;
  /** 1 to 4. */
  quarter: number;
}

const QUARTER_ID = /^(\d{4})-Q([1-4])$/;
/** 9999-12-31T23:59:59.999Z: the last instant with a four-digit year. */
const LAST_INSTANT = 253_402_300_799_999;
const formatters = new Map<string, Intl.DateTimeFormat>();

/** `2026-Q4` → { year: 2026, quarter: 4 }; anything else (`2026-q4`, `2026-Q5`, ` 2026-Q1`) → null. */
export function parseQuarterId(text: string): Quarter | null {
  const match = QUARTER_ID.exec(text);
  if (!match) return null;
  return { year: Number(match[1]), quarter: Number(match[2]) };
}

export function formatQuarterId({ year, quarter }: Quarter): string {
  return `${String(year).padStart(4, '0')}-Q${quarter}`;
}

export function isQuarterId(text: string): boolean {
  return parseQuarterId(text) !== null;
}

/** The quarter `count` quarters after (negative: before) the one named. */
export function addQuarters(id: string, count: number): string {
  const parsed = parseQuarterId(id);
  if (!parsed || !Number.isInteger(count)) throw new RangeError(`not a quarter (like 2026-Q4) or a whole number of quarters: ${id}, ${count}`);
  const index = parsed.year * 4 + parsed.quarter - 1 + count;
  const year = Math.floor(index / 4);
  if (year < 0 || year > 9999) throw new RangeError(`${id} moved by ${count} quarters leaves the years 0000–9999`);
  return formatQuarterId({ year, quarter: (index % 4) + 1 });
}

/** "Q4 2026" for people. */
export function quarterLabel(id: string): string {
  const parsed = parseQuarterId(id);
  return parsed ? `Q${parsed.quarter} ${parsed.year}` : id;
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Whether the runtime knows this IANA time zone (`Europe/Lisbon`, `UTC`). */
export function isTimeZone(timeZone: string): boolean {
  if (timeZone === '' || timeZone.length > 100) return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * The quarter holding the instant `at` on the calendar of `timeZone`, or null when `at` is not an
 * epoch time in ms from 1970 to the end of 9999 (NaN, negative, huge). Throws RangeError for an unknown
 * time zone: check it with `isTimeZone` where it comes from a person.
 */
export function quarterOf(at: number, timeZone: string): string | null {
  if (!Number.isFinite(at) || at < 0 || at > LAST_INSTANT) return null;
  // Reading the calendar through Intl is slow next to the sums (a forecast asks several times a
  // deal), so answers are kept per 15-minute slot (the finest step of any zone's UTC offset), but
  // only for slots where the offset holds throughout and both ends share a quarter: local time
  // then only moves forward inside the slot, so every instant in it has that quarter.
  const slot = Math.floor(at / SLOT_MS);
  let cache = slotCache.get(timeZone);
  const known = cache?.get(slot);
  if (known !== undefined) return known;
  const here = readLocal(at, timeZone);
  if (here === null) return null;
  const first = readLocal(slot * SLOT_MS, timeZone);
  const last = readLocal(slot * SLOT_MS + SLOT_MS - 1, timeZone);
  if (first && last && first.quarter === here.quarter && last.quarter === here.quarter && last.minute - first.minute === SLOT_MS / 60_000 - 1) {
    if (!cache || cache.size >= MAX_CACHED_SLOTS) {
      cache = new Map();
      slotCache.set(timeZone, cache);
    }
    cache.set(slot, here.quarter);
  }
  return here.quarter;
}

const SLOT_MS = 15 * 60 * 1000;
const MAX_CACHED_SLOTS = 20_000;
const slotCache = new Map<string, Map<number, string>>();

/** The quarter of `at` on the zone's calendar, and its local wall-clock minute (minutes since 1970 as if UTC). */
function readLocal(at: number, timeZone: string): { quarter: string; minute: number } | null {
  const values: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const part of formatterFor(timeZone).formatToParts(at)) values[part.type] = Number(part.value);
  const { year, month, day, hour, minute } = values;
  if (year === undefined || month === undefined || day === undefined || hour === undefined || minute === undefined) return null;
  if (!Number.isInteger(year) || !Number.isInteger(month) || year < 0 || year > 9999) return null;
  return {
    quarter: formatQuarterId({ year, quarter: Math.floor((month - 1) / 3) + 1 }),
    minute: Date.UTC(year, month - 1, day, hour, minute) / 60_000,
  };
}
