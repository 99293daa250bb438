/** Narrowing the collateral library by kind, product and deal stage; null means "any". */
import { COLLATERAL_KINDS, OPPORTUNITY_STAGES, type Collateral } from '../../../shared/schemas/index.ts';

export type CollateralKind = Collateral['kind'];
export type Stage = Collateral['stages'][number];

export interface CollateralFilter {
  kind: CollateralKind | null;
  product: string | null;
  stage: Stage | null;
}

export const NO_FILTER: CollateralFilter = { kind: null, product: null, stage: null };

export const KIND_NAMES: Record<CollateralKind, string> = {
  datasheet: 'Datasheet',
  deck: 'Deck',
  pricing: 'Pricing',
  case_study: 'Case study',
  video: 'Video',
  other: 'Other',
};

export const STAGE_NAMES: Record<Stage, string> = {
  qualification: 'Qualification',
  demo: 'Demo',
  proposal: 'Proposal',
  negotiation: 'Negotiation',
  closed_won: 'Closed won',
  closed_lost: 'Closed lost',
};

export function matchesFilter(item: Collateral, filter: CollateralFilter): boolean {
  return (
    (filter.kind === null || item.kind === filter.kind) &&
    (filter.product === null || item.product === filter.product) &&
    (filter.stage === null || item.stages.includes(filter.stage))
  );
}

export function filterCollateral(items: readonly Collateral[], filter: CollateralFilter): Collateral[] {
  return items.filter((item) => matchesFilter(item, filter));
}

/** The choices worth offering: only values some item has, in a stable order. */
export function filterChoices(items: readonly Collateral[]): { kinds: CollateralKind[]; products: string[]; stages: Stage[] } {
  const kinds = new Set(items.map((item) => item.kind));
  const stages = new Set(items.flatMap((item) => item.stages));
  return {
    kinds: COLLATERAL_KINDS.filter((kind) => kinds.has(kind)),
    products: [...new Set(items.map((item) => item.product))].sort((a, b) => a.localeCompare(b)),
    stages: OPPORTUNITY_STAGES.filter((stage) => stages.has(stage)),
  };
}

export function isCollateralKind(value: string): value is CollateralKind {
  return (COLLATERAL_KINDS as readonly string[]).includes(value);
}

export function isStage(value: string): value is Stage {
  return (OPPORTUNITY_STAGES as readonly string[]).includes(value);
}
