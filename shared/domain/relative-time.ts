/** "updated 3 days ago": how fresh a battle card or a note is, in words a rep reads at a glance. */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * DAY],
  ['month', 30 * DAY],
  ['week', 7 * DAY],
  ['day', DAY],
  ['hour', HOUR],
  ['minute', MINUTE],
];

const format = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

export function describeAge(then: number, now: number): string {
  const elapsed = now - then;
  if (!Number.isFinite(elapsed)) return 'at an unknown time';
  if (Math.abs(elapsed) < MINUTE) return 'just now';
  for (const [unit, size] of UNITS) {
    if (Math.abs(elapsed) >= size) return format.format(-Math.trunc(elapsed / size), unit);
  }
  return 'just now';
}
