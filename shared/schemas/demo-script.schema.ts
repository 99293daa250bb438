import { idField, labelField, longTextField, shortTextField, timestampField, titleField, versionField } from './fields.ts';

export const demoScriptSchema = {
  title: 'demo script',
  description: 'A scripted product demo: steps with a talk track, an action cue and a planned duration.',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  additionalProperties: false,
  properties: {
    id: idField,
    title: titleField,
    product: labelField,
    persona: labelField,
    summary: shortTextField,
    steps: {
      type: 'array',
      minItems: 1,
      maxItems: 200,
      items: {
        type: 'object',
        additionalProperties: false,
        properties: {
          title: titleField,
          talkTrack: longTextField,
          action: shortTextField,
          durationSec: { type: 'integer', minimum: 1, maximum: 7_200 },
        },
        required: ['title', 'talkTrack', 'action', 'durationSec'],
      },
    },
    version: versionField,
    publishedAt: timestampField,
    updatedAt: timestampField,
  },
  required: ['id', 'title', 'product', 'persona', 'steps', 'version', 'publishedAt', 'updatedAt'],
  indexes: ['title'],
} as const;
