/**
 * Opportunities through their stages: moving a deal (with its history), qualifying leads, and the
 * pipeline board's counts and totals. Pure; the repository and the screens call it.
 */
import { OPPORTUNITY_STAGES } from '../schemas/fields.ts';
import type { Opportunity, OpportunityStage } from '../schemas/index.ts';

export const STAGE_LABELS: Readonly<Record<OpportunityStage, string>> = {
  qualification: 'Qualification',
  demo: 'Demo',
  proposal: 'Proposal',
  negotiation: 'Negotiation',
  closed_won: 'Closed Won',
  closed_lost: 'Closed Lost',
};

export const OPEN_STAGES: readonly OpportunityStage[] = ['qualification', 'demo', 'proposal', 'negotiation'];

export function isOpenStage(stage: OpportunityStage): boolean {
  return OPEN_STAGES.includes(stage);
}

export function isStage(value: string): value is OpportunityStage {
  return (OPPORTUNITY_STAGES as readonly string[]).includes(value);
}

/** The stage history keeps at most this many entries (the schema's limit); the oldest go first. */
export const MAX_STAGE_HISTORY = 1_000;

export type StageHistoryEntry = Opportunity['stageHistory'][number];

/** A history entry holding the deal's stage, amount and close date as they are now. */
export function historyEntry(opportunity: Pick<Opportunity, 'stage' | 'amount' | 'closeDate'>, at: number): StageHistoryEntry {
  return { stage: opportunity.stage, at, amount: opportunity.amount, closeDate: opportunity.closeDate };
}

/**
 * `next` with its history brought up to date: when its stage, amount or close date differs from
 * `previous`, one entry with the values after the change is appended (the forecast reads "what
 * changed since last week" from these). Nothing changed: `next` as it is.
 */
export function recordChange(previous: Opportunity, next: Opportunity, at: number): Opportunity {
  if (previous.stage === next.stage && previous.amount === next.amount && previous.closeDate === next.closeDate) return next;
  const stageHistory = [...next.stageHistory, historyEntry(next, at)].slice(-MAX_STAGE_HISTORY);
  return { ...next, stageHistory, updatedAt: at };
}

/**
 * The deal in its new stage, with the move recorded. Moving to the stage it is in changes nothing
 * (and returns the same object, so callers can skip the write).
 */
export function moveToStage(opportunity: Opportunity, stage: OpportunityStage, at: number): Opportunity {
  if (opportunity.stage === stage) return opportunity;
  return recordChange(opportunity, { ...opportunity, stage }, at);
}

export class LeadDecisionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LeadDecisionError';
  }
}

export function isUnqualifiedLead(opportunity: Opportunity): boolean {
  return opportunity.lead?.status === 'mql';
}

/** A marketing-qualified lead the rep accepts: it becomes a sales-qualified opportunity. */
export function qualifyLead(opportunity: Opportunity, at: number): Opportunity {
  if (!isUnqualifiedLead(opportunity)) throw new LeadDecisionError('Only a marketing-qualified lead can be qualified.');
  const reason = opportunity.lead?.reason;
  return { ...opportunity, lead: { status: 'sql', ...(reason ? { reason } : {}) }, updatedAt: at };
}

/** A lead the rep turns down, with the reason marketing will read; the deal closes as lost. */
export function disqualifyLead(opportunity: Opportunity, reason: string, at: number): Opportunity {
  if (!isUnqualifiedLead(opportunity)) throw new LeadDecisionError('Only a marketing-qualified lead can be disqualified.');
  const trimmed = reason.trim();
  if (trimmed === '') throw new LeadDecisionError('Say why the lead is disqualified; marketing reads the reason.');
  if (trimmed.length > 2_000) throw new LeadDecisionError('Keep the reason under 2,000 characters.');
  const moved = moveToStage(opportunity, 'closed_lost', at);
  return { ...moved, lead: { status: 'disqualified', reason: trimmed }, updatedAt: at };
}

/** Amounts by currency: deals in different currencies are never added together. */
export type CurrencyTotals = Readonly<Record<string, number>>;

export interface StageColumn {
  stage: OpportunityStage;
  label: string;
  count: number;
  totals: CurrencyTotals;
  opportunities: Opportunity[];
}

export interface PipelineBoard {
  columns: StageColumn[];
  /** Every open deal (not closed won or lost). */
  open: { count: number; totals: CurrencyTotals };
}

function addTo(totals: Record<string, number>, opportunity: Opportunity): void {
  const currency = opportunity.currency ?? 'EUR';
  totals[currency] = (totals[currency] ?? 0) + opportunity.amount;
}

function byCloseDate(a: Opportunity, b: Opportunity): number {
  return a.closeDate - b.closeDate || a.name.localeCompare(b.name);
}

/**
 * One column a stage, in the stages' order, each with its deals (soonest close first), count and
 * totals per currency. Unqualified leads are left out: they are not pipeline until the rep says so.
 */
export function buildPipelineBoard(opportunities: readonly Opportunity[]): PipelineBoard {
  const columns = OPPORTUNITY_STAGES.map((stage) => ({
    stage,
    label: STAGE_LABELS[stage],
    count: 0,
    totals: {} as Record<string, number>,
    opportunities: [] as Opportunity[],
  }));
  const openTotals: Record<string, number> = {};
  let openCount = 0;
  for (const opportunity of opportunities) {
    if (isUnqualifiedLead(opportunity)) continue;
    const column = columns[OPPORTUNITY_STAGES.indexOf(opportunity.stage)];
    if (!column) continue;
    column.count += 1;
    addTo(column.totals, opportunity);
    column.opportunities.push(opportunity);
    if (isOpenStage(opportunity.stage)) {
      openCount += 1;
      addTo(openTotals, opportunity);
    }
  }
  for (const column of columns) column.opportunities.sort(byCloseDate);
  return { columns, open: { count: openCount, totals: openTotals } };
}

/** "€184,000 + £62,000": totals in a stable order (largest first), never converted. */
export function formatTotals(totals: CurrencyTotals, locale?: string): string {
  const entries = Object.entries(totals).filter(([, amount]) => amount > 0);
  if (entries.length === 0) return '0';
  return entries
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([currency, amount]) => formatMoney(amount, currency, locale))
    .join(' + ');
}

export function formatMoney(amount: number, currency: string, locale?: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
  } catch {
    return `${currency} ${Math.round(amount).toLocaleString(locale)}`;
  }
}

/** When the deal entered its current stage (the last matching history entry), or null. */
export function enteredCurrentStageAt(opportunity: Opportunity): number | null {
  for (let i = opportunity.stageHistory.length - 1; i >= 0; i -= 1) {
    const entry = opportunity.stageHistory[i];
    if (entry?.stage === opportunity.stage) return entry.at;
  }
  return null;
}
