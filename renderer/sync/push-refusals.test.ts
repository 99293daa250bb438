import { describe, expect, it } from 'vitest';
import { isRefusalOfRows, isolatingRefusals } from './push-refusals.ts';
import { SyncHttpError } from './transport.ts';

/** A server refusing any push that holds one of `bad`; records what it stored and each request. */
function server(bad: number[], failWith = (rows: number[]) => new SyncHttpError(422, 'invalid_document', `row ${rows.find((row) => bad.includes(row))} is not valid`)) {
  const stored: number[] = [];
  const requests: number[][] = [];
  const push = async (rows: number[]) => {
    requests.push(rows);
    if (rows.some((row) => bad.includes(row))) throw failWith(rows);
    stored.push(...rows);
    return rows.filter((row) => row % 10 === 0).map((row) => `conflict ${row}`);
  };
  return { stored, requests, push };
}

const rows = (count: number) => Array.from({ length: count }, (_, i) => i + 1);

describe('isolatingRefusals', () => {
  it('sends a push the server takes once, as it is', async () => {
    const { stored, requests, push } = server([]);
    expect(await isolatingRefusals(push)(rows(20))).toEqual(['conflict 10', 'conflict 20']);
    expect(requests).toHaveLength(1);
    expect(stored).toEqual(rows(20));
  });

  it('stores every row but the refused one, then passes the refusal on', async () => {
    const { stored, requests, push } = server([13]);
    await expect(isolatingRefusals(push)(rows(20))).rejects.toThrow('row 13 is not valid');
    expect(stored.sort((a, b) => a - b)).toEqual(rows(20).filter((row) => row !== 13));
    // Halving: about two requests per level, not one per row.
    expect(requests.length).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(20)) + 1);
  });

  it('sends rows refused last time apart at once, and halves nothing again', async () => {
    const { stored, requests, push } = server([13]);
    const send = isolatingRefusals(push);
    await expect(send(rows(20))).rejects.toThrow('row 13 is not valid');
    requests.length = 0;
    // RxDB tries the same push again: the other rows are sent again (no change on the server).
    await expect(send(rows(20))).rejects.toThrow('row 13 is not valid');
    expect(requests).toEqual([rows(20).filter((row) => row !== 13), [13]]);
    expect(new Set(stored)).toEqual(new Set(rows(20).filter((row) => row !== 13)));
    // Once the rep fixes it (another row), the push goes through whole.
    requests.length = 0;
    expect(await send([...rows(12), 21])).toEqual(['conflict 10']);
    expect(requests).toEqual([[...rows(12), 21]]);
  });

  it('tells which rows the server took when it passes a refusal on, leaving out rows in conflict', async () => {
    const { push } = server([13]);
    const taken: number[] = [];
    const send = isolatingRefusals(push, {
      onAccepted: (rows) => taken.push(...rows),
      idOfRow: String,
      idOfConflict: (conflict) => conflict.replace('conflict ', ''),
    });
    await expect(send(rows(20))).rejects.toThrow('row 13 is not valid');
    expect(taken.sort((a, b) => a - b)).toEqual(rows(20).filter((row) => ![10, 13, 20].includes(row)));
    // Tried again: the rows sent apart from the refused one are told again.
    taken.length = 0;
    await expect(send(rows(20))).rejects.toThrow('row 13 is not valid');
    expect(taken).toEqual(rows(20).filter((row) => ![10, 13, 20].includes(row)));
  });

  it('tells nothing when the push goes through whole, or fails for something other than its rows', async () => {
    const told: number[][] = [];
    const onAccepted = (rows: number[]) => told.push(rows);
    await isolatingRefusals(server([]).push, { onAccepted })(rows(5));
    const down = server([3], () => new SyncHttpError(503, 'down', 'Down.') as SyncHttpError);
    await expect(isolatingRefusals(down.push, { onAccepted })(rows(5))).rejects.toThrow('Down.');
    expect(told).toEqual([]);
  });

  it('counts no row in conflict as taken when it cannot tell rows and conflicts apart', async () => {
    const taken: number[] = [];
    await expect(isolatingRefusals(server([13]).push, { onAccepted: (rows) => taken.push(...rows) })(rows(20))).rejects.toThrow();
    // Parts that came back with conflicts are left out whole; the others were taken.
    expect(taken.every((row) => row !== 13)).toBe(true);
    expect(taken.length).toBeGreaterThan(0);
    expect(taken.length).toBeLessThan(19);
  });

  it('isolates several refused rows, keeping the order of the rest', async () => {
    const { stored, push } = server([1, 7, 20]);
    await expect(isolatingRefusals(push)(rows(20))).rejects.toBeInstanceOf(SyncHttpError);
    expect(stored).toEqual(rows(20).filter((row) => ![1, 7, 20].includes(row)));
  });

  it('passes on at once what is not about the rows: signed out, too many requests, the server failing, no network', async () => {
    for (const error of [new SyncHttpError(401, 'unauthorized', 'Sign in again.'), new SyncHttpError(429, 'busy', 'Slow down.'), new SyncHttpError(503, 'down', 'Down.'), new TypeError('fetch failed')]) {
      const { requests, push } = server([3], () => error as SyncHttpError);
      await expect(isolatingRefusals(push)(rows(8))).rejects.toBe(error);
      expect(requests).toHaveLength(1);
    }
  });

  it('stops splitting when a half fails for another reason', async () => {
    let calls = 0;
    const push = async (batch: number[]) => {
      calls += 1;
      if (calls === 1) throw new SyncHttpError(422, 'invalid_document', 'invalid');
      if (calls === 2) throw new TypeError('fetch failed');
      return batch.map(String);
    };
    await expect(isolatingRefusals(push)(rows(8))).rejects.toBeInstanceOf(TypeError);
    expect(calls).toBe(2);
  });

  it.each([
    [new SyncHttpError(422, 'invalid_document', ''), true],
    [new SyncHttpError(403, 'forbidden', ''), true],
    [new SyncHttpError(400, 'bad_request', ''), true],
    [new SyncHttpError(413, 'body_too_large', ''), true],
    [new SyncHttpError(401, 'unauthorized', ''), false],
    [new SyncHttpError(429, 'too_many', ''), false],
    [new SyncHttpError(500, 'internal', ''), false],
    [new Error('422'), false],
    [{ status: 422 }, false],
    [null, false],
  ])('%s is a refusal of rows: %s', (error, expected) => {
    expect(isRefusalOfRows(error)).toBe(expected);
  });
});
