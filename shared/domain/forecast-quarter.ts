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
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, calendar: 'gregory', numberingSystem: 'latn', year: 'numeric', month: 'numeric' });
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
  let year = Number.NaN;
  let month = Number.NaN;
  for (const part of formatterFor(timeZone).formatToParts(at)) {
    if (part.type === 'year') year = Number(part.value);
    else if (part.type === 'month') month = Number(part.value);
  }
  if (!Number.isInteger(year) || !Number.isInteger(month) || year < 0 || year > 9999) return null;
  return formatQuarterId({ year, quarter: Math.floor((month - 1) / 3) + 1 });
}
