/**
 * `report readiness [--kit ID] [--format md|csv|json]`: how far every rep is through each launch
 * kit, from the activities their laptops synced. The figures come from the same shared code as
 * the app's Readiness screen (shared/domain/readiness.ts); report-readiness-render.ts lays them out.
 */
import { passScoreOf } from '../../shared/domain/knowledge-check.ts';
import { indexKitItems, isOverdue, teamReadiness, teamRepIds, type KitReadiness } from '../../shared/domain/readiness.ts';
import { ACTIVITY_KINDS, type Activity, type CollectionName, type EnablementKit } from '../../shared/schemas/index.ts';
import type { Store, StoredDocument } from '../store/store.ts';
import { CliError } from './cli-errors.ts';
import { parseReportFormat } from './report-render.ts';
import { renderReadinessCsv, renderReadinessMarkdown } from './report-readiness-render.ts';

const PAGE_SIZE = 500;

export interface ReadinessReportRep {
  id: string;
  /** The user's email and name, or null for an owner no longer among the users. */
  email: string | null;
  name: string | null;
  done: number;
  total: number;
  /**
   * Each required item: done (on its current version) or not; `outdated` names the older
   * version the rep last saw (null when the activity did not record it) when that is all.
   */
  items: {
    id: string;
    kind: string;
    title: string | null;
    version: number | null;
    doneAt: string | null;
    outdated: { at: string; version: number | null } | null;
  }[];
  check: { isRequired: boolean; attempts: number; bestScore: number | null; passedAt: string | null };
  isComplete: boolean;
  completedAt: string | null;
  isOverdue: boolean;
}

export interface ReadinessReportKit {
  id: string;
  title: string;
  product: string;
  launchDate: string;
  dueDate: string;
  passScore: number;
  questions: number;
  requiredItemIds: string[];
  /** Items the kit names that are not published on the server. */
  missingItemIds: string[];
  completeCount: number;
  reps: ReadinessReportRep[];
}

export interface ReadinessReport {
  generatedAt: string;
  kits: ReadinessReportKit[];
}

