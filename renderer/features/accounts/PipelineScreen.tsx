import { Link } from 'react-router';
import { buildPipelineBoard, formatMoney, formatTotals, isUnqualifiedLead } from '../../../shared/domain/pipeline.ts';
import type { Opportunity } from '../../../shared/schemas/index.ts';
import { LoadState } from '../../ui/LoadState.tsx';
import { formatDate } from '../crm/labels.ts';
import '../crm/crm.css';
import { useTeam } from '../team/useTeam.ts';
import { useOwnership, useSeesTeam } from '../team/useOwnership.ts';
import { DemoWorkspaceOffer } from '../workspace/DemoWorkspaceOffer.tsx';
import { useAccountsUi } from './accounts.store.ts';
import { LeadDecision } from './LeadDecision.tsx';
import { ALL_REPS, ownedBy, repChoices } from './pipeline-reps.ts';
import './pipeline.css';
import { StageMover } from './StageMover.tsx';
import { useOpportunities } from './useAccounts.ts';

/**
 * The deals by stage with their totals. A manager or an admin holds the whole team's deals:
 * a "Rep" filter narrows the board and its totals to one rep, and with all reps shown each
 * card names its owner. A rep sees their own board, unchanged.
 */
export function PipelineScreen() {
  const opportunities = useOpportunities();
  const seesTeam = useSeesTeam();
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title">Pipeline</h1>
      <LoadState query={opportunities}>
        {(all) => (all.length === 0 ? <DemoWorkspaceOffer /> : seesTeam ? <TeamBoard all={all} /> : <Board opportunities={all} showOwners={false} />)}
      </LoadState>
    </section>
  );
}

function TeamBoard({ all }: { all: Opportunity[] }) {
  const { members } = useTeam();
  const ownershipOf = useOwnership();
  const repId = useAccountsUi((s) => s.pipelineRep);
  const setRepId = useAccountsUi((s) => s.setPipelineRep);
  const choices = repChoices(members, all, (id) => ownershipOf(id).ownerName);
  // A rep chosen earlier who no longer owns a deal here and left the team: back to all reps.
  const shown = choices.some((choice) => choice.id === repId) ? repId : ALL_REPS;
  return (
    <>
      <div className="toolbar">
        <label htmlFor="pipeline-rep">Rep</label>
        <select id="pipeline-rep" value={shown} onChange={(event) => setRepId(event.target.value)}>
          {choices.map((choice) => (
            <option key={choice.id} value={choice.id}>
              {choice.label}
            </option>
          ))}
        </select>
      </div>
      <Board opportunities={ownedBy(all, shown)} showOwners={shown === ALL_REPS} />
    </>
  );
}

function Board({ opportunities, showOwners }: { opportunities: Opportunity[]; showOwners: boolean }) {
  const ownershipOf = useOwnership();
  const board = buildPipelineBoard(opportunities);
  const leads = opportunities.filter(isUnqualifiedLead);
  const owner = (o: Opportunity) => showOwners && <p className="card-owner">{ownershipOf(o.ownerId).ownerName}</p>;
  return (
    <>
      <p role="status">
        Open pipeline: {board.open.count} deals, {formatTotals(board.open.totals)}
      </p>
      {leads.length > 0 && (
        <section aria-labelledby="leads-title" className="leads">
          <h2 id="leads-title">Leads to qualify ({leads.length})</h2>
          <ul className="plain-list">
            {leads.map((lead) => (
              <li key={lead.id}>
                <Link to={`/opportunities/${encodeURIComponent(lead.id)}`}>{lead.name}</Link> <span className="chips-inline">MQL</span>
                {owner(lead)}
                <LeadDecision lead={lead} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="board">
        {board.columns.map((column) => (
          <section key={column.stage} aria-label={column.label} className="board-column">
            <h2>{column.label}</h2>
            <p className="column-totals" aria-label={`${column.label} totals`}>
              {column.count} {column.count === 1 ? 'deal' : 'deals'} · {formatTotals(column.totals)}
            </p>
            <ul className="plain-list">
              {column.opportunities.map((o) => (
                <li key={o.id} className="board-card">
                  <Link to={`/opportunities/${encodeURIComponent(o.id)}`}>{o.name}</Link>
                  {owner(o)}
                  <p className="muted">
                    {formatMoney(o.amount, o.currency ?? 'EUR')} · {formatDate(o.closeDate)}
                  </p>
                  <StageMover opportunity={o} />
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}
