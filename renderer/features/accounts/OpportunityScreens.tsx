import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { formatMoney } from '../../../shared/domain/pipeline.ts';
import { useSession } from '../../app/session.store.ts';
import { createOpportunity, updateOpportunity } from '../../db/repos/opportunities.repo.ts';
import { useDatabase } from '../../db/useDatabase.ts';
import { LoadState } from '../../ui/LoadState.tsx';
import { formatDate, formatDateTime } from '../crm/labels.ts';
import { CompetitorList } from '../crm/StageBadge.tsx';
import { ReadOnlyNotice } from '../team/ReadOnlyNotice.tsx';
import { useOwnership } from '../team/useOwnership.ts';
import { LeadDecision } from './LeadDecision.tsx';
import { OpportunityForm } from './OpportunityForm.tsx';
import { historyLines } from './stage-history.ts';
import { StageMover } from './StageMover.tsx';
import { useAccountDetail, useOpportunityWithAccount } from './useAccounts.ts';

export function NewOpportunityScreen() {
  const { accountId = '' } = useParams();
  const db = useDatabase();
  const userId = useSession((s) => s.userId);
  const navigate = useNavigate();
  const detail = useAccountDetail(accountId);
  const ownershipOf = useOwnership();
  return (
    <section aria-labelledby="screen-title">
      <Link to={`/accounts/${encodeURIComponent(accountId)}`} className="back">
        Back to the account
      </Link>
      <LoadState query={detail}>
        {({ account }) =>
          account && !ownershipOf(account.ownerId).isMine ? (
            <>
              <h1 id="screen-title">{account.name}</h1>
              <ReadOnlyNotice ownership={ownershipOf(account.ownerId)} what="account" />
            </>
          ) : account ? (
            <>
              <h1 id="screen-title">New opportunity at {account.name}</h1>
              <OpportunityForm
                opportunity={null}
                submitLabel="Create opportunity"
                onSave={async (fields) => {
                  const created = await createOpportunity(db, { ownerId: userId, accountId: account.id, ...fields });
                  await navigate(`/opportunities/${encodeURIComponent(created.id)}`, { replace: true });
                }}
              />
            </>
          ) : (
            <h1 id="screen-title">Account not found</h1>
          )
        }
      </LoadState>
    </section>
  );
}

export function OpportunityScreen() {
  const { opportunityId = '' } = useParams();
  const db = useDatabase();
  const found = useOpportunityWithAccount(opportunityId);
  const ownershipOf = useOwnership();
  const [editing, setEditing] = useState(false);
  return (
    <LoadState query={found}>
      {({ opportunity, account }) =>
        opportunity ? (
          <article aria-labelledby="screen-title">
            <Link to={account ? `/accounts/${encodeURIComponent(account.id)}` : '/pipeline'} className="back">
              {account ? account.name : 'Pipeline'}
            </Link>
            <p className="eyebrow">Opportunity{opportunity.lead?.status === 'mql' ? ' · marketing-qualified lead' : ''}</p>
            <h1 id="screen-title">{opportunity.name}</h1>
            <ReadOnlyNotice ownership={ownershipOf(opportunity.ownerId)} what="deal" />
            {opportunity.lead?.status === 'mql' && <LeadDecision lead={opportunity} />}
            {opportunity.lead?.status === 'disqualified' && <p>Disqualified: {opportunity.lead.reason}</p>}
            {editing && ownershipOf(opportunity.ownerId).isMine ? (
              <OpportunityForm
                opportunity={opportunity}
                submitLabel="Save opportunity"
                onSave={async (fields) => {
                  await updateOpportunity(db, opportunity.id, fields);
                  setEditing(false);
                }}
              />
            ) : (
              <>
                <dl className="facts">
                  <dt>Stage</dt>
                  <dd>
                    <StageMover opportunity={opportunity} />
                  </dd>
                  <dt>Amount</dt>
                  <dd>{formatMoney(opportunity.amount, opportunity.currency ?? 'EUR')}</dd>
                  <dt>Close date</dt>
                  <dd>{formatDate(opportunity.closeDate)}</dd>
                  <dt>Product</dt>
                  <dd>{opportunity.product ?? '—'}</dd>
                  <dt>Competitors</dt>
                  <dd>
                    <CompetitorList competitors={opportunity.competitors} />
                  </dd>
                </dl>
                {ownershipOf(opportunity.ownerId).isMine && (
                  <div className="toolbar">
                    <button type="button" onClick={() => setEditing(true)}>
                      Edit opportunity
                    </button>
                  </div>
                )}
              </>
            )}
            <section aria-labelledby="history-title">
              <h2 id="history-title">Stage history</h2>
              <ol className="plain-list">
                {historyLines(opportunity.stageHistory, opportunity.currency ?? 'EUR', formatDate).map((line, i) => (
                  <li key={`${line.at}:${i}`}>
                    {line.text} <span className="muted">{formatDateTime(line.at)}</span>
                  </li>
                ))}
              </ol>
            </section>
          </article>
        ) : (
          <section aria-labelledby="screen-title">
            <h1 id="screen-title">Opportunity not found</h1>
            <p>This opportunity is not on this laptop.</p>
          </section>
        )
      }
    </LoadState>
  );
}
