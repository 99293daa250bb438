/**
 * Field definitions shared by the collection schemas. Every string has a maxLength so that a
 * hostile or runaway document is refused by the validator (on the server and in dev builds)
 * instead of filling a laptop's disk, and so that RxDB accepts the field as an index.
 */

/** Document ids: short, URL-safe, no whitespace (they appear in routes and sync URLs). */
export const idField = {
  type: 'string',
  maxLength: 100,
  minLength: 1,
  pattern: '^[A-Za-z0-9][A-Za-z0-9_.:-]*$',
} as const;

export const nullableIdField = {
  type: ['string', 'null'],
  maxLength: 100,
} as const;

/** Epoch milliseconds. The bounds and multipleOf make the field usable as an RxDB index. */
export const timestampField = {
  type: 'number',
  minimum: 0,
  maximum: 8_640_000_000_000_000,
  multipleOf: 1,
} as const;

export const titleField = { type: 'string', maxLength: 300 } as const;
export const shortTextField = { type: 'string', maxLength: 2_000 } as const;
export const longTextField = { type: 'string', maxLength: 20_000 } as const;
/** Call notes must hold long meeting transcripts (issue: 100,000 characters stay smooth). */
export const noteBodyField = { type: 'string', maxLength: 400_000 } as const;
export const nameField = { type: 'string', maxLength: 200 } as const;
/** Products, personas, competitors, tags: short labels used for grouping and filters. */
export const labelField = { type: 'string', maxLength: 100 } as const;

export const labelListField = {
  type: 'array',
  maxItems: 100,
  items: labelField,
} as const;

export const idListField = {
  type: 'array',
  maxItems: 500,
  items: idField,
} as const;

export const versionField = {
  type: 'integer',
  minimum: 1,
  maximum: 1_000_000,
} as const;

export const OPPORTUNITY_STAGES = [
  'qualification',
  'demo',
  'proposal',
  'negotiation',
  'closed_won',
  'closed_lost',
] as const;

export const stageField = { type: 'string', maxLength: 20, enum: OPPORTUNITY_STAGES } as const;
