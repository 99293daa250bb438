import { describe, expect, it } from 'vitest';
import { isSameText, mergeDraft } from './draft-merge.ts';

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

describe('mergeDraft: template fields', () => {
  const withFields = { ...base, fields: { budget: '40k', need: 'Less waste' } };

  it('merges a draft’s field edit with another device’s edit to another field', () => {
    const draft = { ...withFields, fields: { budget: '45k', need: 'Less waste' } };
    const stored = { ...withFields, fields: { budget: '40k', need: 'Less waste', timeline: 'June' } };
    expect(mergeDraft(withFields, draft, stored)).toEqual({ ...base, fields: { budget: '45k', need: 'Less waste', timeline: 'June' }, conflicts: [] });
  });

  it('keeps the draft’s field text and the stored one as a conflict when both changed it', () => {
    const draft = { ...withFields, fields: { ...withFields.fields, budget: '45k' } };
    const stored = { ...withFields, fields: { ...withFields.fields, budget: '50k' } };
    const merged = mergeDraft(withFields, draft, stored);
    expect(merged.fields?.budget).toBe('45k');
    expect(merged.conflicts).toEqual([{ field: 'templateField', fieldKey: 'budget', base: '40k', ours: '45k', theirs: '50k' }]);
  });

  it('sees a note without fields and one with empty fields as the same text', () => {
    expect(isSameText(base, { ...base, fields: {} })).toBe(true);
    expect(isSameText(base, { ...base, fields: { need: 'x' } })).toBe(false);
  });
});
