import { describe, expect, it } from 'vitest';
import { createDocumentValidator } from '../schemas/validator.ts';
import { NOTE_FIELD_KEYS } from '../schemas/call-note.schema.ts';
import { NOTE_TEMPLATES } from '../schemas/index.ts';
import { NOTE_TEMPLATE_DEFINITIONS, fieldLabel, fieldsOf, hiddenFields, starterBody, templateDefinition } from './note-templates.ts';

const keysOf = (template: Parameters<typeof fieldsOf>[0]) => fieldsOf(template).map((field) => field.key);

describe('note templates', () => {
  it('defines every template the schema allows, once, in the order reps see them', () => {
    expect(NOTE_TEMPLATE_DEFINITIONS.map((t) => t.id)).toEqual([...NOTE_TEMPLATES]);
  });

  it.each([
    ['discovery', ['budget', 'authority', 'need', 'timeline']],
    ['demo', ['audience', 'scenarios', 'reactions']],
    ['check_in', ['health', 'adoption', 'risks', 'expansion']],
    ['post_sale', ['rollout', 'outcomes', 'issues', 'references']],
  ] as const)('%s asks for its fields', (template, keys) => {
    expect(keysOf(template)).toEqual(keys);
  });

  it('a blank note has no fields and no starter text', () => {
    expect(fieldsOf(null)).toEqual([]);
    expect(starterBody(null)).toBe('');
    expect(templateDefinition(null)).toBeNull();
  });

  it('uses only field keys the schema stores, each for one template, each labelled and explained', () => {
    const used = NOTE_TEMPLATE_DEFINITIONS.flatMap((t) => t.fields.map((f) => f.key));
    expect(new Set(used).size).toBe(used.length);
    expect([...used].sort()).toEqual([...NOTE_FIELD_KEYS].sort());
    for (const field of NOTE_TEMPLATE_DEFINITIONS.flatMap((t) => t.fields)) {
      expect(field.label.trim()).not.toBe('');
      expect(field.hint.trim()).not.toBe('');
      expect(fieldLabel(field.key)).toBe(field.label);
    }
  });

  it('starts a templated body with its headings as Markdown sections', () => {
    expect(starterBody('discovery')).toBe('## Attendees\n\n\n## Notes\n\n');
  });

  it('lists stored text the current template does not show, so switching templates hides nothing', () => {
    const fields = { budget: '40k', health: 'Green', risks: '' };
    expect(hiddenFields('check_in', fields)).toEqual([{ key: 'budget', text: '40k' }]);
    expect(hiddenFields('discovery', fields)).toEqual([{ key: 'health', text: 'Green' }]);
    expect(hiddenFields(null, undefined)).toEqual([]);
  });

  it('the schema accepts every template field and refuses unknown keys and runaway text', () => {
    const validator = createDocumentValidator();
    const note = {
      id: 'n1', ownerId: 'rep-1', accountId: '', opportunityId: null, meetingId: null, title: 'T', body: '',
      template: 'discovery', tags: [], competitors: [], createdAt: 1, updatedAt: 1,
    };
    const all = Object.fromEntries(NOTE_FIELD_KEYS.map((key) => [key, 'text']));
    expect(validator.validate('call_notes', { ...note, fields: all }).ok).toBe(true);
    expect(validator.validate('call_notes', { ...note, fields: { mood: 'good' } }).ok).toBe(false);
    expect(validator.validate('call_notes', { ...note, fields: { budget: 42 } }).ok).toBe(false);
    expect(validator.validate('call_notes', { ...note, fields: { need: 'x'.repeat(20_001) } }).ok).toBe(false);
  });
});
