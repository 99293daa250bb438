import { idField, labelField, longTextField, timestampField } from './fields.ts';

export const FEEDBACK_KINDS = [
  'feature_request',
  'objection',
  'competitor_mention',
  'pricing',
  'praise',
  'question',
  'case_study_lead',
  'other',
] as const;

export const FEEDBACK_STATUSES = ['received', 'planned', 'shipped', 'declined', 'answered'] as const;

export const feedbackSchema = {
  title: 'feedback',
  description:
    'An insight the field logs for product and marketing. status and response are set on the server only.',
  version: 1,
  primaryKey: 'id',
  type: 'object',
  additionalProperties: false,
  properties: {
    id: idField,
    ownerId: idField,
    kind: { type: 'string', maxLength: 30, enum: FEEDBACK_KINDS },
    text: longTextField,
    competitor: labelField,
    product: labelField,
    accountId: idField,
    noteId: idField,
    /** A question asked from an enablement kit: its answer joins that kit's questions and answers. */
    kitId: idField,
    /** A question asked from a battle card. */
    battleCardId: idField,
    status: { type: 'string', maxLength: 20, enum: FEEDBACK_STATUSES },
    response: longTextField,
    createdAt: timestampField,
    updatedAt: timestampField,
  },
  required: ['id', 'ownerId', 'kind', 'text', 'status', 'createdAt', 'updatedAt'],
  indexes: ['updatedAt'],
} as const;
