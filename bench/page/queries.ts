/**
 * Indexed queries timed inside the page. Each run asks a slightly different question: RxDB caches
 * a query's results until the collection changes, so repeating the identical query would time
 * the cache, not IndexedDB.
 */
import type { RxQueryPlan } from 'rxdb';
import type { FieldcaseDatabase } from '../../renderer/db/database.ts';
import { findBattleCardsForCompetitors } from '../../renderer/db/repos/battle-cards.repo.ts';
import { findNotesUpdatedBetween } from '../../renderer/db/repos/notes.repo.ts';
import type { QueryFigures, QueryOptions } from '../harness-api.ts';
import { NOTES_QUERY_RANGE, QUERY_COMPETITORS } from './dataset.ts';

interface TimedQuery {
  label: string;
  /** What RxDB's planner does with this query. */
  plan(db: FieldcaseDatabase): RxQueryPlan;
  /** Runs the query once; `run` makes the question unique. Resolves to the number of hits. */
  execute(db: FieldcaseDatabase, run: number): Promise<number>;
}

/** A 1 ms shift of the upper bound per run changes the cache key without changing the result. */
function rangeFor(run: number) {
  return { from: NOTES_QUERY_RANGE.from, to: NOTES_QUERY_RANGE.to - run };
}

/** A competitor no card has: it makes each run's question unique and matches nothing. */
function competitorsFor(run: number): string[] {
  return [...QUERY_COMPETITORS, `no-such-competitor-${run}`];
}

const QUERIES: TimedQuery[] = [
  {
    label: '50 newest notes, updatedAt in a 90-day range, desc',
    // The same query as findNotesUpdatedBetween, built here only to read its plan.
    plan: (db) =>
      db.call_notes
        .find({ selector: { updatedAt: { $gte: rangeFor(0).from, $lte: rangeFor(0).to } }, sort: [{ updatedAt: 'desc' }], limit: 50 })
        .getPreparedQuery().queryPlan,
    async execute(db, run) {
      return (await findNotesUpdatedBetween(db, rangeFor(run), 50)).length;
    },
  },
  {
    label: `battle cards, competitor in [${QUERY_COMPETITORS.join(', ')}]`,
    // The same selector as findBattleCardsForCompetitors, built here only to read its plan.
    plan: (db) => db.battle_cards.find({ selector: { competitor: { $in: competitorsFor(0) } } }).getPreparedQuery().queryPlan,
    async execute(db, run) {
      return (await findBattleCardsForCompetitors(db, competitorsFor(run))).length;
    },
  },
];

async function timeQuery(db: FieldcaseDatabase, query: TimedQuery, options: QueryOptions): Promise<QueryFigures> {
  let run = 0;
  let hits = 0;
  // Warm-up runs compile the query plan and wake IndexedDB; they are not reported.
  for (let i = 0; i < options.warmups; i += 1) hits = await query.execute(db, run++);
  const runsMs: number[] = [];
  for (let i = 0; i < options.runs; i += 1) {
    const start = performance.now();
    hits = await query.execute(db, run++);
    runsMs.push(performance.now() - start);
  }
  const plan = query.plan(db);
  return { label: query.label, index: plan.index.join('+'), isSortedByIndex: plan.sortSatisfiedByIndex, hits, runsMs };
}

export async function timeQueries(db: FieldcaseDatabase, options: QueryOptions): Promise<QueryFigures[]> {
  const figures: QueryFigures[] = [];
  for (const query of QUERIES) figures.push(await timeQuery(db, query, options));
  return figures;
}
