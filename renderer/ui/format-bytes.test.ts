import { describe, expect, it } from 'vitest';
import { formatBytes } from './format-bytes.ts';

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [1023, '1023 B'],
    [1024, '1.0 KB'],
    [3_824, '3.7 KB'],
    [12 * 1024 * 1024, '12 MB'],
    [5 * 1024 ** 4, '5.0 TB'],
    [-1, '—'],
    [Number.NaN, '—'],
  ])('%d bytes reads "%s"', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});
