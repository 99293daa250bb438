import { afterEach, describe, expect, it, vi } from 'vitest';
import { DAY } from './context.ts';
import { buildDemoWorkspace, type DemoOwners, type DemoWorkspace } from './index.ts';

const NOW = Date.UTC(2025, 2, 12, 9, 41, 17, 250) + 0.4;
const OWNERS: DemoOwners = { rep: 'user-ana', rep2: 'user-ben' };
const TIMESTAMP_KEYS = new Set(['createdAt', 'updatedAt', 'publishedAt', 'startsAt', 'endsAt', 'closeDate', 'at', 'dueAt', 'launchDate', 'dueDate']);

function build(now = NOW, utcOffsetMinutes?: number, owners = OWNERS): DemoWorkspace {
  return buildDemoWorkspace({ now, owners, ...(utcOffsetMinutes === undefined ? {} : { utcOffsetMinutes }) });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('determinism', () => {
  it('builds identical workspaces from identical inputs without reading the clock or randomness', () => {
    const first = build();
    vi.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('Math.random used');
    });
    vi.spyOn(Date, 'now').mockImplementation(() => {
      throw new Error('Date.now used');
    });
    expect(build()).toStrictEqual(first);
  });

  it('shares no mutable objects between builds', () => {
    const first = build();
    const pristine = build();
    first.demo_scripts[0]?.steps.splice(0);
    first.opportunities[0]?.competitors.push('Mutated');
    first.call_notes[0]?.tags.push('mutated');
    expect(build()).toStrictEqual(pristine);
  });

  it.each([1, 3, -40])('shifts every timestamp, and nothing else, when now moves by %i days', (days) => {
    const before = build();
    const after = build(NOW + days * DAY);
    let shifted = 0;
    const walk = (a: unknown, b: unknown, key: string, path: string): void => {
      if (typeof a === 'number' && typeof b === 'number') {
        if (TIMESTAMP_KEYS.has(key)) {
          expect(b - a, path).toBe(days * DAY);
          shifted += 1;
        } else {
          expect(b, path).toBe(a);
        }
      } else if (a !== null && typeof a === 'object' && b !== null && typeof b === 'object') {
        expect(Object.keys(b), path).toEqual(Object.keys(a));
        for (const [k, v] of Object.entries(a)) walk(v, (b as Record<string, unknown>)[k], Array.isArray(a) ? key : k, `${path}.${k}`);
      } else {
        expect(b, path).toEqual(a);
      }
    };
    walk(before, after, '', 'workspace');
    expect(shifted).toBeGreaterThan(100);
  });

  it('changes only ownerIds for other owners', () => {
    const strip = (ws: DemoWorkspace) => JSON.parse(JSON.stringify(ws).replace(/"ownerId":"[^"]*"/g, '"ownerId":""')) as unknown;
    const other = build(NOW, undefined, { rep: 'user-cleo', rep2: 'user-dan' });
    expect(strip(other)).toEqual(strip(build()));
    expect(other.accounts.map((account) => account.ownerId)).toContain('user-dan');
  });
});

describe('hostile options', () => {
  it.each([Number.NaN, Number.POSITIVE_INFINITY, -1, 0, 1e20])('rejects now = %s', (now) => {
    expect(() => build(now)).toThrow(RangeError);
  });

  it.each([15 * 60, -15 * 60, 30.5, Number.NaN])('rejects utcOffsetMinutes = %s', (offset) => {
    expect(() => build(NOW, offset)).toThrow(RangeError);
  });

  it.each(['', ' rep', 'a/b', '../admin', 'x'.repeat(101)])('rejects owner id %j', (rep) => {
    expect(() => build(NOW, undefined, { rep, rep2: 'user-ben' })).toThrow(TypeError);
  });
});
