import { Link } from 'react-router';
import { buildPipelineBoard, formatMoney, formatTotals, isUnqualifiedLead } from '../../../shared/domain/pipeline.ts';
import { LoadState } from '../../ui/LoadState.tsx';
import { formatDate } from '../crm/labels.ts';
import '../crm/crm.css';
import { DemoWorkspaceOffer } from '../workspace/DemoWorkspaceOffer.tsx';
import { LeadDecision } from './LeadDecision.tsx';
import './pipeline.css';
import { StageMover } from './StageMover.tsx';
import { useOpportunities } from './useAccounts.ts';

export function PipelineScreen() {
  const opportunities = useOpportunities();
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title">Pipeline</h1>
      <LoadState query={opportunities}>
        {(all) => {
          if (all.length === 0) return <DemoWorkspaceOffer />;
          const board = buildPipelineBoard(all);
          const leads = all.filter(isUnqualifiedLead);
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
        }}
      </LoadState>
    </section>
  );
}
