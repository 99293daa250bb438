import { describe, expect, it } from 'vitest';
import type { CallNote } from '../schemas/index.ts';
import { mergeNote } from './note-merge.ts';

const BODY = [
  'Budget: they have 40k approved for Q3.\n',
  '\n',
  'Timeline: pilot starts in May. The CFO signs off in June.\n',
  '\n',
  'Risks: Globex is also pitching.\n',
].join('');

function note(overrides: Partial<CallNote> = {}): CallNote {
  return {
    id: 'note-1',
    ownerId: 'rep-1',
    accountId: 'acc-1',
    opportunityId: null,
    meetingId: null,
    title: 'Discovery call with Acme',
    body: BODY,
    template: 'discovery',
    tags: ['renewal', 'q3'],
    competitors: ['Globex'],
    nextSteps: [
      { id: 'step-1', text: 'Send pricing', dueAt: 1_700_000_000_000, done: false },
      { id: 'step-2', text: 'Book the demo', dueAt: null, done: false },
    ],
    createdAt: 1_000,
    updatedAt: 2_000,
    ...overrides,
  };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}

const base = deepFreeze(note());
const steps = base.nextSteps ?? [];
const [step1, step2] = [steps[0]!, steps[1]!];

describe('mergeNote', () => {
  it('keeps both edits when laptop A edits paragraph 1 and laptop B paragraph 3 offline', () => {
    const ours = note({ body: BODY.replace('40k', '45k'), updatedAt: 3_000 });
    const theirs = note({ body: BODY.replace('Globex is', 'Globex and Initech are'), updatedAt: 2_500 });
    const { merged, conflicts } = mergeNote(base, ours, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.body).toBe(BODY.replace('40k', '45k').replace('Globex is', 'Globex and Initech are'));
    expect(merged.updatedAt).toBe(3_000);
  });

  it('reports one conflict carrying both sentences when both edit the same one, showing ours', () => {
    const ours = note({ body: BODY.replace('in June', 'in early June') });
    const theirs = note({ body: BODY.replace('The CFO signs', 'The CEO signs') });
    const { merged, conflicts } = mergeNote(base, ours, theirs);
    expect(conflicts).toEqual([
      {
        field: 'body',
        base: 'Timeline: pilot starts in May. The CFO signs off in June.\n',
        ours: 'Timeline: pilot starts in May. The CFO signs off in early June.\n',
        theirs: 'Timeline: pilot starts in May. The CEO signs off in June.\n',
      },
    ]);
    expect(merged.body).toBe(ours.body);
  });

  it('applies a tag added on A and a tag removed on B', () => {
    const { merged } = mergeNote(base, note({ tags: ['renewal', 'q3', 'pricing'] }), note({ tags: ['q3'] }));
    expect(merged.tags).toEqual(['q3', 'pricing']);
  });

  it('applies both when A ticks a next step done and B edits its text', () => {
    const ours = note({ nextSteps: [{ ...step1, done: true }, step2] });
    const theirs = note({ nextSteps: [{ ...step1, text: 'Send pricing for 50 seats' }, step2] });
    const { merged, conflicts } = mergeNote(base, ours, theirs);
    expect(merged.nextSteps).toEqual([{ ...step1, text: 'Send pricing for 50 seats', done: true }, step2]);
    expect(conflicts).toEqual([]);
  });

  it('keeps both texts when A and B reword the same next step', () => {
    const ours = note({ nextSteps: [{ ...step1, text: 'Send pricing by Friday' }, step2] });
    const theirs = note({ nextSteps: [{ ...step1, text: 'Send pricing and the ROI sheet' }, step2] });
    const { merged, conflicts } = mergeNote(base, ours, theirs);
    expect(merged.nextSteps?.[0]?.text).toBe('Send pricing by Friday');
    expect(conflicts).toEqual([
      { field: 'nextStep', stepId: step1.id, base: step1.text, ours: 'Send pricing by Friday', theirs: 'Send pricing and the ROI sheet' },
    ]);
  });

  it('keeps conflicts awaiting the rep, and drops one settled on either side', () => {
    const pending = { id: 'c1', field: 'body' as const, base: 'a', ours: 'b', theirs: 'c', detectedAt: 1 };
    const other = { id: 'c2', field: 'title' as const, base: 'x', ours: 'y', theirs: 'z', detectedAt: 2 };
    const withBoth = note({ conflicts: [pending, other] });
    const { merged } = mergeNote(withBoth, note({ conflicts: [other] }), withBoth);
    expect(merged.conflicts).toEqual([other]);
  });

  it('deletes a next step A deleted and B did not touch, and keeps steps both added', () => {
    const added = { id: 'step-3', text: 'Intro to legal', dueAt: null, done: false };
    const { merged } = mergeNote(base, note({ nextSteps: [step2] }), note({ nextSteps: [step1, step2, added] }));
    expect(merged.nextSteps).toEqual([step2, added]);
  });

  it('keeps a next step A edited even though B deleted it', () => {
    const edited = { ...step2, dueAt: 1_800_000_000_000 };
    const { merged } = mergeNote(base, note({ nextSteps: [step1, edited] }), note({ nextSteps: [step1] }));
    expect(merged.nextSteps).toEqual([step1, edited]);
  });

  it('reports a title conflict with the whole titles, keeping ours', () => {
    const { merged, conflicts } = mergeNote(base, note({ title: 'Acme discovery' }), note({ title: 'Acme: first call' }));
    expect(conflicts).toEqual([{ field: 'title', base: base.title, ours: 'Acme discovery', theirs: 'Acme: first call' }]);
    expect(merged.title).toBe('Acme discovery');
  });

  it('merges link fields and template field by field; a true clash takes the server value', () => {
    const ours = note({ opportunityId: 'opp-7', accountId: 'acc-2' });
    const theirs = note({ template: 'demo', accountId: 'acc-3' });
    const { merged, conflicts } = mergeNote(base, ours, theirs);
    expect(merged).toMatchObject({ opportunityId: 'opp-7', template: 'demo', accountId: 'acc-3', meetingId: null });
    expect(conflicts).toEqual([]);
  });

  it('keeps the earliest createdAt and the latest updatedAt', () => {
    const { merged } = mergeNote(base, note({ createdAt: 900, updatedAt: 5_000 }), note({ createdAt: 1_000, updatedAt: 7_000 }));
    expect(merged).toMatchObject({ createdAt: 900, updatedAt: 7_000 });
  });

  it('with no base, conflicts on differing text and keeps labels and steps from both sides', () => {
    const ours = note({ body: 'Written on A.\n', tags: ['a'], meetingId: 'm-1', nextSteps: [step1] });
    const theirs = note({ body: 'Written on B.\n', tags: ['b'], meetingId: 'm-2', nextSteps: [step2] });
    const { merged, conflicts } = mergeNote(null, ours, theirs);
    expect(conflicts).toEqual([{ field: 'body', base: '', ours: 'Written on A.\n', theirs: 'Written on B.\n' }]);
    expect(merged).toMatchObject({ body: 'Written on A.\n', tags: ['a', 'b'], meetingId: 'm-2', nextSteps: [step1, step2] });
    expect(mergeNote(null, ours, ours)).toEqual({ merged: ours, conflicts: [] });
  });

  it('is idempotent: merging a note with itself gives it back without conflicts', () => {
    const edited = note({ body: `${BODY}More.\n`, tags: ['x', 'x'], nextSteps: [{ ...step2, done: true }], updatedAt: 9_000 });
    for (const x of [base, edited, note({ nextSteps: undefined }), note({ title: '', body: '' })]) {
      expect(mergeNote(base, x, x)).toEqual({ merged: x, conflicts: [] });
    }
  });

  it('is symmetric in content when nothing conflicts', () => {
    const ours = note({ body: BODY.replace('40k', '45k'), tags: ['renewal', 'q3', 'pricing'], nextSteps: [step1] });
    const theirs = note({ body: `${BODY}\nNext call in two weeks.\n`, tags: ['q3', 'expansion'], template: 'demo' });
    const forward = mergeNote(base, ours, theirs);
    const backward = mergeNote(base, theirs, ours);
    expect(forward.conflicts).toEqual([]);
    expect(backward.merged.body).toBe(forward.merged.body);
    expect([...backward.merged.tags].sort()).toEqual([...forward.merged.tags].sort());
    expect(backward.merged.nextSteps).toEqual(forward.merged.nextSteps);
    expect(backward.merged).toEqual({ ...forward.merged, tags: backward.merged.tags });
  });

  it('leaves nextSteps absent when neither side has it, and adds it when one side does', () => {
    const bare = note({ nextSteps: undefined });
    expect('nextSteps' in mergeNote(bare, bare, note({ nextSteps: undefined, tags: [] })).merged).toBe(false);
    expect(mergeNote(bare, bare, note({ nextSteps: [step1] })).merged.nextSteps).toEqual([step1]);
  });

  it('never mutates frozen inputs, and its result shares nothing with them', () => {
    const ours = deepFreeze(note({ body: BODY.replace('40k', '45k'), tags: ['renewal', 'q3', 'pricing'] }));
    const theirs = deepFreeze(note({ nextSteps: [{ ...step1, done: true }, step2], competitors: [] }));
    const { merged } = mergeNote(base, ours, theirs);
    merged.tags.push('mutated');
    merged.competitors.push('mutated');
    merged.nextSteps?.forEach((step) => (step.done = !step.done));
    expect(ours).toEqual(note({ body: BODY.replace('40k', '45k'), tags: ['renewal', 'q3', 'pricing'] }));
    expect(theirs.nextSteps?.[0]?.done).toBe(true);
    expect(base).toEqual(note());
  });

  it('merges a 100,000-character transcript edited at both ends', () => {
    const transcript = Array.from({ length: 3_000 }, (_, i) => `[${i}] Rep: we covered item ${i} of the agenda.\n`).join('');
    const ours = note({ body: `Summary first.\n${transcript}` });
    const theirs = note({ body: `${transcript}Action items last.\n` });
    const { merged, conflicts } = mergeNote(note({ body: transcript }), ours, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.body).toBe(`Summary first.\n${transcript}Action items last.\n`);
  });
});

