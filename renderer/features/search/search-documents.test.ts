import { describe, expect, it } from 'vitest';
import type { SearchableRecord } from '../../db/repos/search.repo.ts';
import { searchIdForDeleted, toSearchDocument } from './search-documents.ts';

const base = { createdAt: 1, updatedAt: 2 };

const records: [string, SearchableRecord, Partial<ReturnType<typeof toSearchDocument>>, string[]][] = [
  [
    'battle card',
    {
      collection: 'battle_cards',
      doc: {
        id: 'card-1',
        competitor: 'Quantrel',
        title: 'Quantrel: win on time to value',
        summary: 'Cube rebuilds every night.',
        sections: [{ heading: 'Where they win', body: 'Finance teams.' }],
        objections: [{ objection: 'Quantrel is cheaper', response: 'Count the consultants.' }],
        products: ['Beacon Analytics'],
        version: 3,
        publishedAt: 1,
        updatedAt: 2,
      },
    },
    { id: 'battle_card:card-1', kind: 'battle_card', title: 'Quantrel: win on time to value', detail: 'Quantrel', href: '/battle-cards/card-1' },
    ['Cube rebuilds', 'Where they win', 'Finance teams.', 'Quantrel is cheaper', 'Count the consultants.', 'Beacon Analytics'],
  ],
  [
    'note without a title',
    {
      collection: 'call_notes',
      doc: {
        id: 'note/1',
        ownerId: 'rep',
        accountId: '',
        opportunityId: null,
        meetingId: null,
        title: '  ',
        body: 'Persistence rule for the alert.',
        template: null,
        tags: ['qbr'],
        competitors: ['Loomwise'],
        nextSteps: [{ id: 's1', text: 'Send the deck', dueAt: null, done: false }],
        ...base,
      },
    },
    { kind: 'note', title: 'Untitled note', detail: 'Loomwise · qbr', href: '/notes/note%2F1' },
    ['Persistence rule', 'qbr', 'Loomwise', 'Send the deck'],
  ],
  [
    'account',
    {
      collection: 'accounts',
      doc: { id: 'acct-1', ownerId: 'rep', name: 'Halden Cold Chain', industry: 'Logistics', city: 'Rotterdam', summary: 'Reefer fleet.', ...base },
    },
    { kind: 'account', title: 'Halden Cold Chain', detail: 'Logistics · Rotterdam', href: '/accounts/acct-1' },
    ['Logistics', 'Rotterdam', 'Reefer fleet.'],
  ],
  [
    'contact (opens its account)',
    {
      collection: 'contacts',
      doc: { id: 'c-1', ownerId: 'rep', accountId: 'acct-1', name: 'Claire Moreau', title: 'Plant Operations Director', email: 'claire@example.com', ...base },
    },
    { kind: 'contact', title: 'Claire Moreau', detail: 'Plant Operations Director', href: '/accounts/acct-1' },
    ['claire@example.com'],
  ],
  [
    'collateral',
    {
      collection: 'collateral',
      doc: {
        id: 'coll-1',
        title: 'Greyhollow case study',
        description: 'Not indexed: only titles are.',
        kind: 'case_study',
        product: 'Beacon Analytics',
        stages: ['demo'],
        fileName: 'greyhollow.pdf',
        mimeType: 'application/pdf',
        size: 10,
        sha256: 'a'.repeat(64),
        version: 1,
        publishedAt: 1,
        updatedAt: 1,
      },
    },
    { kind: 'collateral', title: 'Greyhollow case study', detail: 'case study · Beacon Analytics', href: '/collateral/coll-1' },
    ['greyhollow.pdf'],
  ],
  [
    'demo script',
    {
      collection: 'demo_scripts',
      doc: {
        id: 'script-1',
        title: 'Executive overview',
        product: 'Beacon Analytics',
        persona: 'CFO',
        steps: [{ title: 'Open the plant dashboard', talkTrack: 'Long talk track, not indexed.', action: 'Click', durationSec: 60 }],
        version: 1,
        publishedAt: 1,
        updatedAt: 1,
      },
    },
    { kind: 'demo_script', title: 'Executive overview', detail: 'Beacon Analytics · CFO', href: '/demo-scripts/script-1' },
    ['CFO', 'Open the plant dashboard'],
  ],
];

describe('search documents', () => {
  it.each(records)('maps a %s', (_name, record, expected, textParts) => {
    const document = toSearchDocument(record);
    expect(document).toMatchObject(expected);
    expect(document.id).toBe(`${document.kind}:${record.doc.id}`);
    for (const part of textParts) expect(document.text).toContain(part);
  });

  it('leaves collateral descriptions and talk tracks out of the text', () => {
    const [collateral, script] = [records[4]?.[1], records[5]?.[1]];
    expect(collateral && toSearchDocument(collateral).text).not.toContain('Not indexed');
    expect(script && toSearchDocument(script).text).not.toContain('talk track');
  });

  it('gives a deleted document the id its entry had', () => {
    expect(searchIdForDeleted('call_notes', 'n1')).toBe('note:n1');
    expect(searchIdForDeleted('battle_cards', 'c1')).toBe('battle_card:c1');
    expect(searchIdForDeleted('demo_scripts', 'd1')).toBe('demo_script:d1');
  });
});
