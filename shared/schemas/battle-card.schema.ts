import { idField, labelField, longTextField, shortTextField, timestampField, titleField, versionField } from './fields.ts';

export const battleCardSchema = {
  title: 'battle card',
  description: 'How to win against one competitor. Published by marketing; read-only for reps.',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  additionalProperties: false,
  properties: {
    id: idField,
    competitor: { type: 'string', maxLength: 100 },
    title: titleField,
    summary: shortTextField,
    sections: {
      type: 'array',
      maxItems: 50,
      items: {
        type: 'object',
        additionalProperties: false,
        properties: { heading: titleField, body: longTextField },
        required: ['heading', 'body'],
      },
    },
    objections: {
      type: 'array',
      maxItems: 100,
      items: {
        type: 'object',
        additionalProperties: false,
        properties: { objection: shortTextField, response: longTextField },
        required: ['objection', 'response'],
      },
    },
    products: { type: 'array', maxItems: 20, items: labelField },
    version: versionField,
    publishedAt: timestampField,
    updatedAt: timestampField,
  },
  required: ['id', 'competitor', 'title', 'summary', 'sections', 'objections', 'version', 'publishedAt', 'updatedAt'],
  indexes: ['competitor'],
} as const;
