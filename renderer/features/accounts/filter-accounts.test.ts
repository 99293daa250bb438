import { describe, expect, it } from 'vitest';
import type { Account } from '../../../shared/schemas/index.ts';
import { filterAccounts } from './filter-accounts.ts';

const account = (name: string, extra: Partial<Account> = {}): Account => ({ id: name, ownerId: 'r', name, createdAt: 0, updatedAt: 0, ...extra });
const all = [account('Tamsin Foods', { city: 'Lyon', industry: 'Food' }), account('Café Müller', { country: 'DE' }), account('Halden Cold Chain')];

describe('filterAccounts', () => {
  it.each([
    ['', ['Tamsin Foods', 'Café Müller', 'Halden Cold Chain']],
    ['tamsin', ['Tamsin Foods']],
    ['food lyon', ['Tamsin Foods']],
    ['cafe muller', ['Café Müller']],
    ['  COLD  ', ['Halden Cold Chain']],
    ['nothing', []],
  ])('%j finds %j', (query, names) => {
    expect(filterAccounts(all, query).map((a) => a.name)).toEqual(names);
  });
});
