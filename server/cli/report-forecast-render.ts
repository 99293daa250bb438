/** The forecast report as Markdown (people) or CSV (spreadsheets); JSON is the report itself. */
import { CATEGORY_LABELS, FORECAST_CATEGORIES } from '../../shared/domain/forecast.ts';
import { quarterLabel } from '../../shared/domain/forecast-quarter.ts';
import { STAGE_LABELS } from '../../shared/domain/pipeline.ts';
import { OPPORTUNITY_STAGES } from '../../shared/schemas/index.ts';
import { toCsv, type CsvValue } from './csv.ts';
import type { ForecastReport, ForecastReportRep } from './report-forecast.ts';
import { formatUtcDate, formatUtcMinute } from './text-format.ts';

type Figures = ForecastReportRep['forecast'];

/** Stored names are typed by people: no control characters, no table breaks. */
function cell(value: string): string {
  return value.replace(/\p{Cc}/gu, '\uFFFD').replace(/\s+/g, ' ').replaceAll('|', '\\|');
}

function repLabel(rep: ForecastReportRep): string {
  if (rep.name && rep.email) return `${rep.name} (${rep.email})`;
  return rep.email ?? rep.name ?? `${rep.id} (not a user)`;
}

/** Whole amounts with thousands separators, the same on every machine. */
function amount(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

function signed(value: number): string {
  const rounded = Math.round(value);
  return rounded > 0 ? `+${amount(rounded)}` : rounded < 0 ? `−${amount(-rounded)}` : '0';
}

/** Every currency the figures hold or changed in, largest pipeline first. */
function currencies({ current, change }: Figures): string[] {
  const pipeline = current.pipeline.total;
  const all = new Set([...Object.keys(pipeline), ...Object.keys(current.won), ...Object.keys(change.pipeline.total)]);
  return [...all].sort((a, b) => (pipeline[b] ?? 0) - (pipeline[a] ?? 0) || a.localeCompare(b));
}

/** Two decimals at most, so float noise (800.0000001) stays out of spreadsheets. */
function cents(value: number): number {
  return Math.round(value * 100) / 100;
}

interface Line {
  who: string;
  currency: string;
  figures: Figures;
}

function lines(report: ForecastReport): Line[] {
  const out: Line[] = [];
  for (const rep of report.reps) for (const currency of currencies(rep.forecast)) out.push({ who: repLabel(rep), currency, figures: rep.forecast });
  for (const currency of currencies(report.team)) out.push({ who: 'Team', currency, figures: report.team });
  return out;
}

function at(totals: Readonly<Record<string, number>>, currency: string): number {
  return totals[currency] ?? 0;
}

function settingsLine(report: ForecastReport): string {
  const weights = OPPORTUNITY_STAGES.filter((stage) => stage !== 'closed_lost').map((stage) => `${STAGE_LABELS[stage]} ${Number((report.settings.stageProbabilities[stage] * 100).toFixed(2))}%`);
  const origin = report.settings.updatedAt === null ? 'the defaults (no admin has set them)' : `as set ${formatUtcMinute(report.settings.updatedAt)}`;
  return `Stage probabilities ${origin}: ${weights.join(', ')}.`;
}

function changeLines(report: ForecastReport): string[] {
  const names = new Map(report.reps.map((rep) => [rep.id, repLabel(rep)]));
  const changes = report.team.changes;
  if (changes.length === 0) return ['_No deal in the quarter moved stage, changed amount or close date, or was opened in the last 7 days._', ''];
  return [
    ...changes.map((change) => {
      const parts: string[] = [];
      if (change.isNew) parts.push('new deal');
      if (change.stage) parts.push(`${STAGE_LABELS[change.stage.from]} → ${STAGE_LABELS[change.stage.to]}`);
      if (change.amount) parts.push(`${change.currency} ${amount(change.amount.from)} → ${amount(change.amount.to)}`);
      if (change.closeDate) {
        const note = change.closeDate.movedIn ? ' (into the quarter)' : change.closeDate.movedOut ? ' (out of the quarter)' : '';
        parts.push(`close ${formatUtcDate(change.closeDate.from)} → ${formatUtcDate(change.closeDate.to)}${note}`);
      }
      return `- ${cell(change.name)} (${cell(names.get(change.ownerId) ?? change.ownerId)}, ${change.id}): ${parts.join('; ')}`;
    }),
    '',
  ];
}

export function renderForecastMarkdown(report: ForecastReport): string {
  const rows = lines(report);
  const header = ['Rep', 'Currency', 'Won', 'Commit', 'Weighted', 'Best case', 'Weighted', 'Pipeline', 'Weighted', 'Expected close', 'Commit change'];
  const table = rows.length === 0
    ? ['_No won or open deal closes in this quarter._', '']
    : [
        `| ${header.join(' | ')} |`,
        `| --- | --- |${' ---: |'.repeat(header.length - 2)}`,
        ...rows.map(({ who, currency, figures: { current, change } }) => {
          const categories = FORECAST_CATEGORIES.flatMap((category) => [amount(at(current[category].total, currency)), amount(at(current[category].weighted, currency))]);
          return `| ${cell(who)} | ${currency} | ${amount(at(current.won, currency))} | ${categories.join(' | ')} | ${amount(at(current.expected, currency))} | ${signed(at(change.commit.total, currency))} |`;
        }),
        '',
      ];
  const skipped = report.team.skipped > 0 ? [`${report.team.skipped} deals left out: amount, close date, currency or stage could not be read.`, ''] : [];
  return [
    `# Forecast ${quarterLabel(report.quarter)}`,
    '',
    `Quarter ${report.quarter}, close dates read in ${report.timeZone}. Changes since ${formatUtcMinute(Date.parse(report.changesSince))}. Generated ${formatUtcMinute(Date.parse(report.generatedAt))}.`,
    '',
    settingsLine(report),
    'Commit = won + negotiation; best case = commit + proposal; pipeline = won + every open deal. Amounts per currency, never converted.',
    '',
    '## By rep',
    '',
    ...table,
    ...skipped,
    '## Changed since last week',
    '',
    ...changeLines(report),
  ].join('\n');
}

const CSV_HEADER = ['quarter', 'time_zone', 'rep_id', 'rep_email', 'rep_name', 'currency', 'won', ...FORECAST_CATEGORIES.flatMap((category) => {
  const key = CATEGORY_LABELS[category].toLowerCase().replace(' ', '_');
  return [key, `${key}_weighted`, `${key}_change`];
}), 'expected_close'];

/** One row per rep and currency, then the team's rows (rep_id "team"). */
export function renderForecastCsv(report: ForecastReport): string {
  const row = (id: string, email: string | null, name: string | null, currency: string, { current, change }: Figures): CsvValue[] => [
    report.quarter,
    report.timeZone,
    id,
    email,
    name,
    currency,
    cents(at(current.won, currency)),
    ...FORECAST_CATEGORIES.flatMap((category) => [cents(at(current[category].total, currency)), cents(at(current[category].weighted, currency)), cents(at(change[category].total, currency))]),
    cents(at(current.expected, currency)),
  ];
  const rows: CsvValue[][] = [];
  for (const rep of report.reps) for (const currency of currencies(rep.forecast)) rows.push(row(rep.id, rep.email, rep.name, currency, rep.forecast));
  for (const currency of currencies(report.team)) rows.push(row('team', null, 'Team', currency, report.team));
  return toCsv([CSV_HEADER, ...rows]);
}
