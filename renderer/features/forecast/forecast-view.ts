/**
 * What the forecast screen shows, in words and rows: the quarter choices, signed changes, one
 * line per changed deal, and the chart's data and text alternative. Pure, so it is tested here
 * and the components only lay it out.
 */
import { CATEGORY_LABELS, FORECAST_CATEGORIES, quartersWithDeals, type DealChange, type ForecastFigures } from '../../../shared/domain/forecast.ts';
import { addQuarters, quarterLabel, quarterOf } from '../../../shared/domain/forecast-quarter.ts';
import { STAGE_LABELS, formatMoney, formatTotals, type CurrencyTotals } from '../../../shared/domain/pipeline.ts';
import type { Opportunity } from '../../../shared/schemas/index.ts';

export interface QuarterChoice {
  id: string;
  label: string;
}

/** Previous, this and next quarter, and every quarter a deal closes in, earliest first. */
export function quarterChoices(deals: readonly Pick<Opportunity, 'closeDate'>[], now: number, timeZone: string): QuarterChoice[] {
  const current = quarterOf(now, timeZone);
  if (!current) return [];
  const notes = new Map([
    [addQuarters(current, -1), 'last quarter'],
    [current, 'this quarter'],
    [addQuarters(current, 1), 'next quarter'],
  ]);
  const ids = [...new Set([...notes.keys(), ...quartersWithDeals(deals, timeZone)])].sort();
  return ids.map((id) => {
    const note = notes.get(id);
    return { id, label: note ? `${quarterLabel(id)} (${note})` : quarterLabel(id) };
  });
}

/** "+€1,050, −£400" (largest change first), or "no change". */
export function formatChange(totals: CurrencyTotals, locale?: string): string {
  const entries = Object.entries(totals).filter(([, amount]) => Math.round(amount) !== 0);
  if (entries.length === 0) return 'no change';
  return entries
    .sort(([a, x], [b, y]) => Math.abs(y) - Math.abs(x) || a.localeCompare(b))
    .map(([currency, amount]) => `${amount > 0 ? '+' : '−'}${formatMoney(Math.abs(amount), currency, locale)}`)
    .join(', ');
}

/** One line for a changed deal: "Proposal → Negotiation; €150,000 → €168,000; …". */
export function describeDealChange(change: DealChange, quarter: string, formatDate: (at: number) => string, locale?: string): string {
  if (change.isNew) return 'New deal';
  const parts: string[] = [];
  if (change.stage) parts.push(`${STAGE_LABELS[change.stage.from]} → ${STAGE_LABELS[change.stage.to]}`);
  if (change.amount) parts.push(`${formatMoney(change.amount.from, change.currency, locale)} → ${formatMoney(change.amount.to, change.currency, locale)}`);
  if (change.closeDate) {
    const { from, to, movedIn, movedOut } = change.closeDate;
    const note = movedIn ? ` (into ${quarterLabel(quarter)})` : movedOut ? ` (out of ${quarterLabel(quarter)})` : '';
    parts.push(`close date ${formatDate(from)} → ${formatDate(to)}${note}`);
  }
  return parts.join('; ');
}

export interface FigureRow {
  key: 'won' | 'commit' | 'bestCase' | 'pipeline' | 'expected';
  label: string;
  total: string;
  weighted: string;
  change: string;
}

/** The table's rows: won, the three categories, and the expected close. */
export function figureRows(current: ForecastFigures, change: Omit<ForecastFigures, 'dealCount'>, locale?: string): FigureRow[] {
  const rows: FigureRow[] = [{ key: 'won', label: 'Won', total: formatTotals(current.won, locale), weighted: formatTotals(current.won, locale), change: formatChange(change.won, locale) }];
  for (const category of FORECAST_CATEGORIES) {
    rows.push({
      key: category,
      label: CATEGORY_LABELS[category],
      total: formatTotals(current[category].total, locale),
      weighted: formatTotals(current[category].weighted, locale),
      change: formatChange(change[category].total, locale),
    });
  }
  rows.push({ key: 'expected', label: 'Expected close', total: formatTotals(current.expected, locale), weighted: formatTotals(current.expected, locale), change: formatChange(change.expected, locale) });
  return rows;
}

/** The currencies these figures hold, largest pipeline first. */
export function currenciesOf(figures: readonly ForecastFigures[]): string[] {
  const sums = new Map<string, number>();
  for (const { pipeline } of figures) {
    for (const [currency, amount] of Object.entries(pipeline.total)) sums.set(currency, (sums.get(currency) ?? 0) + amount);
  }
  return [...sums].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).map(([currency]) => currency);
}

export interface CategoryBar {
  category: string;
  total: number;
  weighted: number;
}

/** One bar pair (total, weighted) per category, in one currency. */
export function categoryBars(figures: ForecastFigures, currency: string): CategoryBar[] {
  return FORECAST_CATEGORIES.map((category) => ({
    category: CATEGORY_LABELS[category],
    total: figures[category].total[currency] ?? 0,
    weighted: figures[category].weighted[currency] ?? 0,
  }));
}

/** The chart said in words, for screen readers and as its description. */
export function categorySummary(figures: ForecastFigures, currency: string, locale?: string): string {
  return categoryBars(figures, currency)
    .map((bar) => `${bar.category} ${formatMoney(bar.total, currency, locale)} (weighted ${formatMoney(bar.weighted, currency, locale)})`)
    .join('; ');
}

export interface RepBar {
  rep: string;
  commit: number;
  bestCase: number;
  pipeline: number;
}

/** One group of bars (commit, best case, pipeline) per rep, in one currency. */
export function repBars(reps: readonly { name: string; figures: ForecastFigures }[], currency: string): RepBar[] {
  return reps.map(({ name, figures }) => ({
    rep: name,
    commit: figures.commit.total[currency] ?? 0,
    bestCase: figures.bestCase.total[currency] ?? 0,
    pipeline: figures.pipeline.total[currency] ?? 0,
  }));
}

export function repSummary(bars: readonly RepBar[], currency: string, locale?: string): string {
  const money = (amount: number) => formatMoney(amount, currency, locale);
  return bars.map((bar) => `${bar.rep}: commit ${money(bar.commit)}, best case ${money(bar.bestCase)}, pipeline ${money(bar.pipeline)}`).join('; ');
}
