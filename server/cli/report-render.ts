/** The feedback report as Markdown (people), CSV (spreadsheets) or JSON (scripts). */
import type { Store } from '../store/store.ts';
import { CliError } from './cli-errors.ts';
import { toCsv, type CsvValue } from './csv.ts';
import { collectFeedback, parseSinceDate, summarizeFeedback, type Count, type FeedbackItem, type FeedbackSummary } from './report-feedback.ts';
import { formatUtcDate, formatUtcMinute } from './text-format.ts';

export const REPORT_FORMATS = ['md', 'csv', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** A quote in the summary stays a quote; the CSV and JSON carry the full text. */
const MAX_QUOTE_LENGTH = 400;

/** Reps type this text: control characters (terminal escape sequences) are shown as U+FFFD. */
function readable(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(/[^\P{Cc}\n\t]/gu, '\uFFFD');
}

function humanize(name: string): string {
  const words = name.replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function tableCell(value: string): string {
  return readable(value).replace(/\s+/g, ' ').replaceAll('|', '\\|');
}

function countTable(column: string, counts: readonly Count[], label: (name: string) => string, empty: string): string[] {
  const heading = `## By ${column.toLowerCase()}`;
  const rows = counts.filter(({ count }) => count > 0);
  if (rows.length === 0) return [heading, '', empty, ''];
  return [heading, '', `| ${column} | Items |`, '| --- | ---: |', ...rows.map(({ name, count }) => `| ${tableCell(label(name))} | ${count} |`), ''];
}

function quoteLines(text: string): string[] {
  const clipped = text.length > MAX_QUOTE_LENGTH ? `${text.slice(0, MAX_QUOTE_LENGTH).trimEnd()}…` : text;
  return readable(clipped)
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`));
}

export function renderFeedbackMarkdown(summary: FeedbackSummary): string {
  const scope = summary.since ? `since ${summary.since}` : 'all time';
  const lines = [
    '# Field feedback',
    '',
    `${summary.total} ${summary.total === 1 ? 'item' : 'items'}, ${scope}. Generated ${formatUtcMinute(Date.parse(summary.generatedAt))}.`,
    '',
    ...countTable('Kind', summary.byKind, humanize, '_No feedback._'),
    ...countTable('Status', summary.byStatus, humanize, '_No feedback._'),
    ...countTable('Competitor', summary.byCompetitor, (name) => name, '_No item names a competitor._'),
    ...countTable('Product', summary.byProduct, (name) => name, '_No item names a product._'),
  ];
  if (summary.quotes.length > 0) lines.push('## What the field says', '');
  for (const { kind, items } of summary.quotes) {
    lines.push(`### ${humanize(kind)}`, '');
    for (const quote of items) {
      const about = [quote.competitor, quote.product].filter((value) => value !== null).map((value) => readable(value));
      const source = [quote.accountId ?? '—', ...about, formatUtcDate(Date.parse(quote.createdAt)), humanize(quote.status).toLowerCase()];
      lines.push(...quoteLines(quote.text), '>', `> — ${source.map((part) => tableCell(part)).join(' · ')}`, '');
    }
  }
  return lines.join('\n');
}

const CSV_HEADER = ['id', 'created_at', 'updated_at', 'kind', 'status', 'competitor', 'product', 'account_id', 'note_id', 'owner', 'text', 'response'];

/** One row per item; `owners` maps user ids to emails so a reader knows whom to ask. */
export function renderFeedbackCsv(items: readonly FeedbackItem[], owners: ReadonlyMap<string, string>): string {
  const iso = (ms: number) => new Date(ms).toISOString();
  const rows: CsvValue[][] = items.map((item) => [
    item.id,
    iso(item.createdAt),
    iso(item.updatedAt),
    item.kind,
    item.status,
    item.competitor,
    item.product,
    item.accountId,
    item.noteId,
    owners.get(item.ownerId) ?? item.ownerId,
    readable(item.text),
    item.response === null ? null : readable(item.response),
  ]);
  return toCsv([CSV_HEADER, ...rows]);
}

export function parseReportFormat(raw: string): ReportFormat {
  const format = REPORT_FORMATS.find((candidate) => candidate === raw);
  if (!format) throw new CliError(`unknown format ${JSON.stringify(raw)} (use one of: ${REPORT_FORMATS.join(', ')})`);
  return format;
}

export async function feedbackReport(store: Store, options: { format?: string; since?: string; now?: number } = {}): Promise<string> {
  const format = parseReportFormat(options.format ?? 'md');
  const since = options.since === undefined ? undefined : parseSinceDate(options.since);
  const items = await collectFeedback(store, since === undefined ? {} : { since });
  if (format === 'csv') {
    const owners = new Map((await store.listUsers()).map((user) => [user.id, user.email]));
    return renderFeedbackCsv(items, owners);
  }
  const summary = summarizeFeedback(items, { since: options.since ?? null, now: options.now ?? Date.now() });
  return format === 'json' ? `${JSON.stringify(summary, null, 2)}\n` : renderFeedbackMarkdown(summary);
}
