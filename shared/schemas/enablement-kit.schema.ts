import {
  idListField,
  idField,
  labelField,
  longTextField,
  shortTextField,
  timestampField,
  titleField,
  versionField,
} from './fields.ts';

const criteriaList = { type: 'array', maxItems: 50, items: shortTextField } as const;

export const enablementKitSchema = {
  title: 'enablement kit',
  description: "A launch's required reading and practice, qualification criteria and knowledge check.",
  version: 1,
  primaryKey: 'id',
  type: 'object',
  additionalProperties: false,
  properties: {
    id: idField,
    title: titleField,
    product: labelField,
    launchDate: timestampField,
    dueDate: timestampField,
    requiredItemIds: idListField,
    qualification: {
      type: 'object',
      additionalProperties: false,
      properties: { fit: criteriaList, notFit: criteriaList },
      required: ['fit', 'notFit'],
    },
    knowledgeCheck: {
      type: 'array',
      maxItems: 50,
      items: {
        type: 'object',
        additionalProperties: false,
        properties: {
          question: shortTextField,
          choices: { type: 'array', minItems: 2, maxItems: 8, items: shortTextField },
          answerIndex: { type: 'integer', minimum: 0, maximum: 7 },
        },
        required: ['question', 'choices', 'answerIndex'],
      },
    },
    /** Share of knowledge-check answers that must be right to pass (v1; 0.8 when absent). */
    passScore: { type: 'number', minimum: 0, maximum: 1 },
    faq: {
      type: 'array',
      maxItems: 500,
      items: {
        type: 'object',
        additionalProperties: false,
        properties: { question: shortTextField, answer: longTextField, feedbackId: idField, answeredAt: timestampField },
        required: ['question', 'answer'],
      },
    },
    version: versionField,
    publishedAt: timestampField,
    updatedAt: timestampField,
  },
  required: [
    'id',
    'title',
    'product',
    'launchDate',
    'dueDate',
    'requiredItemIds',
    'qualification',
    'knowledgeCheck',
    'faq',
    'version',
    'publishedAt',
    'updatedAt',
  ],
  indexes: ['dueDate'],
} as const;
