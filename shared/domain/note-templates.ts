/**
 * The call-note templates a rep picks when starting a note. A template names the structured
 * fields its note asks for (stored in the note's `fields`, one text per key, merged key by key)
 * and the Markdown headings its body starts with. Changing a note's template never deletes a
 * field's text: fields the new template does not show stay stored and come back with it.
 */
import type { CallNote, NoteTemplate } from '../schemas/index.ts';
import { NOTE_FIELD_KEYS } from '../schemas/call-note.schema.ts';

export type NoteFieldKey = (typeof NOTE_FIELD_KEYS)[number];
export type NoteFields = NonNullable<CallNote['fields']>;

export interface TemplateField {
  key: NoteFieldKey;
  label: string;
  /** A prompt shown in the empty field: what a good answer covers. */
  hint: string;
}

export interface NoteTemplateDefinition {
  id: NoteTemplate;
  label: string;
  /** One line on when to use it, shown in the picker. */
  purpose: string;
  fields: readonly TemplateField[];
  /** The body's opening sections: free text that does not fit a field. */
  bodyHeadings: readonly string[];
}

export const NOTE_TEMPLATE_DEFINITIONS: readonly NoteTemplateDefinition[] = [
  {
    id: 'discovery',
    label: 'Discovery',
    purpose: 'First conversations: qualify the deal (budget, authority, need, timeline).',
    fields: [
      { key: 'budget', label: 'Budget', hint: 'Is money set aside? How much, from whose budget?' },
      { key: 'authority', label: 'Authority', hint: 'Who signs, and who else has a say?' },
      { key: 'need', label: 'Need', hint: 'The problem in their words, and what it costs them.' },
      { key: 'timeline', label: 'Timeline', hint: 'When must it be solved, and what drives the date?' },
    ],
    bodyHeadings: ['Attendees', 'Notes'],
  },
  {
    id: 'demo',
    label: 'Demo',
    purpose: 'A product demo: who saw what, and how it landed.',
    fields: [
      { key: 'audience', label: 'Audience', hint: 'Who attended, and their roles.' },
      { key: 'scenarios', label: 'What we showed', hint: 'The scenarios and features demonstrated.' },
      { key: 'reactions', label: 'Reactions', hint: 'What impressed them, what raised questions.' },
    ],
    bodyHeadings: ['Questions asked', 'Notes'],
  },
  {
    id: 'check_in',
    label: 'Check-in',
    purpose: 'A regular check-in with a customer: health, adoption, risks, room to grow.',
    fields: [
      { key: 'health', label: 'Account health', hint: 'Green, amber or red, and why.' },
      { key: 'adoption', label: 'Adoption', hint: 'Who uses it, how much, what changed since last time.' },
      { key: 'risks', label: 'Risks', hint: 'Anything that could lead to churn or a downgrade.' },
      { key: 'expansion', label: 'Expansion signals', hint: 'New teams, sites or products they might buy.' },
    ],
    bodyHeadings: ['Attendees', 'Notes'],
  },
  {
    id: 'post_sale',
    label: 'Post-sale',
    purpose: 'After the signature: rollout, outcomes and references.',
    fields: [
      { key: 'rollout', label: 'Rollout status', hint: 'What is live, what is next, by when.' },
      { key: 'outcomes', label: 'Outcomes so far', hint: 'Results they can measure.' },
      { key: 'issues', label: 'Open issues', hint: 'Problems to follow up, and who owns them.' },
      { key: 'references', label: 'Reference potential', hint: 'Would they speak for us, or be a case study?' },
    ],
    bodyHeadings: ['Attendees', 'Notes'],
  },
];

export function templateDefinition(id: NoteTemplate | null): NoteTemplateDefinition | null {
  return NOTE_TEMPLATE_DEFINITIONS.find((template) => template.id === id) ?? null;
}

/** The fields a note shows: its template's, in the template's order; none for a blank note. */
export function fieldsOf(template: NoteTemplate | null): readonly TemplateField[] {
  return templateDefinition(template)?.fields ?? [];
}

/** The body a new note of this template starts with: its headings, each followed by a blank line. */
export function starterBody(template: NoteTemplate | null): string {
  const definition = templateDefinition(template);
  if (!definition) return '';
  return definition.bodyHeadings.map((heading) => `## ${heading}\n\n`).join('\n');
}

/**
 * Stored field text held by keys the note's current template does not show (it was written
 * under another template). Shown to the rep so switching templates never hides words.
 */
export function hiddenFields(template: NoteTemplate | null, fields: NoteFields | undefined): { key: NoteFieldKey; text: string }[] {
  const shown = new Set(fieldsOf(template).map((field) => field.key));
  return NOTE_FIELD_KEYS.filter((key) => !shown.has(key) && (fields?.[key] ?? '') !== '').map((key) => ({ key, text: fields?.[key] ?? '' }));
}

/** A label for any field key, whichever template it belongs to. */
export function fieldLabel(key: NoteFieldKey): string {
  for (const template of NOTE_TEMPLATE_DEFINITIONS) {
    const field = template.fields.find((candidate) => candidate.key === key);
    if (field) return field.label;
  }
  return key;
}
