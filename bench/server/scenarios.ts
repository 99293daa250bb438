/**
 * What the load thread does to the server: push call notes from several reps at once, pull
 * everything as a manager, and time live deliveries to many open streams. Each scenario
 * returns figures only; printing and goals are report.ts's business.
 */
import { performance } from 'node:perf_hooks';
import type { CallNote } from '../../shared/schemas/index.ts';
import type { PullResponse, PushResponse, PushRow, SyncCheckpoint, WireDocument } from '../../shared/sync/protocol.ts';
import { keepAliveAgent, requestJson } from './client.ts';
import { median, spread, type Spread } from './stats.ts';

export interface Signed {
  id: string;
  token: string;
}

export const PUSH_PATH = '/api/v1/sync/call_notes/push';
const PULL_PATH = '/api/v1/sync/call_notes/pull';

const PHRASES = [
  'Walked through the rollout plan with the operations lead.',
  'They compare us with two other vendors on price and support hours.',
  'Procurement wants the security questionnaire before the end of the quarter.',
  'The pilot team asked for offline access in the warehouses.',
  'Follow up with a demo of the reporting module next week.',
  'Budget is approved; legal is reviewing the master agreement.',
];

/** A valid call note of about 500 bytes: every nullable field present, as the schema requires. */
export function callNote(ownerId: string, id: string, index: number, body?: string): WireDocument<'call_notes'> {
  const note: CallNote = {
    id,
    ownerId,
    accountId: `acct-${index % 500}`,
    opportunityId: null,
    meetingId: null,
    title: `Visit ${index}: quarterly review`,
    body: body ?? [0, 1, 2, 3, 4].map((k) => PHRASES[(index + k) % PHRASES.length]).join(' '),
    template: null,
    tags: [],
    competitors: [],
    createdAt: 1_700_000_000_000 + index,
    updatedAt: 1_700_000_000_000 + index,
  };
  return { ...note, _deleted: false };
}

export function pushBody(docs: WireDocument[]): Buffer {
  const rows: PushRow[] = docs.map((doc) => ({ newDocumentState: doc }));
  return Buffer.from(JSON.stringify(rows));
}

export interface PushFigures {
  docs: number;
  seconds: number;
  docsPerSecond: number;
  batchMs: Spread;
}

export interface PushPlan {
  base: string;
  reps: Signed[];
  totalDocs: number;
  batchSize: number;
  /** Distinguishes the ids of one run of the scenario from another (warm-up, measured). */
  idPrefix: string;
}

/** Every rep pushes its own share of the notes, batch after batch, all reps at once. */
export async function runPush({ base, reps, totalDocs, batchSize, idPrefix }: PushPlan): Promise<PushFigures> {
  const perRep = Math.ceil(totalDocs / reps.length);
  // Bodies are serialized before the clock starts: the bench measures the server, not JSON.stringify here.
  const bodies = reps.map((rep, r) => {
    const batches: Buffer[] = [];
    for (let start = 0; start < perRep; start += batchSize) {
      const size = Math.min(batchSize, perRep - start);
      const docs = Array.from({ length: size }, (_, k) => {
        const index = r * perRep + start + k;
        return callNote(rep.id, `${idPrefix}-${r}-${start + k}`, index);
      });
      batches.push(pushBody(docs));
    }
    return batches;
  });
  const agent = keepAliveAgent(reps.length);
  const batchMs: number[] = [];
  try {
    const started = performance.now();
    await Promise.all(
      reps.map(async (rep, r) => {
        for (const body of bodies[r] ?? []) {
          const sent = performance.now();
          const conflicts = await requestJson<PushResponse>({ agent, method: 'POST', url: base + PUSH_PATH, token: rep.token, body });
          batchMs.push(performance.now() - sent);
          if (conflicts.length > 0) throw new Error(`a push of new notes came back with ${conflicts.length} conflicts`);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const docs = perRep * reps.length;
    return { docs, seconds, docsPerSecond: docs / seconds, batchMs: spread(batchMs) };
  } finally {
    agent.destroy();
  }
}

export interface PullFigures {
  /** Documents in one full pull (every round reads the same). */
  docs: number;
  pages: number;
  roundsDocsPerSecond: number[];
  docsPerSecond: number;
}

export interface PullPlan {
  base: string;
  token: string;
  limit: number;
  rounds: number;
}

/** Pulls the whole collection from no checkpoint, page after page until a short page. */
export async function runPull({ base, token, limit, rounds }: PullPlan): Promise<PullFigures> {
  const agent = keepAliveAgent(1);
  const rates: number[] = [];
  let docs = 0;
  let pages = 0;
  try {
    for (let round = 0; round < rounds; round += 1) {
      docs = 0;
      pages = 0;
      let checkpoint: SyncCheckpoint | null = null;
      const started = performance.now();
      for (;;) {
        const query: string = `checkpoint=${encodeURIComponent(JSON.stringify(checkpoint))}&limit=${limit}`;
        const page: PullResponse = await requestJson<PullResponse>({ agent, method: 'GET', url: `${base}${PULL_PATH}?${query}`, token });
        docs += page.documents.length;
        pages += 1;
        checkpoint = page.checkpoint;
        if (page.documents.length < limit) break;
      }
      rates.push(docs / ((performance.now() - started) / 1000));
    }
    return { docs, pages, roundsDocsPerSecond: rates, docsPerSecond: median(rates) };
  } finally {
    agent.destroy();
  }
}
