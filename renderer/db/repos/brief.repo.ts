/**
 * Everything the pre-call brief is built from, read from the laptop alone and kept live: a note
 * synced in while the rep reads updates the brief. The choosing is shared/domain/brief.ts.
 */
import { combineLatest, map, of, switchMap, type Observable } from 'rxjs';
import type { BriefSources } from '../../../shared/domain/brief.ts';
import type { FieldcaseDatabase } from '../database.ts';
import { observeAccountNotes } from './notes.repo.ts';

function json<T>(docs: readonly { toMutableJSON(): T }[]): T[] {
  return docs.map((doc) => doc.toMutableJSON());
}

/** The account's own documents (and the meeting, when the brief is for one). */
function observeAccountSide(db: FieldcaseDatabase, accountId: string, meetingId: string | null) {
  return combineLatest({
    account: db.accounts.findOne(accountId).$,
    meeting: meetingId ? db.meetings.findOne(meetingId).$ : of(null),
    contacts: db.contacts.find({ selector: { accountId } }).$,
    opportunities: db.opportunities.find({ selector: { accountId } }).$,
    notes: observeAccountNotes(db, accountId),
    feedback: db.feedback.find({ selector: { accountId } }).$,
  });
}

/** Every competitor the account's deals, notes and feedback name: the battle cards the brief may show. */
function namedCompetitors(side: { opportunities: readonly { competitors: string[] }[]; notes: readonly { competitors: string[] }[]; feedback: readonly { competitor?: string }[] }): string[] {
  const names = new Set<string>();
  for (const o of side.opportunities) for (const c of o.competitors) names.add(c);
  for (const n of side.notes) for (const c of n.competitors) names.add(c);
  for (const f of side.feedback) if (f.competitor) names.add(f.competitor);
  return [...names].sort();
}

/** Published content: the named competitors' cards (by the competitor index); collateral, scripts and kits are few. */
function observeContent(db: FieldcaseDatabase, competitors: string[]) {
  return combineLatest({
    battleCards: competitors.length === 0 ? of([]) : db.battle_cards.find({ selector: { competitor: { $in: competitors } } }).$,
    collateral: db.collateral.find().$,
    demoScripts: db.demo_scripts.find().$,
    kits: db.enablement_kits.find().$,
  });
}

/**
 * The brief's sources for an account, or for a meeting (its account then). Null when the
 * account (or the meeting) is not on this laptop.
 */
export function observeBriefSources(db: FieldcaseDatabase, target: { accountId: string } | { meetingId: string }): Observable<BriefSources | null> {
  const accountAndMeeting: Observable<{ accountId: string; meetingId: string | null } | null> =
    'meetingId' in target
      ? db.meetings.findOne(target.meetingId).$.pipe(map((meeting) => (meeting ? { accountId: meeting.accountId, meetingId: meeting.id } : null)))
      : of({ accountId: target.accountId, meetingId: null });
  return accountAndMeeting.pipe(
    switchMap((ids) => {
      if (!ids) return of(null);
      return observeAccountSide(db, ids.accountId, ids.meetingId).pipe(
        switchMap((side) => {
          const competitors = namedCompetitors(side);
          return observeContent(db, competitors).pipe(map((content) => ({ side, content })));
        }),
        map(({ side, content }): BriefSources | null => {
          if (!side.account) return null;
          return {
            account: side.account.toMutableJSON(),
            meeting: side.meeting ? side.meeting.toMutableJSON() : null,
            contacts: json(side.contacts),
            opportunities: json(side.opportunities),
            notes: side.notes,
            feedback: json(side.feedback),
            battleCards: json(content.battleCards),
            collateral: json(content.collateral),
            demoScripts: json(content.demoScripts),
            kits: json(content.kits),
          };
        }),
      );
    }),
  );
}
