import {
  idField,
  labelField,
  labelListField,
  nameField,
  shortTextField,
  stageField,
  timestampField,
} from './fields.ts';

export const opportunitySchema = {
  title: 'opportunity',
  description: 'An open or closed deal at an account, with the history of its stages.',
  version: 1,
  primaryKey: 'id',
  type: 'object',
  additionalProperties: false,
  properties: {
    id: idField,
    ownerId: idField,
    accountId: idField,
    name: nameField,
    stage: stageField,
    amount: { type: 'number', minimum: 0, maximum: 1_000_000_000_000 },
    currency: { type: 'string', maxLength: 3, minLength: 3 },
    closeDate: timestampField,
    competitors: labelListField,
    product: labelField,
    /** Marketing-qualified lead not yet qualified or disqualified by the rep. */
    lead: {
      type: 'object',
      additionalProperties: false,
      properties: {
        status: { type: 'string', maxLength: 20, enum: ['mql', 'sql', 'disqualified'] },
        reason: shortTextField,
      },
      required: ['status'],
    },
    /**
     * Every stage move, and (since v1) every change of amount or close date, oldest first. An entry
     * holds the values after the change; `amount` and `closeDate` are absent on entries written before
     * v1, which only recorded stages. The forecast reads "what changed since last week" from it.
     */
    stageHistory: {
      type: 'array',
      maxItems: 1_000,
      items: {
        type: 'object',
        additionalProperties: false,
        properties: {
          stage: stageField,
          at: timestampField,
          amount: { type: 'number', minimum: 0, maximum: 1_000_000_000_000 },
          closeDate: timestampField,
        },
        required: ['stage', 'at'],
      },
    },
    createdAt: timestampField,
    updatedAt: timestampField,
  },
  required: [
    'id',
    'ownerId',
    'accountId',
    'name',
    'stage',
    'amount',
    'closeDate',
    'competitors',
    'stageHistory',
    'createdAt',
    'updatedAt',
  ],
  indexes: [['stage', 'closeDate'], 'accountId'],
} as const;
