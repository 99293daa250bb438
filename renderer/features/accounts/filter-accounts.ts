import type { Account } from '../../../shared/schemas/index.ts';

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLocaleLowerCase();
}

/** Accounts whose name, industry, segment, city or country contain every word typed. */
export function filterAccounts(accounts: readonly Account[], query: string): Account[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...accounts];
  return accounts.filter((a) => {
    const haystack = fold([a.name, a.industry, a.segment, a.city, a.country].filter(Boolean).join(' '));
    return words.every((word) => haystack.includes(word));
  });
}
