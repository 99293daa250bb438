/**
 * One side of the comparison, start to finish: a fresh server process with the dataset, laptop B
 * catching up from nothing (first sync), laptop A catching up too, then 100 live notes from A to
 * B, then 2,000 notes written on A while offline and pushed when it is back online. The
 * server's peak memory is read as it stops.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { WorkspaceDocuments } from '../../renderer/db/repos/workspace.repo.ts';
import { launchChromium, type CdpBrowser, type CdpPage } from './cdp.ts';
import type { FirstSyncFigures, LaptopConfig, OfflinePushFigures, Side } from './page-api.ts';
import { seedCouch, seedFieldcase } from './seed.ts';
import { readProcessMemory, type ProcessMemory } from './memory.ts';
import { cpuBetween, readProcessCpu, type CpuSeconds } from './process-cpu.ts';
import { BENCH_PASSWORD, startCouchServer, startFieldcaseServer, type BenchUser, type ServerProcess } from './servers.ts';

export const REP: BenchUser = { id: 'bench-rep', email: 'rep@bench.fieldcase', role: 'rep' };
const PUBLISHER: BenchUser = { id: 'bench-marketing', email: 'marketing@bench.fieldcase', role: 'marketing' };
const COUCH_DATABASE = 'rep-bench-rep';

/** One first sync of runFirstSyncs(), with the CPU each process kind spent meanwhile. */
export interface FirstSyncRun extends FirstSyncFigures {
  cpu: CpuSeconds;
}

export interface ScenarioPlan {
  chromium: string;
  pageUrl: string;
  workspace: WorkspaceDocuments;
  documents: number;
  liveWrites: number;
  liveWarmups: number;
  liveGapMs: number;
  offlineNotes: number;
  /** Where to write CPU profiles (each server's whole run, laptop B's first sync); none when absent. */
  profileDir?: string;
}

export interface SideFigures {
  side: Side;
  seedMs: number;
  firstSync: FirstSyncFigures;
  secondLaptopFirstSync: FirstSyncFigures;
  liveMs: number[];
  offlinePush: OfflinePushFigures;
  serverPeakBytes: number;
  /** The server's resident and peak memory after each step, to see which step drives the peak. */
  serverSteps: { step: string; memory: ProcessMemory }[];
  browser: string;
}

interface Laptop {
  browser: CdpBrowser;
  page: CdpPage;
  profile: string;
}

const call = (method: string, ...args: unknown[]) => `window.syncBench.${method}(${args.map((arg) => JSON.stringify(arg)).join(', ')})`;

