import { describe, expect, it } from 'vitest';
import { ownershipOf, readOnlyLabel } from './ownership.ts';

const members = [
  { id: 'demo-rep', name: 'Riley Morgan' },
  { id: 'demo-rep-2', name: 'Sam Okafor' },
  { id: 'blank-name', name: '   ' },
];
const manager = { userId: 'demo-manager', userName: 'Jordan Lee' };

describe('ownershipOf', () => {
  it.each([
    ['a team member’s document', 'demo-rep', manager, { isMine: false, ownerName: 'Riley Morgan' }],
    ['the signed-in user’s own document', 'demo-manager', manager, { isMine: true, ownerName: 'Jordan Lee' }],
    ['an owner outside the team: the id', 'rep-from-elsewhere', manager, { isMine: false, ownerName: 'rep-from-elsewhere' }],
    ['a member with a blank name: the id', 'blank-name', manager, { isMine: false, ownerName: 'blank-name' }],
    ['no owner at all', '', manager, { isMine: false, ownerName: 'Unknown owner' }],
    ['whitespace as owner', '  ', manager, { isMine: false, ownerName: 'Unknown owner' }],
    ['a look-alike id is not the user', 'demo-manager ', manager, { isMine: false, ownerName: 'demo-manager ' }],
    ['the user’s own, before the session names them', 'local-rep', { userId: 'local-rep', userName: null }, { isMine: true, ownerName: 'local-rep' }],
    ['ids compare exactly, not by case', 'DEMO-REP', { userId: 'demo-rep', userName: 'Riley Morgan' }, { isMine: false, ownerName: 'DEMO-REP' }],
  ])('%s', (_case, ownerId, viewer, expected) => {
    expect(ownershipOf(ownerId, viewer, members)).toEqual(expected);
  });
});

describe('readOnlyLabel', () => {
  it.each([
    ['Riley Morgan', 'deal', "Riley Morgan's deal — read only"],
    ['Sam Okafor', 'note', "Sam Okafor's note — read only"],
    ['demo-rep-2', 'account', "demo-rep-2's account — read only"],
    ['<b>x</b>', 'deal', "<b>x</b>'s deal — read only"],
  ])('%s + %s', (name, what, expected) => {
    expect(readOnlyLabel(name, what)).toBe(expected);
  });
});
