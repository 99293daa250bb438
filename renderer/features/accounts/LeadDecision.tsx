import { useId, useState, type FormEvent } from 'react';
import type { Opportunity } from '../../../shared/schemas/index.ts';
import { disqualifyOpportunityLead, qualifyOpportunityLead } from '../../db/repos/opportunities.repo.ts';
import { useDatabase } from '../../db/useDatabase.ts';
import { readOnlyLabel } from '../team/ownership.ts';
import { useOwnership } from '../team/useOwnership.ts';

/**
 * A marketing-qualified lead: the rep qualifies it (SQL) or turns it down with a reason. Only
 * the lead's owner decides; a manager sees whose decision it is.
 */
export function LeadDecision({ lead }: { lead: Opportunity }) {
  const db = useDatabase();
  const ownership = useOwnership()(lead.ownerId);
  const reasonId = useId();
  const [disqualifying, setDisqualifying] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const fail = (e: unknown) => setError(e instanceof Error ? e.message : String(e));

  const disqualify = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    disqualifyOpportunityLead(db, lead.id, reason).catch(fail);
  };

  return (
    <div className="lead-decision" role="group" aria-label={`Lead: ${lead.name}`}>
      {lead.lead?.reason && <p className="muted">From marketing: {lead.lead.reason}</p>}
      {!ownership.isMine ? (
        <p className="muted">{readOnlyLabel(ownership.ownerName, 'lead')}: the decision is theirs.</p>
      ) : disqualifying ? (
        <form onSubmit={disqualify} className="toolbar">
          <label htmlFor={reasonId}>Why disqualify {lead.name}?</label>
          <input id={reasonId} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={2_000} />
          <button type="submit">Disqualify lead</button>
          <button type="button" onClick={() => setDisqualifying(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <div className="toolbar">
          <button type="button" onClick={() => qualifyOpportunityLead(db, lead.id).catch(fail)}>
            Qualify {lead.name}
          </button>
          <button type="button" onClick={() => setDisqualifying(true)}>
            Disqualify {lead.name}…
          </button>
        </div>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </div>
  );
}
