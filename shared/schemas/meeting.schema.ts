import { idField, labelField, nullableIdField, shortTextField, timestampField, titleField } from './fields.ts';

export const MEETING_KINDS = ['visit', 'call', 'video', 'demo'] as const;

export const meetingSchema = {
  title: 'meeting',
  description: 'A visit or call on the rep’s calendar.',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  additionalProperties: false,
  properties: {
    id: idField,
    ownerId: idField,
    accountId: idField,
    opportunityId: nullableIdField,
    title: titleField,
    kind: { type: 'string', maxLength: 10, enum: MEETING_KINDS },
    startsAt: timestampField,
    endsAt: timestampField,
    location: shortTextField,
    persona: labelField,
    createdAt: timestampField,
    updatedAt: timestampField,
  },
  required: ['id', 'ownerId', 'accountId', 'opportunityId', 'title', 'kind', 'startsAt', 'createdAt', 'updatedAt'],
  indexes: ['startsAt'],
} as const;
