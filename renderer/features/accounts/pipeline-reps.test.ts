import { describe, expect, it } from 'vitest';
import { ALL_REPS, ownedBy, repChoices } from './pipeline-reps.ts';

const members = [
  { id: 'demo-rep', name: 'Riley Morgan' },
  { id: 'demo-rep-2', name: 'Sam Okafor' },
];
const names: Record<string, string> = { 'demo-rep': 'Riley Morgan', 'demo-rep-2': 'Sam Okafor', 'demo-manager': 'Jordan Lee' };
const nameOf = (id: string) => names[id] ?? id;
const deals = [
  { id: 'a', ownerId: 'demo-rep' },
  { id: 'b', ownerId: 'demo-rep-2' },
  { id: 'c', ownerId: 'left-the-team' },
  { id: 'd', ownerId: 'demo-rep' },
  { id: 'e', ownerId: 'demo-manager' },
];

describe('repChoices', () => {
  it.each([
    [
      'team first, then other owners present by name',
      members,
      deals,
      ['All reps', 'Riley Morgan', 'Sam Okafor', 'Jordan Lee', 'left-the-team'],
    ],
    ['a team member without deals is still offered', members, [], ['All reps', 'Riley Morgan', 'Sam Okafor']],
    ['no team known (offline, never fetched): the owners present, by name', [], deals.slice(0, 3), ['All reps', 'left-the-team', 'Riley Morgan', 'Sam Okafor']],
    ['nothing at all', [], [], ['All reps']],
    ['an empty owner id never doubles "All reps"', [], [{ ownerId: '' }], ['All reps']],
    ['each owner once', [], [{ ownerId: 'x' }, { ownerId: 'x' }], ['All reps', 'x']],
  ])('%s', (_case, team, owned, labels) => {
    expect(repChoices(team, owned, nameOf).map((choice) => choice.label)).toEqual(labels);
  });

  it('keeps the owner ids as values, "All reps" first', () => {
    expect(repChoices(members, deals, nameOf).map((choice) => choice.id)).toEqual([ALL_REPS, 'demo-rep', 'demo-rep-2', 'demo-manager', 'left-the-team']);
  });
});

describe('ownedBy', () => {
  it.each([
    ['all reps', ALL_REPS, ['a', 'b', 'c', 'd', 'e']],
    ['one rep', 'demo-rep', ['a', 'd']],
    ['an owner with no deals', 'nobody', []],
    ['ids compare exactly', 'DEMO-REP', []],
  ])('%s', (_case, repId, ids) => {
    expect(ownedBy(deals, repId).map((deal) => deal.id)).toEqual(ids);
  });
});
