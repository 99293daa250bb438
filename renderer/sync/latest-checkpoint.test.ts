import { describe, expect, it } from 'vitest';
import { latestCheckpoint } from './latest-checkpoint.ts';

/** A write that finishes only when the test says so, to offer checkpoints while it runs. */
function heldWrites() {
  const written: number[] = [];
  const releases: (() => void)[] = [];
  const failures: ((error: Error) => void)[] = [];
  const write = (checkpoint: number) =>
    new Promise<void>((resolve, reject) => {
      releases.push(() => {
        written.push(checkpoint);
        resolve();
      });
      failures.push(reject);
    });
  const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { written, write, flush, release: (i: number) => releases[i]?.(), fail: (i: number, error: Error) => failures[i]?.(error), started: () => releases.length };
}

/** Checkpoints written by held writes, and the counts of pages they reported stored. */
function heldCheckpoints() {
  const held = heldWrites();
  const stored: number[] = [];
  const checkpoints = latestCheckpoint(held.write, (count) => stored.push(count));
  return { held, stored, checkpoints };
}

describe('latestCheckpoint', () => {
  it('writes at once when nothing is being written, and counts the pages it covers once written', async () => {
    const { held, stored, checkpoints } = heldCheckpoints();
    checkpoints.offer(1, 1000);
    expect(held.started()).toBe(1);
    expect(stored).toEqual([]);
    held.release(0);
    await checkpoints.settled();
    expect(held.written).toEqual([1]);
    expect(stored).toEqual([1000]);
  });

  it('while one write runs, writes only the newest checkpoint offered meanwhile, for all the pages it covers', async () => {
    const { held, stored, checkpoints } = heldCheckpoints();
    checkpoints.offer(1, 1000);
    checkpoints.offer(2, 1000);
    checkpoints.offer(3, 500);
    expect(held.started()).toBe(1);
    held.release(0);
    await held.flush();
    expect(held.started()).toBe(2);
    held.release(1);
    await checkpoints.settled();
    expect(held.written).toEqual([1, 3]);
    expect(stored).toEqual([1000, 1500]);
  });

  it('settles only once every checkpoint offered before is written', async () => {
    const { held, checkpoints } = heldCheckpoints();
    checkpoints.offer(1, 10);
    checkpoints.offer(2, 10);
    let isSettled = false;
    const settled = checkpoints.settled().then(() => (isSettled = true));
    held.release(0);
    await held.flush();
    expect(isSettled).toBe(false);
    held.release(1);
    await settled;
    expect(held.written).toEqual([1, 2]);
  });

  it('starts writing again for a checkpoint offered after it had caught up', async () => {
    const { held, checkpoints } = heldCheckpoints();
    checkpoints.offer(1, 10);
    held.release(0);
    await checkpoints.settled();
    checkpoints.offer(2, 10);
    expect(held.started()).toBe(2);
    held.release(1);
    await checkpoints.settled();
    expect(held.written).toEqual([1, 2]);
  });

  it('after a failed write, rejects with its error, writes nothing more and counts nothing', async () => {
    const { held, stored, checkpoints } = heldCheckpoints();
    checkpoints.offer(1, 10);
    checkpoints.offer(2, 10);
    held.fail(0, new Error('QuotaExceededError'));
    await expect(checkpoints.settled()).rejects.toThrow('QuotaExceededError');
    checkpoints.offer(3, 10);
    await expect(checkpoints.settled()).rejects.toThrow('QuotaExceededError');
    expect(held.started()).toBe(1);
    expect(stored).toEqual([]);
  });
});
