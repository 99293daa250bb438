import { describe, expect, it } from 'vitest';
import { SYNC_LIMITS } from '../../shared/sync/protocol.ts';
import { pushBodies } from './push-bodies.ts';

const bytesOf = (body: string) => new TextEncoder().encode(body).length;
const row = (id: number, text: string) => ({ newDocumentState: { id: `n-${id}`, body: text } });

describe('pushBodies', () => {
  it('sends a batch of short rows as one JSON array, as the server reads it', () => {
    const rows = [row(1, 'a'), row(2, 'b')];
    const bodies = pushBodies(rows);
    expect(bodies).toHaveLength(1);
    expect(JSON.parse(bodies[0] as string)).toEqual(rows);
  });

  it('splits rows over the byte limit into several bodies, in order, each within it', () => {
    const rows = Array.from({ length: 10 }, (_, i) => row(i, 'x'.repeat(90)));
    const one = bytesOf(JSON.stringify(rows[0]));
    // Room for three rows and their commas, not four.
    const maxBytes = 2 + 3 * one + 2 + 1;
    const bodies = pushBodies(rows, { maxBytes, maxRows: 1_000 });
    expect(bodies.map((body) => (JSON.parse(body) as unknown[]).length)).toEqual([3, 3, 3, 1]);
    expect(bodies.flatMap((body) => JSON.parse(body) as unknown[])).toEqual(rows);
    for (const body of bodies) expect(bytesOf(body)).toBeLessThanOrEqual(maxBytes);
  });

  it('counts bytes, not characters: text beyond ASCII takes up to four bytes a character', () => {
    const rows = Array.from({ length: 4 }, (_, i) => row(i, 'é日🙂'.repeat(30)));
    const one = bytesOf(JSON.stringify(rows[0]));
    expect(one).toBeGreaterThan(JSON.stringify(rows[0]).length);
    const maxBytes = 2 + 2 * one + 1;
    const bodies = pushBodies(rows, { maxBytes, maxRows: 1_000 });
    expect(bodies).toHaveLength(2);
    for (const body of bodies) expect(bytesOf(body)).toBeLessThanOrEqual(maxBytes);
  });

  it('keeps to the server’s row limit', () => {
    const rows = Array.from({ length: SYNC_LIMITS.maxPushRows + 1 }, (_, i) => row(i, ''));
    expect(pushBodies(rows).map((body) => (JSON.parse(body) as unknown[]).length)).toEqual([SYNC_LIMITS.maxPushRows, 1]);
  });

  it('sends a row larger than the limit on its own, and nothing for no rows', () => {
    const bodies = pushBodies([row(1, 'a'), row(2, 'y'.repeat(500)), row(3, 'b')], { maxBytes: 100, maxRows: 1_000 });
    expect(bodies.map((body) => (JSON.parse(body) as { newDocumentState: { id: string } }[]).map((r) => r.newDocumentState.id))).toEqual([['n-1'], ['n-2'], ['n-3']]);
    expect(pushBodies([])).toEqual([]);
  });
});
