/** Accounts and their contacts on this laptop: the rep's customers and prospects. */
import { map, type Observable } from 'rxjs';
import type { AccountFields } from '../../../shared/domain/crm-input.ts';
import type { Account, Contact } from '../../../shared/schemas/index.ts';
import type { FieldcaseDatabase } from '../database.ts';
import { assertOwnDocument } from './owner-guard.ts';

export class AccountNotFoundError extends Error {
  constructor(readonly accountId: string) {
    super(`The account ${accountId} is not on this laptop.`);
    this.name = 'AccountNotFoundError';
  }
}

/** Every account by name (served by the name index). */
export function observeAccounts(db: FieldcaseDatabase): Observable<Account[]> {
  return db.accounts.find({ sort: [{ name: 'asc' }] }).$.pipe(map((docs) => docs.map((doc) => doc.toMutableJSON())));
}

export function observeAccount(db: FieldcaseDatabase, id: string): Observable<Account | null> {
  return db.accounts.findOne(id).$.pipe(map((doc) => (doc ? doc.toMutableJSON() : null)));
}

export function observeContacts(db: FieldcaseDatabase, accountId: string): Observable<Contact[]> {
  return db.contacts
    .find({ selector: { accountId } })
    .$.pipe(map((docs) => docs.map((doc) => doc.toMutableJSON()).sort((a, b) => a.name.localeCompare(b.name))));
}

/** Every contact, for search and lists that name people. */
export function observeAllContacts(db: FieldcaseDatabase): Observable<Contact[]> {
  return db.contacts.find().$.pipe(map((docs) => docs.map((doc) => doc.toMutableJSON())));
}

export async function createAccount(db: FieldcaseDatabase, ownerId: string, fields: AccountFields, now = Date.now()): Promise<Account> {
  assertOwnDocument('account', ownerId);
  const doc = await db.accounts.insert({ id: crypto.randomUUID(), ownerId, ...fields, createdAt: now, updatedAt: now });
  return doc.toMutableJSON();
}

const OPTIONAL_ACCOUNT_FIELDS = ['industry', 'segment', 'website', 'city', 'country', 'summary'] as const;

/** Replaces the rep-editable fields: a field left empty in the form is removed. */
export async function updateAccount(db: FieldcaseDatabase, id: string, fields: AccountFields, now = Date.now()): Promise<Account> {
  const doc = await db.accounts.findOne(id).exec();
  if (!doc) throw new AccountNotFoundError(id);
  assertOwnDocument('account', doc.ownerId);
  const updated = await doc.incrementalModify((current) => {
    const next: Account = { ...current, name: fields.name, updatedAt: now };
    for (const key of OPTIONAL_ACCOUNT_FIELDS) {
      const value = fields[key];
      if (value === undefined) delete next[key];
      else next[key] = value;
    }
    return next;
  });
  return updated.toMutableJSON();
}
