import { idField, labelField, longTextField, nameField, timestampField } from './fields.ts';

export const accountSchema = {
  title: 'account',
  description: 'A customer or prospect company a rep owns.',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  additionalProperties: false,
  properties: {
    id: idField,
    ownerId: idField,
    name: nameField,
    industry: labelField,
    segment: labelField,
    website: { type: 'string', maxLength: 500 },
    city: labelField,
    country: labelField,
    summary: longTextField,
    createdAt: timestampField,
    updatedAt: timestampField,
  },
  required: ['id', 'ownerId', 'name', 'createdAt', 'updatedAt'],
  indexes: ['name'],
} as const;
