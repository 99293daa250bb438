import { describe, expect, it } from 'vitest';
import { COLLECTION_NAMES, OWNED_COLLECTIONS, PUBLISHED_COLLECTIONS, SCHEMAS, isCollectionName } from './index.ts';
import type { CollectionName } from './index.ts';
import { createDocumentValidator } from './validator.ts';

const validator = createDocumentValidator();
const T = 1_764_000_000_000;

/** One valid document per collection: the smallest that satisfies the contract. */
const valid: { [C in CollectionName]: Record<string, unknown> } = {
  call_notes: {
    id: 'note-1', ownerId: 'u1', accountId: 'acct-1', opportunityId: null, meetingId: null,
    title: 'Discovery with Harbor', body: '# Needs\n- faster reports', template: 'discovery',
    tags: ['discovery'], competitors: ['Quantix'], createdAt: T, updatedAt: T,
    nextSteps: [{ id: 'ns-1', text: 'Send pricing', dueAt: T + 86_400_000, done: false }],
  },
  feedback: { id: 'fb-1', ownerId: 'u1', kind: 'objection', text: 'Too expensive', status: 'received', createdAt: T, updatedAt: T },
  accounts: { id: 'acct-1', ownerId: 'u1', name: 'Harbor Freight Lines', createdAt: T, updatedAt: T },
  contacts: { id: 'c-1', ownerId: 'u1', accountId: 'acct-1', name: 'Dana Ortiz', role: 'champion', createdAt: T, updatedAt: T },
  opportunities: {
    id: 'opp-1', ownerId: 'u1', accountId: 'acct-1', name: 'Fleet analytics', stage: 'demo', amount: 48_000,
    closeDate: T, competitors: ['Quantix'], stageHistory: [{ stage: 'qualification', at: T }], createdAt: T, updatedAt: T,
  },
  meetings: {
    id: 'm-1', ownerId: 'u1', accountId: 'acct-1', opportunityId: 'opp-1', title: 'Demo', kind: 'visit',
    startsAt: T, createdAt: T, updatedAt: T,
  },
  activities: { id: 'a-1', ownerId: 'u1', kind: 'card_reviewed', subjectId: 'card-1', subjectVersion: 2, at: T, createdAt: T, updatedAt: T },
  battle_cards: {
    id: 'card-1', competitor: 'Quantix', title: 'Beating Quantix', summary: 'They win on price.',
    sections: [{ heading: 'Where we win', body: 'Offline.' }], objections: [{ objection: 'Cheaper', response: 'TCO.' }],
    version: 1, publishedAt: T, updatedAt: T,
  },
  collateral: {
    id: 'col-1', title: 'Datasheet', kind: 'datasheet', product: 'Beacon', stages: ['demo'], fileName: 'beacon.pdf',
    mimeType: 'application/pdf', size: 1024, sha256: 'a'.repeat(64), version: 1, publishedAt: T, updatedAt: T,
  },
  demo_scripts: {
    id: 'ds-1', title: 'Exec overview', product: 'Beacon', persona: 'VP Sales',
    steps: [{ title: 'Open', talkTrack: 'Say hello', action: 'Show home', durationSec: 60 }], version: 1, publishedAt: T, updatedAt: T,
  },
  enablement_kits: {
    id: 'kit-1', title: 'Beacon Connect launch', product: 'Beacon Connect', launchDate: T, dueDate: T, requiredItemIds: ['card-1'],
    qualification: { fit: ['Has a data team'], notFit: ['Under 20 seats'] },
    knowledgeCheck: [{ question: 'Price?', choices: ['a', 'b'], answerIndex: 1 }], faq: [], version: 1, publishedAt: T, updatedAt: T,
  },
};

/** A required field, a field of the wrong type, a bounded string and an enum field per collection. */
const probes: { [C in CollectionName]: { required: string; wrongType: [string, unknown]; long: string; enumField?: string } } = {
  call_notes: { required: 'title', wrongType: ['tags', 'discovery'], long: 'body', enumField: 'template' },
  feedback: { required: 'kind', wrongType: ['createdAt', '2026-01-01'], long: 'text', enumField: 'status' },
  accounts: { required: 'name', wrongType: ['updatedAt', null], long: 'name' },
  contacts: { required: 'accountId', wrongType: ['name', 42], long: 'name', enumField: 'role' },
  opportunities: { required: 'stage', wrongType: ['amount', '48000'], long: 'name', enumField: 'stage' },
  meetings: { required: 'startsAt', wrongType: ['startsAt', 1.5], long: 'title', enumField: 'kind' },
  activities: { required: 'subjectId', wrongType: ['at', 'yesterday'], long: 'subjectId', enumField: 'kind' },
  battle_cards: { required: 'competitor', wrongType: ['sections', {}], long: 'summary' },
  collateral: { required: 'sha256', wrongType: ['size', '1 KB'], long: 'fileName', enumField: 'kind' },
  demo_scripts: { required: 'steps', wrongType: ['version', '1'], long: 'persona' },
  enablement_kits: { required: 'qualification', wrongType: ['requiredItemIds', 'card-1'], long: 'title' },
};

