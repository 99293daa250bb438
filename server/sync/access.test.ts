import { describe, expect, it } from 'vitest';
import type { SessionUser, UserRole } from '../../shared/sync/protocol.ts';
import { canRead, readScope, writeRefusal } from './access.ts';

const user = (role: UserRole, id = `u-${role}`): SessionUser => ({ id, role, email: `${id}@x.test`, name: id });

describe('read scope', () => {
  it.each([
    ['rep', 'call_notes', { all: false, ownerId: 'u-rep' }],
    ['rep', 'battle_cards', { all: true }],
    ['manager', 'call_notes', { all: true }],
    ['admin', 'opportunities', { all: true }],
    ['marketing', 'feedback', { all: true }],
    ['marketing', 'call_notes', { all: false, ownerId: 'u-marketing' }],
    ['marketing', 'demo_scripts', { all: true }],
  ] as const)('%s reading %s', (role, collection, scope) => {
    expect(readScope(user(role), collection)).toEqual(scope);
  });

  it('lets a scoped reader see only the owner’s documents, never ownerless ones', () => {
    const scope = readScope(user('rep'), 'call_notes');
    expect(canRead(scope, 'u-rep')).toBe(true);
    expect(canRead(scope, 'someone-else')).toBe(false);
    expect(canRead(scope, null)).toBe(false);
  });
});

describe('write refusal', () => {
  it.each([
    ['rep', 'call_notes', 'u-rep', undefined, null],
    ['rep', 'call_notes', 'u-rep', 'u-rep', null],
    ['rep', 'call_notes', 'other', undefined, 'can only be written by their owner'],
    ['rep', 'call_notes', 'u-rep', 'other', 'belongs to another user'],
    ['manager', 'opportunities', 'u-rep', 'u-rep', 'can only be written by their owner'],
    ['rep', 'battle_cards', null, undefined, 'only marketing and admins publish'],
    ['manager', 'collateral', null, undefined, 'only marketing and admins publish'],
    ['marketing', 'battle_cards', null, undefined, null],
    ['admin', 'enablement_kits', null, 'x', null],
  ] as const)('%s writing %s owned by %s (stored owner %s)', (role, collection, owner, stored, refusal) => {
    const result = writeRefusal(user(role), collection, owner, stored);
    if (refusal === null) expect(result).toBeNull();
    else expect(result).toContain(refusal);
  });
});
