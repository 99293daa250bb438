import { combineLatest, map, of, switchMap } from 'rxjs';
import { observeAccount, observeAccounts, observeContacts } from '../../db/repos/accounts.repo.ts';
import { observeAccountMeetings } from '../../db/repos/meetings.repo.ts';
import { observeAccountNotes } from '../../db/repos/notes.repo.ts';
import { observeAccountOpportunities, observeOpportunities, observeOpportunity } from '../../db/repos/opportunities.repo.ts';
import { useLiveQuery } from '../../db/useDatabase.ts';

export function useAccounts() {
  return useLiveQuery('accounts', observeAccounts);
}

export function useAccountDetail(accountId: string) {
  return useLiveQuery(`account-detail:${accountId}`, (db) =>
    combineLatest({
      account: observeAccount(db, accountId),
      contacts: observeContacts(db, accountId),
      opportunities: observeAccountOpportunities(db, accountId),
      meetings: observeAccountMeetings(db, accountId),
      notes: observeAccountNotes(db, accountId),
    }),
  );
}

export function useOpportunities() {
  return useLiveQuery('opportunities', observeOpportunities);
}

/** A deal and the account it belongs to. */
export function useOpportunityWithAccount(id: string) {
  return useLiveQuery(`opportunity:${id}`, (db) =>
    observeOpportunity(db, id).pipe(
      switchMap((opportunity) =>
        opportunity
          ? observeAccount(db, opportunity.accountId).pipe(map((account) => ({ opportunity, account })))
          : of({ opportunity: null, account: null }),
      ),
    ),
  );
}
