/**
 * Today's meetings with the accounts and deals they are about: the meetings by the startsAt
 * index, then only the accounts and deals they name (by primary key), so the screen opens fast
 * however many accounts the laptop holds.
 */
import { combineLatest, map, of, switchMap, type Observable } from 'rxjs';
import type { Account, Meeting, Opportunity } from '../../../shared/schemas/index.ts';
import type { FieldcaseDatabase } from '../database.ts';
import { observeMeetingsStarting } from './meetings.repo.ts';

export interface AgendaSources {
  meetings: Meeting[];
  accounts: ReadonlyMap<string, Account>;
  opportunities: ReadonlyMap<string, Opportunity>;
}

function jsonMap<T>(docs: ReadonlyMap<string, { toMutableJSON(): T }>): Map<string, T> {
  return new Map([...docs].map(([id, doc]) => [id, doc.toMutableJSON()]));
}

export function observeAgendaSources(db: FieldcaseDatabase, range: { from: number; to: number }): Observable<AgendaSources> {
  return observeMeetingsStarting(db, range).pipe(
    switchMap((meetings) => {
      const accountIds = [...new Set(meetings.map((m) => m.accountId))];
      const opportunityIds = [...new Set(meetings.flatMap((m) => (m.opportunityId ? [m.opportunityId] : [])))];
      if (meetings.length === 0) return of({ meetings, accounts: new Map(), opportunities: new Map() });
      return combineLatest([db.accounts.findByIds(accountIds).$, db.opportunities.findByIds(opportunityIds).$]).pipe(
        map(([accounts, opportunities]) => ({ meetings, accounts: jsonMap(accounts), opportunities: jsonMap(opportunities) })),
      );
    }),
  );
}
