import { describe, expect, it } from 'vitest';
import type { Account, Meeting, Opportunity } from '../schemas/index.ts';
import { addLocalDays, agendaWindow, buildAgenda, describeDay, startOfLocalDay } from './agenda.ts';

const now = new Date(2026, 10, 29, 9, 30).getTime(); // local time, whatever the zone
const at = (dayOffset: number, hour: number) => {
  const date = new Date(2026, 10, 29 + dayOffset, hour, 0);
  return date.getTime();
};

function meeting(id: string, startsAt: number, extra: Partial<Meeting> = {}): Meeting {
  return {
    id,
    ownerId: 'rep',
    accountId: 'acc-1',
    opportunityId: 'opp-1',
    title: id,
    kind: 'visit',
    startsAt,
    createdAt: 0,
    updatedAt: 0,
    ...extra,
  };
}

const accounts = new Map([['acc-1', { id: 'acc-1', name: 'Halden Cold Chain' } as Account]]);
const opportunities = new Map([['opp-1', { id: 'opp-1', stage: 'negotiation', competitors: ['Quantrel'] } as unknown as Opportunity]]);

describe('agendaWindow', () => {
  it('runs from local midnight today for 8 days', () => {
    const { from, to } = agendaWindow(now);
    expect(new Date(from).getHours()).toBe(0);
    expect(from).toBe(startOfLocalDay(now));
    expect(to).toBe(addLocalDays(from, 8));
    expect(new Date(to).getDate()).toBe(7); // 29 Nov + 8 days = 7 Dec
  });
});

describe('buildAgenda', () => {
  it('groups the window’s meetings by day, in time order, with account, stage and competitors', () => {
    const days = buildAgenda(
      [meeting('later today', at(0, 15)), meeting('earlier today', at(0, 8)), meeting('in a week', at(7, 10)), meeting('tomorrow', at(1, 9))],
      accounts,
      opportunities,
      now,
    );
    expect(days.map((d) => d.meetings.map((m) => m.meeting.id))).toEqual([['earlier today', 'later today'], ['tomorrow'], ['in a week']]);
    expect(days[0]?.meetings[0]).toMatchObject({ accountName: 'Halden Cold Chain', stage: 'negotiation', competitors: ['Quantrel'] });
  });

  it.each([
    ['yesterday', at(-1, 23)],
    ['eight days out', at(8, 0)],
  ])('leaves out a meeting %s', (_, startsAt) => {
    expect(buildAgenda([meeting('m', startsAt)], accounts, opportunities, now)).toEqual([]);
  });

  it('keeps a meeting whose account or deal is not on the laptop, and says so', () => {
    const [day] = buildAgenda([meeting('m', at(0, 12), { accountId: 'gone', opportunityId: null })], accounts, opportunities, now);
    expect(day?.meetings[0]).toMatchObject({ accountName: 'Account not on this laptop', stage: null, competitors: [] });
  });
});

describe('describeDay', () => {
  it.each([
    [0, 'Today'],
    [1, 'Tomorrow'],
  ])('day +%d is %s', (offset, label) => {
    expect(describeDay(addLocalDays(startOfLocalDay(now), offset), now)).toBe(label);
  });

  it('names later days by weekday and date', () => {
    expect(describeDay(addLocalDays(startOfLocalDay(now), 2), now, 'en-GB')).toBe('Tuesday 1 December');
  });
});
