/**
 * The quarter's forecast for a rep or a team: commit, best case and pipeline (each a total and a
 * total weighted by stage probability), the expected close, and what changed since last week,
 * read from the deals' stage history. Amounts stay in their own currency, never converted. Pure.
 *
 * Categories are cumulative: Commit = won + negotiation; Best case = Commit + proposal;
 * Pipeline = won + every open deal. Lost deals and marketing-qualified leads the rep has not
 * qualified yet are left out (the pipeline board leaves leads out too).
 */
import type { Opportunity, OpportunityStage } from '../schemas/index.ts';
import { dealStateAt, describeChange, type DealChange, type DealState } from './forecast-changes.ts';
import { isQuarterId, isTimeZone, quarterOf } from './forecast-quarter.ts';
import { isStage, isUnqualifiedLead, type CurrencyTotals } from './pipeline.ts';

export type { DealChange, DealState } from './forecast-changes.ts';

export const FORECAST_CATEGORIES = ['commit', 'bestCase', 'pipeline'] as const;
export type ForecastCategory = (typeof FORECAST_CATEGORIES)[number];

export const CATEGORY_LABELS: Readonly<Record<ForecastCategory, string>> = {
  commit: 'Commit',
  bestCase: 'Best case',
  pipeline: 'Pipeline',
};

/** The open stages each category adds to the deals already won. */
const CATEGORY_STAGES: Readonly<Record<ForecastCategory, readonly OpportunityStage[]>> = {
  commit: ['negotiation'],
  bestCase: ['negotiation', 'proposal'],
  pipeline: ['negotiation', 'proposal', 'demo', 'qualification'],
};

/** "What changed since last week" looks back this far. */
export const CHANGE_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

export interface CategoryFigures {
  total: CurrencyTotals;
  weighted: CurrencyTotals;
}

export interface ForecastFigures {
  won: CurrencyTotals;
  commit: CategoryFigures;
  bestCase: CategoryFigures;
  pipeline: CategoryFigures;
  /** Won + Σ open amount × its stage's probability. */
  expected: CurrencyTotals;
  /** Deals counted: won and open in the quarter. */
  dealCount: number;
}

export interface ForecastOptions {
  /** `2026-Q4`. */
  quarter: string;
  /** IANA time zone the quarter's days are read in. */
  timeZone: string;
  now: number;
  probabilities: Readonly<Record<OpportunityStage, number>>;
}

export interface Forecast {
  quarter: string;
  timeZone: string;
  /** `now` − 7 days: the "last week" the changes are measured from. */
  cutoff: number;
  current: ForecastFigures;
  lastWeek: ForecastFigures;
  /** current − lastWeek, per category and currency (zero changes left out). */
  change: Omit<ForecastFigures, 'dealCount'>;
  /** Deals in the quarter now or a week ago that changed or are new, latest change first. */
  changes: DealChange[];
  /** Deals left out because their amount, close date, currency or stage could not be read. */
  skipped: number;
}

export interface RepForecast {
  ownerId: string;
  forecast: Forecast;
}

export interface TeamForecast {
  reps: RepForecast[];
  team: Forecast;
}

const CURRENCY = /^[A-Z]{3}$/;

/** The deal's currency (EUR when it has none), or null when it is not a three-letter code. */
export function dealCurrency(opportunity: Pick<Opportunity, 'currency'>): string | null {
  const currency = opportunity.currency ?? 'EUR';
  return typeof currency === 'string' && CURRENCY.test(currency) ? currency : null;
}

/** A probability as given, kept within 0..1 (anything not a number counts as 0). */
function probabilityOf(probabilities: ForecastOptions['probabilities'], stage: OpportunityStage): number {
  const value = probabilities[stage];
  if (typeof value !== 'number' || !Number.isFinite(value)) return 0;
  return Math.min(1, Math.max(0, value));
}

function emptyFigures(): ForecastFigures {
  return { won: {}, commit: { total: {}, weighted: {} }, bestCase: { total: {}, weighted: {} }, pipeline: { total: {}, weighted: {} }, expected: {}, dealCount: 0 };
}

function add(totals: CurrencyTotals, currency: string, amount: number): void {
  (totals as Record<string, number>)[currency] = (totals[currency] ?? 0) + amount;
}

function addDeal(figures: ForecastFigures, state: DealState, currency: string, options: ForecastOptions): void {
  const { stage, amount } = state;
  const weighted = amount * probabilityOf(options.probabilities, stage);
  figures.dealCount += 1;
  if (stage === 'closed_won') {
    add(figures.won, currency, amount);
    add(figures.expected, currency, amount);
  } else {
    add(figures.expected, currency, weighted);
  }
  for (const category of FORECAST_CATEGORIES) {
    if (stage !== 'closed_won' && !CATEGORY_STAGES[category].includes(stage)) continue;
    add(figures[category].total, currency, amount);
    add(figures[category].weighted, currency, weighted);
  }
}

