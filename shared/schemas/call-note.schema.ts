import {
  idField,
  labelField,
  labelListField,
  longTextField,
  noteBodyField,
  nullableIdField,
  shortTextField,
  timestampField,
  titleField,
} from './fields.ts';

export const NOTE_TEMPLATES = ['discovery', 'demo', 'check_in', 'post_sale'] as const;

/** The structured fields the templates ask for (shared/domain/note-templates.ts says which). */
export const NOTE_FIELD_KEYS = [
  'budget',
  'authority',
  'need',
  'timeline',
  'audience',
  'scenarios',
  'reactions',
  'health',
  'adoption',
  'risks',
  'expansion',
  'rollout',
  'outcomes',
  'issues',
  'references',
] as const;

const noteFieldsProperties = Object.fromEntries(NOTE_FIELD_KEYS.map((key) => [key, longTextField])) as {
  [K in (typeof NOTE_FIELD_KEYS)[number]]: typeof longTextField;
};

export const callNoteSchema = {
  title: 'call note',
  description: "A rep's notes from a call or visit. Owned by the rep; managers may read.",
  // v1: conflicts, the overlapping edits kept for the rep to settle.
  // v2: fields, the template's structured answers (one text per key, merged key by key).
  // v3: accountId is '' for no account (was null), indexed with updatedAt for an account's notes.
  version: 3,
  primaryKey: 'id',
  type: 'object',
  additionalProperties: false,
  properties: {
    id: idField,
    ownerId: idField,
    /** The account the note is about; '' when none (a string, so the brief can find an account's notes by index). */
    accountId: { type: 'string', maxLength: 100 },
    opportunityId: nullableIdField,
    meetingId: nullableIdField,
    title: titleField,
    body: noteBodyField,
    template: { type: ['string', 'null'], maxLength: 20, enum: [...NOTE_TEMPLATES, null] },
    tags: labelListField,
    competitors: labelListField,
    nextSteps: {
      type: 'array',
      maxItems: 100,
      items: {
        type: 'object',
        additionalProperties: false,
        properties: {
          id: idField,
          text: shortTextField,
          dueAt: { type: ['number', 'null'], minimum: 0 },
          done: { type: 'boolean' },
        },
        required: ['id', 'text', 'dueAt', 'done'],
      },
    },
    fields: {
      type: 'object',
      additionalProperties: false,
      properties: noteFieldsProperties,
    },
    conflicts: {
      type: 'array',
      maxItems: 50,
      items: {
        type: 'object',
        additionalProperties: false,
        properties: {
          id: idField,
          field: { type: 'string', maxLength: 20, enum: ['title', 'body', 'nextStep', 'templateField'] },
          stepId: idField,
          /** With field 'templateField': the key of the field both sides changed. */
          fieldKey: labelField,
          base: noteBodyField,
          ours: noteBodyField,
          theirs: noteBodyField,
          detectedAt: timestampField,
        },
        required: ['id', 'field', 'base', 'ours', 'theirs', 'detectedAt'],
      },
    },
    createdAt: timestampField,
    updatedAt: timestampField,
  },
  required: [
    'id',
    'ownerId',
    'accountId',
    'opportunityId',
    'meetingId',
    'title',
    'body',
    'template',
    'tags',
    'competitors',
    'createdAt',
    'updatedAt',
  ],
  indexes: ['updatedAt', ['accountId', 'updatedAt']],
} as const;
