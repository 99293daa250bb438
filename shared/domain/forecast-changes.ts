/**
 * "What changed since last week" for one deal: its stage, amount and close date at a cutoff,
 * rebuilt from its history, compared with today's. Pure; forecast.ts sums the figures.
 */
import type { Opportunity, OpportunityStage } from '../schemas/index.ts';
import { quarterOf } from './forecast-quarter.ts';
import { isStage } from './pipeline.ts';

export interface DealState {
  stage: OpportunityStage;
  amount: number;
  closeDate: number;
}

export interface DealChange {
  id: string;
  name: string;
  ownerId: string;
  accountId: string;
  currency: string;
  /** Created after the cutoff: there was nothing to compare with. */
  isNew: boolean;
  stage: { from: OpportunityStage; to: OpportunityStage } | null;
  amount: { from: number; to: number } | null;
  /** With whether the move took the deal into or out of the quarter shown. */
  closeDate: { from: number; to: number; movedIn: boolean; movedOut: boolean } | null;
  /** The latest change after the cutoff (or the creation, for a new deal). */
  changedAt: number;
}

function isAmount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

function isInstant(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

function historyOf(opportunity: Opportunity): readonly Opportunity['stageHistory'][number][] {
  return Array.isArray(opportunity.stageHistory) ? opportunity.stageHistory : [];
}

/**
 * The deal as it stood at `cutoff`: the last history entry at or before it (a later one in the list
 * wins a tie), with today's amount or close date where the entry did not record one (entries
 * written before the history kept them). No entry that old: today's values, as nothing says
 * otherwise. Created after the cutoff: null.
 */
export function dealStateAt(opportunity: Opportunity, cutoff: number): DealState | null {
  if (isInstant(opportunity.createdAt) && opportunity.createdAt > cutoff) return null;
  let found: Opportunity['stageHistory'][number] | undefined;
  for (const entry of historyOf(opportunity)) {
    if (!isInstant(entry.at) || entry.at > cutoff || !isStage(entry.stage)) continue;
    if (!found || entry.at >= found.at) found = entry;
  }
  return {
    stage: found ? found.stage : opportunity.stage,
    amount: isAmount(found?.amount) ? found.amount : opportunity.amount,
    closeDate: isInstant(found?.closeDate) ? found.closeDate : opportunity.closeDate,
  };
}

function latestChangeAfter(opportunity: Opportunity, cutoff: number): number {
  let latest = Number.NEGATIVE_INFINITY;
  for (const entry of historyOf(opportunity)) {
    if (isInstant(entry.at) && entry.at > cutoff && entry.at > latest) latest = entry.at;
  }
  if (latest > cutoff) return latest;
  return isInstant(opportunity.updatedAt) ? opportunity.updatedAt : cutoff;
}

/** What changed between `then` (null: the deal is new) and `now`, or null when nothing did. */
export function describeChange(
  opportunity: Opportunity,
  then: DealState | null,
  now: DealState,
  context: { quarter: string; timeZone: string; cutoff: number },
): DealChange | null {
  const base = {
    id: opportunity.id,
    name: opportunity.name,
    ownerId: opportunity.ownerId,
    accountId: opportunity.accountId,
    currency: opportunity.currency ?? 'EUR',
  };
  if (then === null) {
    const changedAt = isInstant(opportunity.createdAt) ? opportunity.createdAt : context.cutoff;
    return { ...base, isNew: true, stage: null, amount: null, closeDate: null, changedAt };
  }
  const stage = then.stage === now.stage ? null : { from: then.stage, to: now.stage };
  const amount = then.amount === now.amount ? null : { from: then.amount, to: now.amount };
  let closeDate: DealChange['closeDate'] = null;
  if (then.closeDate !== now.closeDate) {
    const wasIn = quarterOf(then.closeDate, context.timeZone) === context.quarter;
    const isIn = quarterOf(now.closeDate, context.timeZone) === context.quarter;
    closeDate = { from: then.closeDate, to: now.closeDate, movedIn: !wasIn && isIn, movedOut: wasIn && !isIn };
  }
  if (!stage && !amount && !closeDate) return null;
  return { ...base, isNew: false, stage, amount, closeDate, changedAt: latestChangeAfter(opportunity, context.cutoff) };
}
