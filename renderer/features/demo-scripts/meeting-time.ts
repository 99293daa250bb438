/** Meetings a demo run can be for, and how the player names them: "Today, 14:00", "Wed 3 Dec, 10:30". */
const DAY_MS = 24 * 60 * 60 * 1000;

/** Midnight at the start of the local day holding `now`. */
export function startOfDay(now: number): number {
  const day = new Date(now);
  day.setHours(0, 0, 0, 0);
  return day.getTime();
}

/** Today and the next seven days: the meetings a rep plays a demo in. */
export function demoMeetingRange(now: number): { from: number; to: number } {
  const from = startOfDay(now);
  return { from, to: startOfDay(from + 8 * DAY_MS + DAY_MS / 2) };
}

const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });
const date = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short' });

export function describeMeetingTime(startsAt: number, now: number): string {
  if (!Number.isFinite(startsAt)) return 'Unknown time';
  const days = Math.round((startOfDay(startsAt) - startOfDay(now)) / DAY_MS);
  const day = days === 0 ? 'Today' : days === 1 ? 'Tomorrow' : days === -1 ? 'Yesterday' : date.format(startsAt);
  return `${day}, ${time.format(startsAt)}`;
}

/** "29 Nov 2026, 14:03": when a past run was played. */
export function describeRunTime(at: number): string {
  return Number.isFinite(at) ? new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(at) : 'Unknown time';
}
