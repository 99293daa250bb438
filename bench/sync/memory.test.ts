import { describe, expect, it } from 'vitest';
import { parseProcStatus } from './memory.ts';

const STATUS = ['Name:\tnode', 'VmPeak:\t 1234567 kB', 'VmHWM:\t  153600 kB', 'VmRSS:\t   98304 kB', 'Threads:\t11', ''].join('\n');

describe('parseProcStatus', () => {
  it('reads the peak and current resident set in bytes', () => {
    expect(parseProcStatus(STATUS)).toEqual({ peakBytes: 150 * 2 ** 20, currentBytes: 96 * 2 ** 20 });
  });

  it('does not take VmPeak (virtual memory) for the resident peak', () => {
    expect(parseProcStatus(STATUS).peakBytes).not.toBe(1_234_567 * 1024);
  });

  it.each([
    ['no VmHWM line', 'VmRSS:\t 100 kB\n'],
    ['no VmRSS line', 'VmHWM:\t 100 kB\n'],
    ['a value that is not a number', 'VmHWM:\t lots kB\nVmRSS:\t 100 kB\n'],
    ['empty text', ''],
  ])('refuses %s', (_, text) => {
    expect(() => parseProcStatus(text)).toThrow(/no Vm(HWM|RSS) line/);
  });
});
