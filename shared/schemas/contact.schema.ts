import { idField, labelField, nameField, shortTextField, timestampField } from './fields.ts';

export const contactSchema = {
  title: 'contact',
  description: 'A person at an account.',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  additionalProperties: false,
  properties: {
    id: idField,
    ownerId: idField,
    accountId: idField,
    name: nameField,
    title: labelField,
    email: { type: 'string', maxLength: 320 },
    phone: { type: 'string', maxLength: 50 },
    role: { type: 'string', maxLength: 30, enum: ['champion', 'decision_maker', 'influencer', 'user', 'blocker', 'other'] },
    notes: shortTextField,
    createdAt: timestampField,
    updatedAt: timestampField,
  },
  required: ['id', 'ownerId', 'accountId', 'name', 'createdAt', 'updatedAt'],
  indexes: ['accountId'],
} as const;
