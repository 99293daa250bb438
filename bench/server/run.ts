/**
 * Server benchmarks over real HTTP on loopback: push throughput, pull throughput and live
 * stream latency, against the embedded SQLite store and PostgreSQL side by side. The server
 * runs on this thread; the clients run on a worker thread (load-worker.ts) so their work does
 * not queue behind the server's. Figures are printed, never asserted: the exit code is
 * non-zero only when the bench itself failed.
 *
 *   npx tsx bench/server/run.ts
 *   FIELDCASE_BENCH_DATABASE_URL=postgres://user@host:5432/test npx tsx bench/server/run.ts
 */
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { performance } from 'node:perf_hooks';
import { buildServer } from '../../server/http/app.ts';
import { startLoadThread, type LoadRequest, type LoadThread } from './load-thread.ts';
import { formatReport, type Busy, type StoreColumn, type StoreFigures, type Workload } from './report.ts';
import { describeUrl, openPostgresBench, openSqliteBench, probePostgres, type BenchStore } from './stores.ts';
import { signUp } from './users.ts';

const DATABASE_URL = process.env['FIELDCASE_BENCH_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
const MANAGERS = 4;

const WORKLOAD: Workload = {
  pushDocs: 20_000,
  batchSize: 100,
  reps: 4,
  pullLimit: 1_000,
  pullRounds: 3,
  streams: 100,
  streamPushes: 200,
  intervalMs: 20,
};
const SETTLE_MS = 5_000;
/** Per scenario; together they bound a run to a few minutes even when a store is very slow. */
const TIMEOUT_MS = { push: 120_000, pull: 60_000, stream: 60_000 } as const;

/** Runs a scenario and notes how busy each thread was: a thread near 100% is the bottleneck. */
async function measured<K extends LoadRequest['kind']>(load: LoadThread, request: Extract<LoadRequest, { kind: K }>) {
  const before = performance.eventLoopUtilization();
  const { figures, clientBusy } = await load.run(request, TIMEOUT_MS[request.kind]);
  const busy: Busy = { server: performance.eventLoopUtilization(before).utilization, client: clientBusy };
  return { figures, busy };
}

async function benchStore(target: BenchStore, load: LoadThread): Promise<StoreFigures> {
  const { app } = await buildServer({ store: target.store, rateLimitPerMinute: 10_000_000 });
  try {
    const base = await app.listen({ host: '127.0.0.1', port: 0 });
    // The login route allows 10 sign-ins a minute per address: 4 reps and 4 managers fit.
    const reps = await signUp(target.store, base, 'rep', WORKLOAD.reps);
    const managers = await signUp(target.store, base, 'manager', MANAGERS);
    const [reader] = managers;
    if (!reader) throw new Error('no manager signed in');
    const { batchSize, pullLimit } = WORKLOAD;

    console.info(`${target.label}: warming up…`);
    const warmPush = { base, reps, totalDocs: reps.length * batchSize * 2, batchSize, idPrefix: 'warm' };
    await load.run({ kind: 'push', plan: warmPush }, TIMEOUT_MS.push);
    await load.run({ kind: 'pull', plan: { base, token: reader.token, limit: pullLimit, rounds: 1 } }, TIMEOUT_MS.pull);

    console.info(`${target.label}: pushing ${WORKLOAD.pushDocs.toLocaleString('en-US')} notes…`);
    const pushPlan = { base, reps, totalDocs: WORKLOAD.pushDocs, batchSize, idPrefix: 'note' };
    const push = await measured(load, { kind: 'push', plan: pushPlan });
    console.info(`${target.label}: pulling…`);
    const pullPlan = { base, token: reader.token, limit: pullLimit, rounds: WORKLOAD.pullRounds };
    const pull = await measured(load, { kind: 'pull', plan: pullPlan });
    console.info(`${target.label}: ${WORKLOAD.streams} streams open, pushing live notes…`);
    const [pusher] = reps;
    if (!pusher) throw new Error('no rep signed in');
    const streamPlan = {
      base,
      pusher,
      readerTokens: managers.map((manager) => manager.token),
      streams: WORKLOAD.streams,
      pushes: WORKLOAD.streamPushes,
      intervalMs: WORKLOAD.intervalMs,
      settleMs: SETTLE_MS,
      idPrefix: 'live',
    };
    const stream = await measured(load, { kind: 'stream', plan: streamPlan });
    return {
      push: push.figures,
      pull: pull.figures,
      stream: stream.figures,
      busy: { push: push.busy, pull: pull.busy, stream: stream.busy },
    };
  } finally {
    // Live streams never end by themselves: without this, close() would wait for them.
    app.server.closeAllConnections();
    await app.close();
  }
}

/** Opens the store, benches it, and always disposes of it; a failure becomes the column's note. */
async function column(label: string, open: () => Promise<BenchStore>, load: LoadThread): Promise<StoreColumn & { error?: unknown }> {
  let target: BenchStore;
  try {
    target = await open();
  } catch (error) {
    return { label, figures: { missing: `could not open the store: ${String(error)}` }, error };
  }
  try {
    return { label, figures: await benchStore(target, load) };
  } catch (error) {
    return { label, figures: { missing: `failed: ${error instanceof Error ? error.message : String(error)}` }, error };
  } finally {
    await target.dispose();
  }
}

/** Other work on the machine moves every figure here: the load average says how much there was. */
const loadAverage = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

function machine(): string {
  const cores = cpus();
  const memory = `${(totalmem() / 2 ** 30).toFixed(1)} GiB`;
  return `${cores.length} CPUs (${cores[0]?.model ?? 'unknown'}), ${memory}, ${type()} ${release()}, load average ${loadAverage()}; Node ${process.version}`;
}

async function main(): Promise<number> {
  console.info(`Machine: ${machine()}`);
  const postgres = await probePostgres(DATABASE_URL);
  if (postgres.isReachable) {
    console.info(`PostgreSQL: ${postgres.version} at ${describeUrl(DATABASE_URL)}`);
  } else {
    console.info(`PostgreSQL is NOT reachable at ${describeUrl(DATABASE_URL)} (${postgres.reason}): benching the embedded store only.`);
  }

  const load = startLoadThread();
  let isInterrupted = false;
  const stop = () => {
    isInterrupted = true;
    console.error('Interrupted: stopping the clients, the servers and the stores…');
    void load.stop();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const columns: (StoreColumn & { error?: unknown })[] = [];
  try {
    columns.push(await column('embedded (SQLite)', openSqliteBench, load));
    if (!postgres.isReachable) columns.push({ label: 'PostgreSQL', figures: { missing: 'not run: PostgreSQL is not reachable.' } });
    else if (isInterrupted) columns.push({ label: 'PostgreSQL', figures: { missing: 'not run: interrupted.' } });
    else columns.push(await column('PostgreSQL', () => openPostgresBench(DATABASE_URL), load));
  } finally {
    await load.stop();
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }

  console.info('');
  console.info(formatReport(WORKLOAD, columns));
  console.info(`Load average at the end: ${loadAverage()} (on ${cpus().length} CPUs).`);
  if (isInterrupted) return 130;
  const failures = columns.filter((c) => c.error !== undefined);
  for (const failure of failures) console.error(`\n${failure.label} failed:`, failure.error);
  return failures.length > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error('The server bench failed:', error);
    process.exitCode = 1;
  },
);
