/**
 * `report forecast [--quarter 2026-Q4] [--time-zone Europe/Lisbon] [--format md|csv|json]`: each
 * rep's forecast and the team's for one quarter, weighted by the stage probabilities the admin
 * set (or the defaults), read from the opportunities on the server. The figures come from the
 * same shared code as the app's Forecast screen; report-forecast-render.ts lays them out.
 */
import { buildTeamForecast, type Forecast } from '../../shared/domain/forecast.ts';
import { isQuarterId, isTimeZone, quarterOf } from '../../shared/domain/forecast-quarter.ts';
import type { Opportunity } from '../../shared/schemas/index.ts';
import type { ForecastSettings } from '../../shared/sync/protocol.ts';
import type { Store, StoredDocument } from '../store/store.ts';
import { CliError } from './cli-errors.ts';
import { renderForecastCsv, renderForecastMarkdown } from './report-forecast-render.ts';
import { parseReportFormat } from './report-render.ts';

const PAGE_SIZE = 500;

export interface ForecastReportRep {
  id: string;
  /** The user's email and name, or null for an owner no longer among the users. */
  email: string | null;
  name: string | null;
  forecast: Omit<Forecast, 'quarter' | 'timeZone' | 'cutoff'>;
}

export interface ForecastReport {
  generatedAt: string;
  quarter: string;
  timeZone: string;
  /** "Last week": the changes are measured from this moment. */
  changesSince: string;
  settings: ForecastSettings;
  reps: ForecastReportRep[];
  team: Omit<Forecast, 'quarter' | 'timeZone' | 'cutoff'>;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * A stored opportunity as the forecast reads it. Values are passed on as stored (the forecast
 * leaves out and counts deals it cannot read); only the shapes it walks are made safe.
 */
function toOpportunity({ id, ownerId, doc }: StoredDocument): Opportunity {
  const history = Array.isArray(doc['stageHistory']) ? doc['stageHistory'] : [];
  return {
    ...(doc as unknown as Opportunity),
    id,
    ownerId: ownerId ?? text(doc['ownerId']),
    accountId: text(doc['accountId']),
    name: text(doc['name']) || id,
    stageHistory: history.filter((entry): entry is Opportunity['stageHistory'][number] => typeof entry === 'object' && entry !== null),
  };
}

/** Every live opportunity on the server, paging through the collection. */
export async function collectOpportunities(store: Store, pageSize = PAGE_SIZE): Promise<Opportunity[]> {
  const deals: Opportunity[] = [];
  let after = 0;
  for (;;) {
    const page = await store.pull({ collection: 'opportunities', after, limit: pageSize });
    for (const stored of page) if (!stored.deleted) deals.push(toOpportunity(stored));
    const last = page.at(-1);
    if (!last || page.length < pageSize) break;
    after = last.sequence;
  }
  return deals;
}

export function parseQuarterOption(raw: string | undefined, now: number, timeZone: string): string {
  if (raw === undefined) {
    const current = quarterOf(now, timeZone);
    if (!current) throw new CliError('the current quarter could not be worked out from the clock; pass --quarter');
    return current;
  }
  if (!isQuarterId(raw)) throw new CliError(`--quarter must be written like 2026-Q4 (got ${JSON.stringify(raw.slice(0, 40))})`);
  return raw;
}

export function parseTimeZoneOption(raw: string | undefined): string {
  if (raw === undefined) return 'UTC';
  if (!isTimeZone(raw)) throw new CliError(`--time-zone must be an IANA time zone such as Europe/Lisbon or UTC (got ${JSON.stringify(raw.slice(0, 40))})`);
  return raw;
}

function withoutScope({ quarter: _quarter, timeZone: _timeZone, cutoff: _cutoff, ...rest }: Forecast): ForecastReportRep['forecast'] {
  return rest;
}

export async function buildForecastReport(store: Store, options: { quarter?: string; timeZone?: string; now: number }): Promise<ForecastReport> {
  const timeZone = parseTimeZoneOption(options.timeZone);
  const quarter = parseQuarterOption(options.quarter, options.now, timeZone);
  const [deals, users, settings] = await Promise.all([collectOpportunities(store), store.listUsers(), store.getForecastSettings()]);
  const { reps, team } = buildTeamForecast(deals, { quarter, timeZone, now: options.now, probabilities: settings.stageProbabilities });
  const byId = new Map(users.map((user) => [user.id, user]));
  return {
    generatedAt: new Date(options.now).toISOString(),
    quarter,
    timeZone,
    changesSince: new Date(team.cutoff).toISOString(),
    settings,
    reps: reps.map(({ ownerId, forecast }) => ({ id: ownerId, email: byId.get(ownerId)?.email ?? null, name: byId.get(ownerId)?.name ?? null, forecast: withoutScope(forecast) })),
    team: withoutScope(team),
  };
}

export async function forecastReport(store: Store, options: { quarter?: string; timeZone?: string; format?: string; now?: number } = {}): Promise<string> {
  const format = parseReportFormat(options.format ?? 'md');
  const report = await buildForecastReport(store, { quarter: options.quarter, timeZone: options.timeZone, now: options.now ?? Date.now() });
  if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
  return format === 'csv' ? renderForecastCsv(report) : renderForecastMarkdown(report);
}
