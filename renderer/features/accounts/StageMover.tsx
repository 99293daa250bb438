import { useState } from 'react';
import { STAGE_LABELS } from '../../../shared/domain/pipeline.ts';
import { OPPORTUNITY_STAGES, type Opportunity, type OpportunityStage } from '../../../shared/schemas/index.ts';
import { moveOpportunity } from '../../db/repos/opportunities.repo.ts';
import { useDatabase } from '../../db/useDatabase.ts';
import { StageBadge } from '../crm/StageBadge.tsx';
import { useOwnership } from '../team/useOwnership.ts';

/**
 * Moves a deal to another stage; the history is kept by the repository. Another rep's deal (on
 * a manager's laptop) only shows its stage: only its owner may move it.
 */
export function StageMover({ opportunity }: { opportunity: Opportunity }) {
  const db = useDatabase();
  const isMine = useOwnership()(opportunity.ownerId).isMine;
  const [error, setError] = useState<string | null>(null);
  if (!isMine) return <StageBadge stage={opportunity.stage} />;
  const id = `stage-${opportunity.id}`;
  const move = (stage: OpportunityStage) => {
    setError(null);
    moveOpportunity(db, opportunity.id, stage).catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  return (
    <span className="stage-mover">
      <label htmlFor={id} className="visually-hidden">
        Stage of {opportunity.name}
      </label>
      <select id={id} value={opportunity.stage} onChange={(e) => move(e.target.value as OpportunityStage)}>
        {OPPORTUNITY_STAGES.map((stage) => (
          <option key={stage} value={stage}>
            {STAGE_LABELS[stage]}
          </option>
        ))}
      </select>
      {error && (
        <span role="alert" className="error">
          Not moved: {error}
        </span>
      )}
    </span>
  );
}
