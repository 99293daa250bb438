/**
 * What a call note can be linked to: the rep's accounts, opportunities and meetings on this
 * laptop, as short choices for the note editor's pickers.
 */
import { combineLatest, map, type Observable } from 'rxjs';
import type { FieldcaseDatabase } from '../database.ts';

export interface LinkChoice {
  id: string;
  label: string;
  accountId: string | null;
}

export interface NoteLinkChoices {
  accounts: LinkChoice[];
  opportunities: LinkChoice[];
  meetings: (LinkChoice & { startsAt: number })[];
}

/** Accounts by name; opportunities by name; meetings newest first (the call just held comes first). */
export function observeNoteLinkChoices(db: FieldcaseDatabase): Observable<NoteLinkChoices> {
  return combineLatest([
    db.accounts.find({ sort: [{ name: 'asc' }] }).$,
    db.opportunities.find().$,
    db.meetings.find({ sort: [{ startsAt: 'desc' }] }).$,
  ]).pipe(
    map(([accounts, opportunities, meetings]) => ({
      accounts: accounts.map((a) => ({ id: a.id, label: a.name, accountId: a.id })),
      opportunities: opportunities
        .map((o) => ({ id: o.id, label: o.name, accountId: o.accountId }))
        .sort((a, b) => a.label.localeCompare(b.label)),
      meetings: meetings.map((m) => ({ id: m.id, label: m.title, accountId: m.accountId, startsAt: m.startsAt })),
    })),
  );
}