/** Every live document of one collection, paging through it. */
async function collectLive(store: Store, collection: CollectionName, pageSize: number): Promise<StoredDocument[]> {
  const docs: StoredDocument[] = [];
  let after = 0;
  for (;;) {
    const page = await store.pull({ collection, after, limit: pageSize });
    docs.push(...page.filter((stored) => !stored.deleted));
    const last = page.at(-1);
    if (!last || page.length < pageSize) return docs;
    after = last.sequence;
  }
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const time = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const strings = (value: unknown): string[] => list(value).filter((item): item is string => typeof item === 'string');

/** A stored kit as readiness reads it: the shapes it walks are made safe, odd entries dropped. */
function toKit({ id, doc }: StoredDocument): EnablementKit {
  const qualification = (doc['qualification'] ?? {}) as Record<string, unknown>;
  const questions = list(doc['knowledgeCheck']).filter(
    (q): q is EnablementKit['knowledgeCheck'][number] => typeof q === 'object' && q !== null && Array.isArray((q as { choices?: unknown }).choices),
  );
  const passScore = doc['passScore'];
  return {
    id,
    title: text(doc['title']) || id,
    product: text(doc['product']),
    launchDate: time(doc['launchDate']),
    dueDate: time(doc['dueDate']),
    requiredItemIds: strings(doc['requiredItemIds']),
    qualification: { fit: strings(qualification['fit']), notFit: strings(qualification['notFit']) },
    knowledgeCheck: questions,
    ...(typeof passScore === 'number' ? { passScore } : {}),
    faq: [],
    version: time(doc['version']) || 1,
    publishedAt: time(doc['publishedAt']),
    updatedAt: time(doc['updatedAt']),
  };
}

const READINESS_KINDS = new Set<string>(['card_reviewed', 'collateral_opened', 'demo_rehearsed', 'knowledge_check']);

function toActivity({ id, ownerId, doc }: StoredDocument): Activity | null {
  const kind = ACTIVITY_KINDS.find((known) => known === doc['kind']);
  if (!kind || !READINESS_KINDS.has(kind)) return null;
  const score = doc['score'];
  const subjectVersion = doc['subjectVersion'];
  const at = time(doc['at']);
  return {
    id,
    ownerId: ownerId ?? text(doc['ownerId']),
    kind,
    subjectId: text(doc['subjectId']),
    ...(typeof subjectVersion === 'number' ? { subjectVersion } : {}),
    at,
    ...(typeof score === 'number' ? { score } : {}),
    createdAt: at,
    updatedAt: at,
  };
}

/** An item's publication and update times, each only when the stored document has a readable one. */
function times(doc: Record<string, unknown>): { publishedAt?: number; updatedAt?: number } {
  const { publishedAt, updatedAt } = doc;
  return {
    ...(typeof publishedAt === 'number' && Number.isFinite(publishedAt) ? { publishedAt } : {}),
    ...(typeof updatedAt === 'number' && Number.isFinite(updatedAt) ? { updatedAt } : {}),
  };
}

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

function reportRep(kit: EnablementKit, row: KitReadiness, user: { email: string; name: string } | undefined, now: number): ReadinessReportRep {
  return {
    id: row.repId,
    email: user?.email ?? null,
    name: user?.name ?? null,
    done: row.done,
    total: row.total,
    items: row.items.map((item) => ({
      id: item.id,
      kind: item.kind,
      title: item.title,
      version: item.version,
      doneAt: iso(item.doneAt),
      outdated: item.outdated && { at: new Date(item.outdated.at).toISOString(), version: item.outdated.version },
    })),
    check: { isRequired: row.check.isRequired, attempts: row.check.attempts, bestScore: row.check.bestScore, passedAt: iso(row.check.passedAt) },
    isComplete: row.isComplete,
    completedAt: iso(row.completedAt),
    isOverdue: isOverdue(kit, row, now),
  };
}

export async function buildReadinessReport(store: Store, options: { kitId?: string; now: number; pageSize?: number }): Promise<ReadinessReport> {
  const pageSize = options.pageSize ?? PAGE_SIZE;
  const [kitDocs, activityDocs, cards, collateral, scripts, users] = await Promise.all([
    collectLive(store, 'enablement_kits', pageSize),
    collectLive(store, 'activities', pageSize),
    collectLive(store, 'battle_cards', pageSize),
    collectLive(store, 'collateral', pageSize),
    collectLive(store, 'demo_scripts', pageSize),
    store.listUsers(),
  ]);
  let kits = kitDocs.map(toKit);
  if (options.kitId !== undefined) {
    kits = kits.filter((kit) => kit.id === options.kitId);
    if (kits.length === 0) {
      const known = kitDocs.map((doc) => doc.id).sort();
      throw new CliError(`no kit with id ${JSON.stringify(options.kitId.slice(0, 100))} (kits: ${known.length === 0 ? 'none yet' : known.join(', ')})`);
    }
  }
  // Each item's version and last change decide which reviews still count.
  const sources = (docs: StoredDocument[]) =>
    docs.map(({ id, doc }) => ({ id, title: text(doc['title']) || id, version: time(doc['version']), ...times(doc) }));
  const index = indexKitItems({ battleCards: sources(cards), collateral: sources(collateral), demoScripts: sources(scripts) });
  const activities = activityDocs.map(toActivity).filter((activity) => activity !== null);
  // Active reps, then owners of activities who are not users any more; managers, admins and
  // disabled accounts are left out (a manager trying the check is not on the team's list).
  const members = [...users]
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
    .map((user) => ({ id: user.id, role: user.disabledAt === null ? user.role : 'disabled' }));
  const repIds = teamRepIds(members, activities, '');
  const byId = new Map(users.map((user) => [user.id, user]));
  return {
    generatedAt: new Date(options.now).toISOString(),
    kits: teamReadiness(kits, index, activities, repIds).map(({ kit, reps: rows, completeCount }) => ({
      id: kit.id,
      title: kit.title,
      product: kit.product,
      launchDate: new Date(kit.launchDate).toISOString(),
      dueDate: new Date(kit.dueDate).toISOString(),
      passScore: passScoreOf(kit),
      questions: kit.knowledgeCheck.length,
      requiredItemIds: [...new Set(kit.requiredItemIds)],
      missingItemIds: [...new Set(kit.requiredItemIds)].filter((id) => !index.has(id)),
      completeCount,
      reps: rows.map((row) => reportRep(kit, row, byId.get(row.repId), options.now)),
    })),
  };
}

export async function readinessReport(store: Store, options: { kitId?: string; format?: string; now?: number } = {}): Promise<string> {
  const format = parseReportFormat(options.format ?? 'md');
  const report = await buildReadinessReport(store, { ...(options.kitId === undefined ? {} : { kitId: options.kitId }), now: options.now ?? Date.now() });
  if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
  return format === 'csv' ? renderReadinessCsv(report) : renderReadinessMarkdown(report);
}