describe('mergeNote: template fields', () => {
  const withFields = deepFreeze(note({ fields: { budget: '40k for Q3', need: 'Waste on line 3\n' } }));

  it('merges edits to different fields, and to different lines of one field', () => {
    const ours = note({ fields: { budget: '45k for Q3', need: 'Waste on line 3\n' } });
    const theirs = note({ fields: { budget: '40k for Q3', need: 'Waste on line 3\nAnd on line 4\n', timeline: 'June' } });
    const { merged, conflicts } = mergeNote(withFields, ours, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.fields).toEqual({ budget: '45k for Q3', need: 'Waste on line 3\nAnd on line 4\n', timeline: 'June' });
  });

  it('keeps ours in the field and both texts as a conflict when both rewrote it', () => {
    const ours = note({ fields: { ...withFields.fields, budget: '45k' } });
    const theirs = note({ fields: { ...withFields.fields, budget: '50k' } });
    const { merged, conflicts } = mergeNote(withFields, ours, theirs);
    expect(merged.fields?.budget).toBe('45k');
    expect(conflicts).toEqual([{ field: 'templateField', fieldKey: 'budget', base: '40k for Q3', ours: '45k', theirs: '50k' }]);
  });

  it('keeps fields one side added to a note that had none, and leaves the field out when neither has it', () => {
    const { merged } = mergeNote(base, note(), note({ fields: { health: 'Green' } }));
    expect(merged.fields).toEqual({ health: 'Green' });
    expect('fields' in mergeNote(base, note(), note()).merged).toBe(false);
  });

  it('treats a "__proto__" key as plain data', () => {
    const hostile = JSON.parse('{"__proto__": "x", "budget": "1"}') as CallNote['fields'];
    const { merged } = mergeNote(base, note({ fields: hostile }), note());
    expect(Object.getPrototypeOf(merged.fields)).toBe(Object.prototype);
    expect(merged.fields?.budget).toBe('1');
  });
});
