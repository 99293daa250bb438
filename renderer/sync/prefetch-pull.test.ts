import { describe, expect, it } from 'vitest';
import type { PullResponse, SyncCheckpoint } from '../../shared/sync/protocol.ts';
import { prefetchingPull } from './prefetch-pull.ts';

/** A server holding `held` numbered documents; records every page asked for. */
function server(held: number, failing = new Set<number>()) {
  const asked: string[] = [];
  const priorities: (RequestPriority | undefined)[] = [];
  const fetchPage = async (checkpoint: SyncCheckpoint | null, limit: number, priority?: RequestPriority): Promise<PullResponse<number>> => {
    const from = checkpoint?.sequence ?? 0;
    asked.push(`${from}+${limit}`);
    priorities.push(priority);
    if (failing.delete(from)) throw new Error(`page after ${from} failed`);
    const to = Math.min(held, from + limit);
    return { documents: Array.from({ length: to - from }, (_, i) => from + i + 1), checkpoint: to > from ? { sequence: to } : checkpoint };
  };
  return { asked, priorities, fetchPage };
}

describe('prefetchingPull', () => {
  it('fetches the next page while the current one is stored, and uses it when asked', async () => {
    const { asked, fetchPage } = server(25);
    const pull = prefetchingPull(fetchPage);
    const first = await pull(null, 10);
    expect(first.documents).toHaveLength(10);
    expect(asked).toEqual(['0+10', '10+10']);
    const second = await pull({ sequence: 10 }, 10);
    expect(second.documents[0]).toBe(11);
    // The page after 20 was fetched ahead too; asking for it fetches nothing more.
    const third = await pull({ sequence: 20 }, 10);
    expect(third.documents).toEqual([21, 22, 23, 24, 25]);
    expect(asked).toEqual(['0+10', '10+10', '20+10']);
  });

  it('fetches nothing ahead after a short page (caught up)', async () => {
    const { asked, fetchPage } = server(5);
    await prefetchingPull(fetchPage)(null, 10);
    expect(asked).toEqual(['0+10']);
  });

  it('fetches afresh when asked for another checkpoint or size than the page fetched ahead', async () => {
    const { asked, fetchPage } = server(100);
    const pull = prefetchingPull(fetchPage);
    await pull(null, 10);
    // After a RESYNC, RxDB may ask again from an older checkpoint.
    expect((await pull({ sequence: 5 }, 10)).documents[0]).toBe(6);
    expect((await pull({ sequence: 15 }, 20)).documents[0]).toBe(16);
    expect(asked).toEqual(['0+10', '10+10', '5+10', '15+10', '15+20', '35+20']);
  });

  it('uses a page fetched ahead only once', async () => {
    const { asked, fetchPage } = server(100);
    const pull = prefetchingPull(fetchPage);
    await pull(null, 10);
    await pull(null, 10);
    expect(asked).toEqual(['0+10', '10+10', '0+10', '10+10']);
  });

  it('fetches again a page whose fetch ahead failed, and hands RxDB the error of a failing fetch', async () => {
    const { asked, fetchPage } = server(30, new Set([10]));
    const pull = prefetchingPull(fetchPage);
    await pull(null, 10);
    expect((await pull({ sequence: 10 }, 10)).documents[0]).toBe(11);
    expect(asked).toEqual(['0+10', '10+10', '10+10', '20+10']);

    const broken = prefetchingPull(server(30, new Set([0])).fetchPage);
    await expect(broken(null, 10)).rejects.toThrow('page after 0 failed');
  });

  it('fetches a page it is told of ahead of the pull that asks for it, once', async () => {
    const { asked, fetchPage } = server(25);
    const pull = prefetchingPull(fetchPage);
    pull.fetchAhead(null, 10);
    // Told twice (a retried start): still one fetch.
    pull.fetchAhead(null, 10);
    expect(asked).toEqual(['0+10']);
    expect((await pull(null, 10)).documents[0]).toBe(1);
    expect(asked).toEqual(['0+10', '10+10']);
  });

  it('leaves a page told of ahead unused when another is asked for, and fetches that one', async () => {
    const { asked, fetchPage } = server(25);
    const pull = prefetchingPull(fetchPage);
    pull.fetchAhead(null, 10);
    expect((await pull({ sequence: 20 }, 10)).documents).toEqual([21, 22, 23, 24, 25]);
    expect(asked).toEqual(['0+10', '20+10']);
  });

  it('hands the pull the error of a page told of ahead only when it is asked for, after fetching it again', async () => {
    const { asked, fetchPage } = server(25, new Set([0]));
    const pull = prefetchingPull(fetchPage);
    pull.fetchAhead(null, 10);
    await Promise.resolve();
    expect((await pull(null, 10)).documents[0]).toBe(1);
    expect(asked).toEqual(['0+10', '0+10', '10+10']);
  });

  it('asks for a page after a full one first, and any other page (maybe empty) after the rest', async () => {
    const { priorities, fetchPage } = server(15, new Set([10]));
    const pull = prefetchingPull(fetchPage);
    pull.fetchAhead(null, 10);
    await pull(null, 10);
    // The page after 10 failed when fetched ahead: fetched again, as urgently.
    await pull({ sequence: 10 }, 10);
    await pull({ sequence: 3 }, 10);
    expect(priorities).toEqual(['low', 'high', 'high', 'low', 'high']);
  });
});
