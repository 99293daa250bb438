import { useMemo } from 'react';
import { isOverdue, teamReadiness, teamRepIds, type KitReadiness, type TeamKitReadiness } from '../../../shared/domain/readiness.ts';
import type { EnablementKit } from '../../../shared/schemas/index.ts';
import type { TeamReadinessInputs } from '../../db/repos/readiness.repo.ts';
import { LoadState } from '../../ui/LoadState.tsx';
import { useNow } from '../../ui/useNow.ts';
import { formatDate } from '../crm/labels.ts';
import { useTeam } from '../team/useTeam.ts';
import { percent } from './readiness-labels.ts';
import { useTeamReadinessInputs } from './useReadiness.ts';

function checkCell({ check }: KitReadiness): string {
  if (!check.isRequired) return 'No check';
  if (check.passedAt !== null) return `Passed (${percent(check.bestScore ?? 0)})`;
  return check.attempts > 0 ? `Not passed (best ${percent(check.bestScore ?? 0)})` : 'Not taken';
}

function statusCell(kit: EnablementKit, row: KitReadiness, now: number): string {
  if (row.isComplete) return row.completedAt === null ? 'Complete' : `Complete since ${formatDate(row.completedAt)}`;
  return isOverdue(kit, row, now) ? 'Overdue' : 'In progress';
}

function KitTable({ entry, names, now }: { entry: TeamKitReadiness; names: ReadonlyMap<string, string>; now: number }) {
  const { kit, reps, completeCount } = entry;
  return (
    <section aria-label={`${kit.title}: team`}>
      <h3>{kit.title}</h3>
      <p className="muted">
        {completeCount} of {reps.length} {reps.length === 1 ? 'rep' : 'reps'} complete · due {formatDate(kit.dueDate)}
      </p>
      <table aria-label={`Team readiness: ${kit.title}`}>
        <thead>
          <tr>
            <th scope="col">Rep</th>
            <th scope="col">Done</th>
            <th scope="col">Knowledge check</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {reps.map((row) => (
            <tr key={row.repId}>
              <th scope="row">{names.get(row.repId) ?? row.repId}</th>
              <td>
                {row.done} of {row.total}
              </td>
              <td>{checkCell(row)}</td>
              <td>{statusCell(kit, row, now)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function TeamTables({ inputs, viewerId }: { inputs: TeamReadinessInputs; viewerId: string }) {
  const team = useTeam();
  const now = useNow();
  const names = useMemo(() => new Map(team.members.map((member) => [member.id, member.name])), [team.members]);
  const entries = useMemo(() => {
    const repIds = teamRepIds(team.members, inputs.activities, viewerId);
    return teamReadiness(inputs.kits, inputs.index, inputs.activities, repIds);
  }, [team.members, inputs, viewerId]);
  return (
    <>
      {team.source === 'none' && <p className="muted">The team list has not reached this laptop yet: reps are shown by their id.</p>}
      {team.source === 'cached' && <p className="muted">Names from the team list last fetched; it refreshes when you are online.</p>}
      {entries.length === 0 ? (
        <p className="muted">No launch kits on this laptop yet.</p>
      ) : entries[0]?.reps.length === 0 ? (
        <p className="muted">No reps on your team yet.</p>
      ) : (
        entries.map((entry) => <KitTable key={entry.kit.id} entry={entry} names={names} now={now} />)
      )}
    </>
  );
}

/**
 * For managers and admins: each kit, with what every rep on the team has done, from the reps'
 * activities this laptop already pulls (managers read their team's documents).
 */
export function TeamReadiness({ viewerId }: { viewerId: string }) {
  const inputs = useTeamReadinessInputs();
  return (
    <section aria-labelledby="team-readiness-title" className="team-readiness">
      <h2 id="team-readiness-title">Your team’s readiness</h2>
      <LoadState query={inputs}>{(found) => <TeamTables inputs={found} viewerId={viewerId} />}</LoadState>
    </section>
  );
}
