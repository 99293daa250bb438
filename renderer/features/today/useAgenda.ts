import { addLocalDays, agendaWindow, buildAgenda, type AgendaDay } from '../../../shared/domain/agenda.ts';
import { observeAgendaSources } from '../../db/repos/agenda.repo.ts';
import { observeOpenNextSteps } from '../../db/repos/notes.repo.ts';
import { useLiveQuery } from '../../db/useDatabase.ts';
import { map } from 'rxjs';

/** The meetings of today and the next 7 days, grouped by day; `now` moves the window at midnight. */
export function useAgenda(now: number) {
  const range = agendaWindow(now);
  return useLiveQuery<AgendaDay[]>(`agenda:${range.from}`, (db) =>
    observeAgendaSources(db, range).pipe(map((s) => buildAgenda(s.meetings, s.accounts, s.opportunities, now))),
  );
}

/** Next steps come from notes edited in the last few months: older notes' steps are history. */
export const NEXT_STEPS_FROM_NOTES_DAYS = 120;

/** The rep's open next steps falling due by the end of the agenda window, overdue ones first. */
export function useNextStepsDue(ownerId: string, now: number) {
  const { from, to } = agendaWindow(now);
  const editedSince = addLocalDays(from, -NEXT_STEPS_FROM_NOTES_DAYS);
  return useLiveQuery(`next-steps:${ownerId}:${to}`, (db) => observeOpenNextSteps(db, ownerId, to, editedSince));
}
