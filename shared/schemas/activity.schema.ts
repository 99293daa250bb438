import { idField, labelField, timestampField } from './fields.ts';

export const ACTIVITY_KINDS = [
  'card_reviewed',
  'collateral_opened',
  'demo_played',
  'demo_rehearsed',
  'brief_prepared',
  'knowledge_check',
] as const;

export const activitySchema = {
  title: 'activity',
  description: 'What a rep did with published content, for enablement analytics.',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  additionalProperties: false,
  properties: {
    id: idField,
    ownerId: idField,
    kind: { type: 'string', maxLength: 30, enum: ACTIVITY_KINDS },
    /** The battle card, collateral item, demo script, kit, meeting or account the activity is about. */
    subjectId: idField,
    /** Version of the subject the rep saw, so "changed since you last reviewed" can be shown. */
    subjectVersion: { type: 'integer', minimum: 0, maximum: 1_000_000 },
    at: timestampField,
    meetingId: idField,
    score: { type: 'number', minimum: 0, maximum: 1 },
    steps: {
      type: 'array',
      maxItems: 500,
      items: {
        type: 'object',
        additionalProperties: false,
        properties: {
          index: { type: 'integer', minimum: 0, maximum: 499 },
          title: labelField,
          plannedSec: { type: 'number', minimum: 0, maximum: 86_400 },
          actualMs: { type: 'number', minimum: 0, maximum: 86_400_000 },
        },
        required: ['index', 'actualMs'],
      },
    },
    createdAt: timestampField,
    updatedAt: timestampField,
  },
  required: ['id', 'ownerId', 'kind', 'subjectId', 'at', 'createdAt', 'updatedAt'],
  indexes: ['at'],
} as const;
