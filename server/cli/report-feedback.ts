/**
 * `report feedback`: what the field told product and marketing, read from the feedback
 * collection. Collecting and summarizing are plain data; report-render.ts turns them into
 * Markdown, CSV or JSON.
 */
import { FEEDBACK_KINDS, FEEDBACK_STATUSES } from '../../shared/schemas/index.ts';
import type { Store, StoredDocument } from '../store/store.ts';
import { CliError } from './cli-errors.ts';

const PAGE_SIZE = 500;
const QUOTES_PER_KIND = 3;

export interface FeedbackItem {
  id: string;
  ownerId: string;
  kind: string;
  status: string;
  text: string;
  competitor: string | null;
  product: string | null;
  accountId: string | null;
  noteId: string | null;
  response: string | null;
  createdAt: number;
  updatedAt: number;
}

export interface Count {
  name: string;
  count: number;
}

export interface Quote {
  id: string;
  text: string;
  accountId: string | null;
  competitor: string | null;
  product: string | null;
  status: string;
  createdAt: string;
}

export interface FeedbackSummary {
  generatedAt: string;
  /** The --since date (UTC), or null for all feedback. */
  since: string | null;
  total: number;
  byKind: Count[];
  byStatus: Count[];
  byCompetitor: Count[];
  byProduct: Count[];
  /** The most recent items of each kind that has any, newest first. */
  quotes: { kind: string; items: Quote[] }[];
}

/** "2025-06-01" → midnight UTC that day, in epoch ms; anything else is refused. */
export function parseSinceDate(raw: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  const time = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : Number.NaN;
  // Date.UTC rolls 2025-02-30 over to March; the round trip catches dates that do not exist.
  if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== raw) {
    throw new CliError(`--since must be a date written YYYY-MM-DD, like 2025-06-01 (got ${JSON.stringify(raw)})`);
  }
  return time;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const time = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

/** Reads fields defensively: a report must not crash on one odd document written by an older client. */
function toItem({ id, ownerId, doc }: StoredDocument): FeedbackItem {
  return {
    id,
    ownerId: ownerId ?? text(doc['ownerId']) ?? '',
    kind: text(doc['kind']) ?? 'other',
    status: text(doc['status']) ?? 'received',
    text: text(doc['text']) ?? '',
    competitor: text(doc['competitor']),
    product: text(doc['product']),
    accountId: text(doc['accountId']),
    noteId: text(doc['noteId']),
    response: text(doc['response']),
    createdAt: time(doc['createdAt']),
    updatedAt: time(doc['updatedAt']),
  };
}

/** Every live feedback item created at or after `since`, newest first; pages through the whole collection. */
export async function collectFeedback(store: Store, options: { since?: number; pageSize?: number } = {}): Promise<FeedbackItem[]> {
  const limit = options.pageSize ?? PAGE_SIZE;
  const items: FeedbackItem[] = [];
  let after = 0;
  for (;;) {
    const page = await store.pull({ collection: 'feedback', after, limit });
    for (const stored of page) {
      if (stored.deleted) continue;
      const item = toItem(stored);
      if (options.since === undefined || item.createdAt >= options.since) items.push(item);
    }
    const last = page.at(-1);
    if (!last || page.length < limit) break;
    after = last.sequence;
  }
  return items.sort((a, b) => b.createdAt - a.createdAt || a.id.localeCompare(b.id));
}

/** Counts in a fixed order for known values (so reports compare week to week), then any others. */
function countBy(items: readonly FeedbackItem[], key: (item: FeedbackItem) => string | null, known: readonly string[] = []): Count[] {
  const counts = new Map<string, number>(known.map((name) => [name, 0]));
  for (const item of items) {
    const name = key(item);
    if (name !== null) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const rest = [...counts].filter(([name]) => !known.includes(name)).sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  return [...known.map((name) => [name, counts.get(name) ?? 0] as const), ...rest].map(([name, count]) => ({ name, count }));
}

function toQuote(item: FeedbackItem): Quote {
  const { id, text: quoted, accountId, competitor, product, status, createdAt } = item;
  return { id, text: quoted, accountId, competitor, product, status, createdAt: new Date(createdAt).toISOString() };
}

export function summarizeFeedback(items: readonly FeedbackItem[], options: { since: string | null; now: number }): FeedbackSummary {
  const byKind = countBy(items, (item) => item.kind, FEEDBACK_KINDS);
  return {
    generatedAt: new Date(options.now).toISOString(),
    since: options.since,
    total: items.length,
    byKind,
    byStatus: countBy(items, (item) => item.status, FEEDBACK_STATUSES),
    byCompetitor: countBy(items, (item) => item.competitor),
    byProduct: countBy(items, (item) => item.product),
    quotes: byKind
      .filter(({ count }) => count > 0)
      .map(({ name }) => ({
        kind: name,
        items: items
          .filter((item) => item.kind === name)
          .slice(0, QUOTES_PER_KIND)
          .map(toQuote),
      })),
  };
}