async function openLaptop(plan: ScenarioPlan): Promise<Laptop> {
  const profile = mkdtempSync(join(tmpdir(), 'fieldcase-sync-bench-'));
  const browser = await launchChromium(plan.chromium, profile);
  try {
    const page = await browser.newPage();
    await page.goto(plan.pageUrl, 'window.syncBench !== undefined');
    return { browser, page, profile };
  } catch (error) {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}

async function closeLaptop(laptop: Laptop): Promise<void> {
  await laptop.page.evaluate(call('stop'), 30_000).catch(() => undefined);
  await laptop.browser.close();
  rmSync(laptop.profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
}

async function startServer(side: Side, dataDir: string, workspace: WorkspaceDocuments, profileDir?: string) {
  if (side === 'fieldcase') {
    const server = await startFieldcaseServer(dataDir, [REP, PUBLISHER], profileDir);
    const started = performance.now();
    await seedFieldcase(server.url, workspace, REP.email, PUBLISHER.email);
    const config = (name: string): LaptopConfig => ({ side, serverUrl: server.url, email: REP.email, password: BENCH_PASSWORD, databaseName: name });
    return { server, seedMs: performance.now() - started, config };
  }
  const server = await startCouchServer(dataDir, profileDir);
  const databaseUrl = `${server.url}/${COUCH_DATABASE}`;
  const started = performance.now();
  await seedCouch(databaseUrl, workspace);
  const config = (name: string): LaptopConfig => ({ side, serverUrl: databaseUrl, databaseName: name });
  return { server, seedMs: performance.now() - started, config };
}

/** Runs `work` under the page's CPU profiler when a profile folder is set. */
async function profiled<T>(profileDir: string | undefined, name: string, page: CdpPage, work: () => Promise<T>): Promise<T> {
  if (!profileDir) return work();
  await page.send('Profiler.enable');
  await page.send('Profiler.start');
  const result = await work();
  const { profile } = await page.send('Profiler.stop');
  writeFileSync(join(profileDir, `${name}.cpuprofile`), JSON.stringify(profile));
  return result;
}

async function measureLive(plan: ScenarioPlan, writer: CdpPage, reader: CdpPage): Promise<number[]> {
  const latencies: number[] = [];
  for (let i = 0; i < plan.liveWarmups + plan.liveWrites; i += 1) {
    const { id, at } = await writer.evaluate<{ id: string; at: number }>(call('writeNote', i, REP.id));
    const arrived = await reader.evaluate<number>(call('arrivalOf', id, 15_000), 20_000);
    if (i >= plan.liveWarmups) latencies.push(arrived - at);
    // A rep saves now and then, not in a tight loop: each write starts from a quiet system.
    await sleep(plan.liveGapMs);
  }
  return latencies;
}

async function measureOfflinePush(plan: ScenarioPlan, laptop: CdpPage): Promise<OfflinePushFigures> {
  await laptop.setOffline(true);
  // Let the page notice (its offline event, the live stream dropping) before the rep writes.
  await sleep(500);
  await laptop.evaluate(call('writeOfflineNotes', plan.offlineNotes, REP.id, 'bench-offline'));
  // The first push attempts fail while offline and settle into waiting.
  await sleep(1_000);
  await laptop.evaluate(call('armOnlinePush', plan.offlineNotes));
  await laptop.setOffline(false);
  return laptop.evaluate<OfflinePushFigures>(call('onlinePushResult', 60_000), 70_000);
}

export async function runSide(side: Side, plan: ScenarioPlan, log: (line: string) => void): Promise<SideFigures> {
  const dataDir = mkdtempSync(join(tmpdir(), `fieldcase-sync-bench-${side}-`));
  let server: ServerProcess | undefined;
  const laptops: Laptop[] = [];
  try {
    log(`${side}: starting the server and storing ${plan.documents.toLocaleString('en-US')} documents…`);
    const started = await startServer(side, dataDir, plan.workspace, plan.profileDir);
    server = started.server;
    const serverSteps: SideFigures['serverSteps'] = [];
    const note = async (step: string) => serverSteps.push({ step, memory: await readProcessMemory(started.server.pid) });
    await note('seeded');

    log(`${side}: laptop B, first sync into a fresh profile…`);
    const laptopB = await openLaptop(plan);
    laptops.push(laptopB);
    const firstSync = await profiled(plan.profileDir, `${side}-laptop-b-first-sync`, laptopB.page, () =>
      laptopB.page.evaluate<FirstSyncFigures>(call('firstSync', started.config('laptop-b'), plan.documents), 180_000),
    );
    await laptopB.page.evaluate(call('watchArrivals'));
    await note('first sync B');

    log(`${side}: laptop A, first sync…`);
    const laptopA = await openLaptop(plan);
    laptops.push(laptopA);
    const secondLaptopFirstSync = await laptopA.page.evaluate<FirstSyncFigures>(call('firstSync', started.config('laptop-a'), plan.documents), 180_000);

    await note('first sync A');
    log(`${side}: ${plan.liveWrites} live notes from A to B…`);
    const liveMs = await measureLive(plan, laptopA.page, laptopB.page);
    await note('live');

    log(`${side}: ${plan.offlineNotes.toLocaleString('en-US')} notes written offline on A, then back online…`);
    const offlinePush = await measureOfflinePush(plan, laptopA.page);
    await note('offline push');

    const browser = laptopA.browser.version;
    for (const laptop of laptops.splice(0)) await closeLaptop(laptop);
    const memory = await server.stop();
    server = undefined;
    return { side, seedMs: started.seedMs, firstSync, secondLaptopFirstSync, liveMs, offlinePush, serverPeakBytes: memory.peakBytes, serverSteps, browser };
  } finally {
    for (const laptop of laptops) await closeLaptop(laptop).catch(() => undefined);
    await server?.stop().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  }
}

/**
 * Only the first sync, `runs` times per side against one seeded server per side, each into a
 * fresh profile: to compare builds on a noisy machine by medians rather than by one run. The
 * sides take turns, run by run (and which goes first alternates), so a machine that slows
 * down or speeds up during the bench weighs on both alike.
 */
export async function runFirstSyncs(sides: Side[], plan: ScenarioPlan, runs: number, log: (line: string) => void): Promise<Map<Side, FirstSyncRun[]>> {
  const dataDirs: string[] = [];
  const servers = new Map<Side, Awaited<ReturnType<typeof startServer>>>();
  const figures = new Map<Side, FirstSyncRun[]>(sides.map((side) => [side, []]));
  try {
    for (const side of sides) {
      log(`${side}: starting the server and storing ${plan.documents.toLocaleString('en-US')} documents…`);
      const dataDir = mkdtempSync(join(tmpdir(), `fieldcase-sync-bench-${side}-`));
      dataDirs.push(dataDir);
      servers.set(side, await startServer(side, dataDir, plan.workspace, plan.profileDir));
    }
    for (let run = 1; run <= runs; run += 1) {
      const order = run % 2 === 1 ? sides : [...sides].reverse();
      for (const side of order) {
        const started = servers.get(side);
        if (!started) throw new Error(`No ${side} server`);
        const laptop = await openLaptop(plan);
        try {
          const firstSync = () => laptop.page.evaluate<FirstSyncFigures>(call('firstSync', started.config(`laptop-${run}`), plan.documents), 180_000);
          const before = await readProcessCpu(started.server.pid);
          const figure = await profiled(plan.profileDir, `${side}-first-sync-${run}`, laptop.page, firstSync);
          figures.get(side)?.push({ ...figure, cpu: cpuBetween(before, await readProcessCpu(started.server.pid)) });
          log(`${side}: first sync ${run} of ${runs}: ${figure.ms.toFixed(0)} ms`);
        } finally {
          await closeLaptop(laptop);
        }
      }
    }
    return figures;
  } finally {
    for (const { server } of servers.values()) await server.stop().catch(() => undefined);
    for (const dataDir of dataDirs) rmSync(dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  }
}
