/**
 * The sync comparison's page: one laptop per browser process, Fieldcase or PouchDB, driven by
 * bench/sync/run.ts through window.syncBench. Every time is taken here, in the page, so the
 * driver's round trips are never part of a figure.
 */
import type { FirstSyncFigures, LaptopConfig, OfflinePushFigures, SyncBenchPage } from '../page-api.ts';
import { openFieldcaseLaptop } from './fieldcase-laptop.ts';
import { noteBody, offlineNote, type Laptop } from './laptop.ts';
import { openPouchLaptop } from './pouchdb-laptop.ts';

declare global {
  interface Window {
    syncBench?: SyncBenchPage;
  }
}

/** Wall time with performance.now()'s resolution: comparable between the two laptops' processes. */
const epochNow = () => performance.timeOrigin + performance.now();

let laptop: Laptop | undefined;
const arrivals = new Map<string, number>();
const arrivalWaiters = new Map<string, (at: number) => void>();
let armedPush: Promise<OfflinePushFigures> | undefined;

function current(): Laptop {
  if (!laptop) throw new Error('firstSync() must run first');
  return laptop;
}

function timeout(ms: number, what: string): Promise<never> {
  return new Promise((_, reject) =>
    setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms; sync state: ${laptop?.describe() ?? 'no laptop'}`)), ms),
  );
}

/** Resolves once `isDone()` holds, checked whenever the laptop reports activity. */
function until(target: Laptop, isDone: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (isDone()) return resolve();
    const stop = target.onActivity(() => {
      if (!isDone()) return;
      stop();
      resolve();
    });
  });
}

async function firstSync(config: LaptopConfig, expected: number): Promise<FirstSyncFigures> {
  const started = performance.now();
  const opened = await (config.side === 'fieldcase' ? openFieldcaseLaptop(config) : openPouchLaptop(config));
  laptop = opened;
  const openMs = performance.now() - started;
  // Received counts every document a pull has written locally (both sides report a page once
  // it is stored): the clock stops there. Counting what is stored then confirms none is missing,
  // outside the time, as the two count differently: PouchDB keeps a count, RxDB counts its
  // index. Only if the count falls short does the clock run on until it is complete.
  await until(opened, () => opened.received() >= expected);
  const receivedAt = performance.now();
  let stored = await opened.storedCount();
  if (stored >= expected) return { ms: receivedAt - started, openMs, stored };
  while (stored < expected) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    stored = await opened.storedCount();
  }
  return { ms: performance.now() - started, openMs, stored };
}

const page: SyncBenchPage = {
  firstSync,

  watchArrivals() {
    current().onNoteStored((id) => {
      const at = epochNow();
      arrivals.set(id, at);
      arrivalWaiters.get(id)?.(at);
      arrivalWaiters.delete(id);
    });
  },

  async writeNote(index, ownerId) {
    const at = epochNow();
    const id = await current().writeNote({ ownerId, title: `Live visit ${index}`, body: noteBody(index) });
    return { id, at };
  },

  arrivalOf(id, timeoutMs) {
    const known = arrivals.get(id);
    if (known !== undefined) return Promise.resolve(known);
    const arrived = new Promise<number>((resolve) => arrivalWaiters.set(id, resolve));
    return Promise.race([arrived, timeout(timeoutMs, `The arrival of ${id}`)]);
  },

  async writeOfflineNotes(count, ownerId, idPrefix) {
    const now = Date.now();
    const notes = Array.from({ length: count }, (_, i) => offlineNote(`${idPrefix}-${i + 1}`, ownerId, i + 1, now));
    await current().writeNotes(notes);
  },

  armOnlinePush(count) {
    const target = current();
    const goal = target.pushed() + count;
    armedPush = new Promise<number>((resolve) => window.addEventListener('online', () => resolve(performance.now()), { once: true })).then(
      async (online) => {
        await until(target, () => target.pushed() >= goal);
        return { ms: performance.now() - online, pushed: target.pushed() - goal + count };
      },
    );
  },

  onlinePushResult(timeoutMs) {
    if (!armedPush) return Promise.reject(new Error('armOnlinePush() must run first'));
    return Promise.race([armedPush, timeout(timeoutMs, 'Pushing the offline notes')]);
  },

  async stop() {
    await laptop?.stop();
    laptop = undefined;
  },
};

window.syncBench = page;