function maxLengthOf(collection: CollectionName, field: string): number {
  const property = (SCHEMAS[collection].properties as Record<string, { maxLength?: number }>)[field];
  if (property?.maxLength === undefined) throw new Error(`${collection}.${field} has no maxLength`);
  return property.maxLength;
}

describe('collection schemas', () => {
  it('define eleven collections, each owned or published, within the RxDB free limit', () => {
    expect(COLLECTION_NAMES).toHaveLength(11);
    expect([...OWNED_COLLECTIONS, ...PUBLISHED_COLLECTIONS].sort()).toEqual([...COLLECTION_NAMES].sort());
  });

  it.each(COLLECTION_NAMES)('%s is versioned, keyed by id, and closed to unknown fields', (name) => {
    const schema = SCHEMAS[name];
    expect(schema.version).toBeGreaterThanOrEqual(0);
    expect(schema.primaryKey).toBe('id');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toContain('id');
  });

  it.each(COLLECTION_NAMES)('%s accepts a valid document', (name) => {
    const result = validator.validate(name, valid[name]);
    expect(result).toEqual({ ok: true, value: valid[name] });
  });

  it.each(COLLECTION_NAMES)('%s refuses a document missing a required field', (name) => {
    const doc = { ...valid[name] };
    delete doc[probes[name].required];
    expect(validator.validate(name, doc).ok).toBe(false);
  });

  it.each(COLLECTION_NAMES)('%s refuses a field of the wrong type', (name) => {
    const [field, value] = probes[name].wrongType;
    expect(validator.validate(name, { ...valid[name], [field]: value }).ok).toBe(false);
  });

  it.each(COLLECTION_NAMES)('%s refuses an oversized string, and accepts one at the limit', (name) => {
    const field = probes[name].long;
    const limit = maxLengthOf(name, field);
    expect(validator.validate(name, { ...valid[name], [field]: 'x'.repeat(limit + 1) }).ok).toBe(false);
    expect(validator.validate(name, { ...valid[name], [field]: 'x'.repeat(limit) }).ok).toBe(true);
  });

  it.each(COLLECTION_NAMES.filter((n) => probes[n].enumField))('%s refuses an unknown enum value', (name) => {
    const field = probes[name].enumField as string;
    expect(validator.validate(name, { ...valid[name], [field]: 'won_by_magic' }).ok).toBe(false);
  });

  it.each(COLLECTION_NAMES)('%s refuses unknown fields and non-objects', (name) => {
    expect(validator.validate(name, { ...valid[name], isAdmin: true }).ok).toBe(false);
    for (const junk of [null, 'note', 42, [valid[name]]]) {
      expect(validator.validate(name, junk).ok).toBe(false);
    }
  });

  it.each([
    ['a path', '../../etc/passwd'],
    ['whitespace', 'note 1'],
    ['an empty id', ''],
    ['an over-long id', 'n'.repeat(101)],
    ['a slash', 'notes/1'],
  ])('refuses ids with %s', (_label, id) => {
    expect(validator.validate('call_notes', { ...valid.call_notes, id }).ok).toBe(false);
  });

  it('refuses collateral whose file name could escape a folder or whose hash is not sha256 hex', () => {
    for (const fileName of ['../secret.pdf', 'a\\b.pdf', 'a\u0000.pdf']) {
      expect(validator.validate('collateral', { ...valid.collateral, fileName }).ok).toBe(false);
    }
    expect(validator.validate('collateral', { ...valid.collateral, sha256: 'A'.repeat(64) }).ok).toBe(false);
  });

  it('reports where a document is wrong', () => {
    const result = validator.validate('opportunities', { ...valid.opportunities, stage: 'won' });
    expect(result).toEqual({ ok: false, errors: [expect.stringContaining('/stage')] });
  });

  it('knows its collection names and nothing else', () => {
    expect(isCollectionName('call_notes')).toBe(true);
    for (const junk of ['__proto__', 'constructor', 'users', 42, null]) expect(isCollectionName(junk)).toBe(false);
  });
});
