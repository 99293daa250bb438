/**
 * Today's plan: the rep's meetings from the start of today through the next 7 days, one group per
 * day in the rep's own time zone, each with what the rep needs at a glance. Pure.
 */
import type { Account, Meeting, Opportunity, OpportunityStage } from '../schemas/index.ts';

export const AGENDA_DAYS = 8; // today and the next 7 days

export interface AgendaMeeting {
  meeting: Meeting;
  accountName: string;
  stage: OpportunityStage | null;
  competitors: string[];
}

export interface AgendaDay {
  /** Local midnight that starts the day. */
  start: number;
  meetings: AgendaMeeting[];
}

/** Local midnight of the day containing `at` (the runtime's time zone: the rep's own). */
export function startOfLocalDay(at: number): number {
  const date = new Date(at);
  date.setHours(0, 0, 0, 0);
  return date.getTime();
}

/** Local midnight `days` days after the one that starts `dayStart` (DST-safe). */
export function addLocalDays(dayStart: number, days: number): number {
  const date = new Date(dayStart);
  date.setDate(date.getDate() + days);
  date.setHours(0, 0, 0, 0);
  return date.getTime();
}

/** The window Today shows: [start of today, start of the day after the 7th day). */
export function agendaWindow(now: number): { from: number; to: number } {
  const from = startOfLocalDay(now);
  return { from, to: addLocalDays(from, AGENDA_DAYS) };
}

export function buildAgenda(
  meetings: readonly Meeting[],
  accounts: ReadonlyMap<string, Account>,
  opportunities: ReadonlyMap<string, Opportunity>,
  now: number,
): AgendaDay[] {
  const { from, to } = agendaWindow(now);
  const days = new Map<number, AgendaMeeting[]>();
  const sorted = meetings.filter((m) => m.startsAt >= from && m.startsAt < to).sort((a, b) => a.startsAt - b.startsAt || a.title.localeCompare(b.title));
  for (const meeting of sorted) {
    const opportunity = meeting.opportunityId ? opportunities.get(meeting.opportunityId) : undefined;
    const day = startOfLocalDay(meeting.startsAt);
    const entry: AgendaMeeting = {
      meeting,
      accountName: accounts.get(meeting.accountId)?.name ?? 'Account not on this laptop',
      stage: opportunity?.stage ?? null,
      competitors: opportunity ? [...opportunity.competitors] : [],
    };
    const list = days.get(day);
    if (list) list.push(entry);
    else days.set(day, [entry]);
  }
  return [...days].map(([start, list]) => ({ start, meetings: list }));
}

/** "Today", "Tomorrow", or the weekday and date. */
export function describeDay(dayStart: number, now: number, locale?: string): string {
  const today = startOfLocalDay(now);
  if (dayStart === today) return 'Today';
  if (dayStart === addLocalDays(today, 1)) return 'Tomorrow';
  return new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long' }).format(dayStart);
}
