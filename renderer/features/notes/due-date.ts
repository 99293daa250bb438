/**
 * Next steps are due on a day. The date field speaks "YYYY-MM-DD" in the rep's own time zone;
 * the note stores the start of that day in epoch ms, so "due today" stays due all day.
 */
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function toDateInput(dueAt: number | null): string {
  if (dueAt === null) return '';
  const date = new Date(dueAt);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** '' is "no due date" (null); a value that is not a real date is refused (undefined). */
export function fromDateInput(value: string): number | null | undefined {
  if (value === '') return null;
  const match = DATE.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  // The Date constructor rolls 2025-02-30 over to March: the round trip refuses such dates.
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) return undefined;
  return date.getTime();
}

/** "Mon 3 Nov" for a due date; "overdue" is the caller's to say. */
export function describeDueDate(dueAt: number): string {
  return new Date(dueAt).toLocaleDateString(undefined, { weekday: 'short', day: 'numeric', month: 'short' });
}
