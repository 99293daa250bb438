import { describe, expect, it } from 'vitest';
import { formatTable } from './table.ts';

describe('formatTable', () => {
  it('pads text columns on the right and figures on the left, to the widest cell', () => {
    expect(formatTable(['figure', 'unit', 'value'], [['first sync', 'docs/s', '5,120'], ['p50', 'ms', '9.5']], 2)).toBe(
      ['| figure     | unit   | value |', '|------------|--------|-------|', '| first sync | docs/s | 5,120 |', '| p50        | ms     |   9.5 |'].join('\n'),
    );
  });

  it('treats a missing cell as empty', () => {
    expect(formatTable(['a', 'b'], [['x']])).toBe(['| a | b |', '|---|---|', '| x |   |'].join('\n'));
  });
});