function counts(state: DealState | null, quarter: string, timeZone: string): state is DealState {
  return state !== null && state.stage !== 'closed_lost' && quarterOf(state.closeDate, timeZone) === quarter;
}

function isReadable(opportunity: Opportunity): boolean {
  return (
    typeof opportunity.stage === 'string' &&
    isStage(opportunity.stage) &&
    typeof opportunity.amount === 'number' &&
    Number.isFinite(opportunity.amount) &&
    opportunity.amount >= 0 &&
    quarterOf(opportunity.closeDate, 'UTC') !== null &&
    dealCurrency(opportunity) !== null
  );
}

function difference(now: CurrencyTotals, before: CurrencyTotals): CurrencyTotals {
  const out: Record<string, number> = {};
  for (const currency of new Set([...Object.keys(now), ...Object.keys(before)])) {
    const delta = (now[currency] ?? 0) - (before[currency] ?? 0);
    if (Math.abs(delta) > 1e-9) out[currency] = delta;
  }
  return out;
}

function figuresChange(now: ForecastFigures, before: ForecastFigures): Forecast['change'] {
  const category = (key: ForecastCategory) => ({ total: difference(now[key].total, before[key].total), weighted: difference(now[key].weighted, before[key].weighted) });
  return { won: difference(now.won, before.won), commit: category('commit'), bestCase: category('bestCase'), pipeline: category('pipeline'), expected: difference(now.expected, before.expected) };
}

/** The forecast of these deals for one quarter (a rep's, or a team's when they are many reps' deals). */
export function buildForecast(opportunities: readonly Opportunity[], options: ForecastOptions): Forecast {
  const { quarter, timeZone, now } = options;
  if (!isQuarterId(quarter)) throw new RangeError(`not a quarter: ${JSON.stringify(quarter)} (write it like 2026-Q4)`);
  if (!isTimeZone(timeZone)) throw new RangeError(`unknown time zone: ${JSON.stringify(timeZone)} (an IANA name such as Europe/Lisbon or UTC)`);
  if (!Number.isFinite(now)) throw new RangeError('the forecast needs the current time');
  const cutoff = now - CHANGE_WINDOW_MS;
  const current = emptyFigures();
  const lastWeek = emptyFigures();
  const changes: DealChange[] = [];
  let skipped = 0;
  for (const opportunity of opportunities) {
    if (!isReadable(opportunity)) {
      skipped += 1;
      continue;
    }
    if (isUnqualifiedLead(opportunity)) continue;
    const currency = dealCurrency(opportunity) ?? 'EUR';
    const nowState: DealState = { stage: opportunity.stage, amount: opportunity.amount, closeDate: opportunity.closeDate };
    const thenState = dealStateAt(opportunity, cutoff);
    const isInNow = counts(nowState, quarter, timeZone);
    const wasIn = counts(thenState, quarter, timeZone);
    if (isInNow) addDeal(current, nowState, currency, options);
    if (wasIn) addDeal(lastWeek, thenState, currency, options);
    const isInQuarter = quarterOf(nowState.closeDate, timeZone) === quarter || (thenState !== null && quarterOf(thenState.closeDate, timeZone) === quarter);
    if (!isInQuarter) continue;
    const change = describeChange(opportunity, thenState, nowState, { quarter, timeZone, cutoff });
    if (change) changes.push(change);
  }
  changes.sort((a, b) => b.changedAt - a.changedAt || a.name.localeCompare(b.name));
  return { quarter, timeZone, cutoff, current, lastWeek, change: figuresChange(current, lastWeek), changes, skipped };
}

/** Each rep's forecast (by owner id) and the team's, which is the sum of the reps'. */
export function buildTeamForecast(opportunities: readonly Opportunity[], options: ForecastOptions): TeamForecast {
  const byOwner = new Map<string, Opportunity[]>();
  for (const opportunity of opportunities) {
    const owner = typeof opportunity.ownerId === 'string' ? opportunity.ownerId : '';
    const list = byOwner.get(owner);
    if (list) list.push(opportunity);
    else byOwner.set(owner, [opportunity]);
  }
  const reps = [...byOwner]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([ownerId, deals]) => ({ ownerId, forecast: buildForecast(deals, options) }));
  return { reps, team: buildForecast(opportunities, options) };
}

/** The quarters (ids) of these deals' close dates, earliest first; unreadable dates left out. */
export function quartersWithDeals(opportunities: readonly Pick<Opportunity, 'closeDate'>[], timeZone: string): string[] {
  const quarters = new Set<string>();
  for (const { closeDate } of opportunities) {
    const quarter = quarterOf(closeDate, timeZone);
    if (quarter) quarters.add(quarter);
  }
  return [...quarters].sort();
}
