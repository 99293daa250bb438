import { describe, expect, it } from 'vitest';
import { mergeDraft } from './draft-merge.ts';

const base = { title: 'QBR', body: 'Budget\n\nTimeline\n\nRisks\n' };

describe('mergeDraft', () => {
  it('writes the draft as it is when the stored note has not moved', () => {
    const draft = { title: 'QBR notes', body: 'Budget: approved\n\nTimeline\n\nRisks\n' };
    expect(mergeDraft(base, draft, base)).toEqual({ ...draft, conflicts: [] });
  });

  it('keeps another device’s edit to a different paragraph', () => {
    const draft = { ...base, body: 'Budget: approved\n\nTimeline\n\nRisks\n' };
    const stored = { ...base, body: 'Budget\n\nTimeline\n\nRisks: IT bandwidth\n' };
    expect(mergeDraft(base, draft, stored)).toEqual({
      title: 'QBR',
      body: 'Budget: approved\n\nTimeline\n\nRisks: IT bandwidth\n',
      conflicts: [],
    });
  });

  it('keeps the draft in place and the other text as a conflict when both changed one line', () => {
    const draft = { ...base, body: 'Budget\n\nTimeline: Q3\n\nRisks\n' };
    const stored = { title: 'QBR with Tamsin', body: 'Budget\n\nTimeline: Q4\n\nRisks\n' };
    expect(mergeDraft(base, draft, stored)).toEqual({
      title: 'QBR with Tamsin',
      body: 'Budget\n\nTimeline: Q3\n\nRisks\n',
      conflicts: [{ field: 'body', base: 'Timeline\n', ours: 'Timeline: Q3\n', theirs: 'Timeline: Q4\n' }],
    });
  });

  it('reports a title both sides retitled', () => {
    const result = mergeDraft(base, { ...base, title: 'Mine' }, { ...base, title: 'Theirs' });
    expect(result.title).toBe('Mine');
    expect(result.conflicts).toEqual([{ field: 'title', base: 'QBR', ours: 'Mine', theirs: 'Theirs' }]);
  });
});
