import { STAGE_LABELS } from '../../../shared/domain/pipeline.ts';
import type { OpportunityStage } from '../../../shared/schemas/index.ts';
import './crm.css';

export function StageBadge({ stage }: { stage: OpportunityStage }) {
  return <span className={`stage-badge stage-${stage}`}>{STAGE_LABELS[stage]}</span>;
}

export function CompetitorList({ competitors }: { competitors: readonly string[] }) {
  if (competitors.length === 0) return <span className="muted">No competitor named</span>;
  return (
    <ul className="chips" aria-label="Competitors">
      {competitors.map((name) => (
        <li key={name}>{name}</li>
      ))}
    </ul>
  );
}
