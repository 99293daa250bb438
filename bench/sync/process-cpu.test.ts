import { describe, expect, it } from 'vitest';
import { cpuBetween, formatCpu, parseStatCpu, processKind } from './process-cpu.ts';

describe('processKind', () => {
  it.each([
    ['/usr/lib/chromium/chromium --headless --remote-debugging-pipe --user-data-dir=/tmp/x about:blank', 'browser'],
    ['/usr/lib/chromium/chromium --type=renderer --lang=en-US --renderer-client-id=5', 'renderer'],
    ['/usr/lib/chromium/chromium --type=utility --utility-sub-type=network.mojom.NetworkService --lang=en-US', 'utility:network'],
    ['/usr/lib/chromium/chromium --type=gpu-process --no-sandbox', 'gpu-process'],
    ['/opt/google/chrome/chrome --type=zygote', 'zygote'],
  ])('names %s', (commandLine, kind) => {
    expect(processKind(commandLine, 42, 7)).toBe(kind);
  });

  it('knows the server by its pid, whatever it runs', () => {
    expect(processKind('/usr/bin/node --max-semi-space-size=2 dist/main.js', 42, 42)).toBe('server');
  });

  it.each([
    ['another node process', '/usr/bin/node dist/main.js'],
    ['a process with chromium only in an argument', '/usr/bin/node --path=/usr/lib/chromium/chromium bench.js'],
    ['an editor of a file named chromium', 'vim chromium.txt'],
    ['an empty command line (a kernel thread)', ''],
  ])('leaves out %s', (_, commandLine) => {
    expect(processKind(commandLine, 42, 7)).toBeNull();
  });
});

describe('parseStatCpu', () => {
  const stat = (name: string) => `1234 (${name}) S 1 1234 1234 0 -1 4194560 500 0 0 0 250 75 0 0 20 0 12 0 100 1000000 2000 18446744073709551615`;

  it('adds user and system time, in seconds', () => {
    expect(parseStatCpu(stat('chromium'))).toBeCloseTo(3.25);
  });

  it('counts fields after the name, even one with spaces and parentheses', () => {
    expect(parseStatCpu(stat('Chrome_Child (x) 2'))).toBeCloseTo(3.25);
  });

  it.each([['empty text', ''], ['a line cut short', '1234 (node) S 1 2']])('refuses %s', (_, text) => {
    expect(() => parseStatCpu(text)).toThrow(/Unreadable/);
  });
});

describe('cpuBetween', () => {
  it('sums per kind, and counts a process started in between from zero', () => {
    const before = new Map([
      [1, { kind: 'renderer', seconds: 2 }],
      [2, { kind: 'browser', seconds: 5 }],
    ]);
    const after = new Map([
      [1, { kind: 'renderer', seconds: 3.5 }],
      [2, { kind: 'browser', seconds: 6 }],
      [3, { kind: 'renderer', seconds: 0.25 }],
    ]);
    expect(cpuBetween(before, after)).toEqual({ renderer: 1.75, browser: 1 });
  });

  it('prints the busiest first and leaves out what barely ran', () => {
    expect(formatCpu({ renderer: 1.5, gpu: 0.001, browser: 2.25 })).toBe('browser 2.25 s, renderer 1.50 s');
  });
});
