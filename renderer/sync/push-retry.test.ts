import { describe, expect, it } from 'vitest';
import { createPushRetry, isWorthRetrying } from './push-retry.ts';
import { SyncHttpError } from './transport.ts';

describe('isWorthRetrying', () => {
  it.each([
    ['no connection (fetch failed)', new TypeError('fetch failed'), true],
    ['the server failed', new SyncHttpError(500, 'internal', 'Internal error'), true],
    ['the server is overloaded', new SyncHttpError(503, 'unavailable', 'Try later'), true],
    ['no answer in time', new DOMException('signal timed out', 'TimeoutError'), true],
    ['aborted', new DOMException('aborted', 'AbortError'), true],
    ['signed out', new SyncHttpError(401, 'unauthorized', 'Sign in again.'), false],
    ['refused as invalid', new SyncHttpError(400, 'invalid', 'Bad document'), false],
    ['too large', new SyncHttpError(413, 'too_large', 'Too large'), false],
    ['another kind of DOM error', new DOMException('quota', 'QuotaExceededError'), false],
    ['a plain error', new Error('bug'), false],
    ['a string', 'fetch failed', false],
    ['nothing', null, false],
  ])('%s', (_name, error, expected) => {
    expect(isWorthRetrying(error)).toBe(expected);
  });
});

describe('createPushRetry', () => {
  const failingTimes = (failures: unknown[], result = 'done') => {
    let calls = 0;
    return {
      push: async () => {
        calls += 1;
        if (calls <= failures.length) throw failures[calls - 1];
        return result;
      },
      calls: () => calls,
    };
  };

  it('tries again after each failure the server may get over, says so, and says when it went through', async () => {
    const reported: unknown[] = [];
    let recovered = 0;
    const delays: number[] = [];
    const retry = createPushRetry({
      onFailure: (error) => reported.push(error),
      onRecovered: () => (recovered += 1),
      isStopped: () => false,
      delay: (failures) => (delays.push(failures), 0),
    });
    const network = new TypeError('fetch failed');
    const down = new SyncHttpError(503, 'unavailable', 'Try later');
    const attempt = failingTimes([network, down]);
    expect(await retry.run(attempt.push)).toBe('done');
    expect(attempt.calls()).toBe(3);
    expect(reported).toEqual([network, down]);
    expect(delays).toEqual([1, 2]);
    expect(recovered).toBe(1);
  });

  it('hands a refusal to RxDB at once, without retrying or reporting it', async () => {
    const reported: unknown[] = [];
    const retry = createPushRetry({ onFailure: (error) => reported.push(error), isStopped: () => false, delay: () => 0 });
    const refused = new SyncHttpError(401, 'unauthorized', 'Sign in again.');
    const attempt = failingTimes([refused]);
    await expect(retry.run(attempt.push)).rejects.toBe(refused);
    expect(attempt.calls()).toBe(1);
    expect(reported).toEqual([]);
  });

  it('ends a long wait at once when asked (Sync now, back online)', async () => {
    const retry = createPushRetry({ onFailure: () => {}, isStopped: () => false, delay: () => 600_000 });
    const attempt = failingTimes([new TypeError('fetch failed')]);
    let settled = false;
    const running = retry.run(attempt.push).then((result) => ((settled = true), result));
    await expect.poll(() => attempt.calls()).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(settled).toBe(false);
    retry.now();
    expect(await running).toBe('done');
    expect(attempt.calls()).toBe(2);
  });

  it('gives the failure back when the replication stops while it waits', async () => {
    let isStopped = false;
    const retry = createPushRetry({ onFailure: () => {}, isStopped: () => isStopped, delay: () => 600_000 });
    const network = new TypeError('fetch failed');
    const attempt = failingTimes([network]);
    const running = retry.run(attempt.push);
    await expect.poll(() => attempt.calls()).toBe(1);
    isStopped = true;
    retry.now();
    await expect(running).rejects.toBe(network);
    expect(attempt.calls()).toBe(1);
  });
});
