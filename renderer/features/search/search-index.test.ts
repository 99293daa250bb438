import { describe, expect, it } from 'vitest';
import type { SearchDocument, SearchKind } from './search-documents.ts';
import { SearchIndex, normalizeTerm } from './search-index.ts';

function doc(kind: SearchKind, docId: string, title: string, text = ''): SearchDocument {
  return { id: `${kind}:${docId}`, kind, docId, title, text, detail: '', href: `/${kind}/${docId}` };
}

function indexOf(...documents: SearchDocument[]): SearchIndex {
  const index = new SearchIndex();
  index.upsert(documents);
  return index;
}

const titles = (index: SearchIndex, query: string) => index.search(query).flatMap((group) => group.hits.map((hit) => hit.title));

describe('search index', () => {
  const index = indexOf(
    doc('note', 'n1', 'Tamsin QBR', 'Agreed a 5-minute persistence rule for the cold-room alert.'),
    doc('note', 'n2', 'Halden negotiation', 'Procurement wants a multi-year discount.'),
    doc('battle_card', 'c1', 'Quantrel: time to value', 'Cube rebuilds every night.'),
    doc('account', 'a1', 'Halden Cold Chain', 'Logistics, Rotterdam'),
    doc('contact', 'p1', 'Hugo Lefèvre', 'Head of Demand Planning'),
  );

  it.each([
    ['a transposed letter', 'persistnece', 'Tamsin QBR'],
    ['a wrong vowel', 'persistance', 'Tamsin QBR'],
    ['a missing letter', 'procurment', 'Halden negotiation'],
    ['a misspelled name', 'quantral', 'Quantrel: time to value'],
    ['a prefix while typing', 'negot', 'Halden negotiation'],
    ['three letters', 'neg', 'Halden negotiation'],
    ['no accent', 'lefevre', 'Hugo Lefèvre'],
    ['other case', 'ROTTERDAM', 'Halden Cold Chain'],
  ])('finds by %s ("%s")', (_name, query, expected) => {
    expect(titles(index, query)).toContain(expected);
  });

  it('does not match short words loosely, nor unrelated words', () => {
    expect(titles(index, 'cub')).toEqual(['Quantrel: time to value']);
    // Two letters match a whole word only.
    expect(titles(index, 'ne')).toEqual([]);
    expect(titles(indexOf(doc('account', 'a', 'Aldermoor EU')), 'eu')).toEqual(['Aldermoor EU']);
    expect(titles(index, 'zebra')).toEqual([]);
  });

  it('leaves out a word typed after others until it can match as a prefix', () => {
    expect(titles(index, 'halden n')).toEqual(titles(index, 'halden'));
    expect(titles(index, 'halden ne')).toEqual(titles(index, 'halden'));
    expect(titles(index, 'halden neg')).toEqual(['Halden negotiation']);
    // A short word before the last one still counts.
    expect(titles(indexOf(doc('account', 'a', 'Aldermoor EU hub'), doc('account', 'b', 'Aldermoor hub')), 'eu hub')).toEqual(['Aldermoor EU hub']);
    expect(titles(index, 'a b')).toEqual([]);
  });

  it('needs every word of the query', () => {
    expect(titles(index, 'halden discount')).toEqual(['Halden negotiation']);
  });

  it('answers nothing below two characters, and for blank or odd input', () => {
    for (const query of ['', ' ', 'h', '   x ', '\u0000', '***']) expect(index.search(query)).toEqual([]);
  });

  it('groups hits by kind, best group first, titles counting more than text', () => {
    const groups = indexOf(
      doc('note', 'n1', 'Visit', 'Halden asked about pricing.'),
      doc('account', 'a1', 'Halden'),
      doc('note', 'n2', 'Halden kickoff'),
    ).search('halden');
    expect(groups.map((group) => [group.kind, group.label])).toEqual([
      ['account', 'Accounts'],
      ['note', 'Notes'],
    ]);
    expect(groups[1]?.hits.map((hit) => hit.title)).toEqual(['Halden kickoff', 'Visit']);
  });

  it('keeps at most the given number of hits per kind', () => {
    const many = indexOf(...Array.from({ length: 12 }, (_, i) => doc('note', `n${i}`, `Pricing call ${i}`)));
    expect(many.search('pricing')[0]?.hits).toHaveLength(5);
    expect(many.search('pricing', 10)[0]?.hits).toHaveLength(10);
  });

  it('replaces a document on a second upsert, and forgets a removed one', () => {
    const changing = indexOf(doc('note', 'n1', 'Draft', 'budget'));
    changing.upsert([doc('note', 'n1', 'Final', 'timeline')]);
    expect(changing.size).toBe(1);
    expect(titles(changing, 'budget')).toEqual([]);
    expect(titles(changing, 'timeline')).toEqual(['Final']);
    changing.remove('note:n1');
    changing.remove('note:never-there');
    expect(changing.size).toBe(0);
    expect(titles(changing, 'timeline')).toEqual([]);
  });

  it('normalizes terms to plain lower case', () => {
    expect(normalizeTerm('Éclair')).toBe('eclair');
    expect(normalizeTerm('')).toBeNull();
  });
});
