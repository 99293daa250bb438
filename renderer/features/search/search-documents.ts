/**
 * How each searchable document becomes one entry of the search index: what is matched (a title,
 * weighted higher, and the rest of its text), what a result shows, and where it leads.
 */
import type { SearchableRecord } from '../../db/repos/search.repo.ts';

export const SEARCH_KINDS = ['battle_card', 'note', 'account', 'contact', 'collateral', 'demo_script'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const KIND_LABELS: Record<SearchKind, string> = {
  battle_card: 'Battle cards',
  note: 'Notes',
  account: 'Accounts',
  contact: 'Contacts',
  collateral: 'Collateral',
  demo_script: 'Demo scripts',
};

export interface SearchDocument {
  /** Unique across kinds: `${kind}:${docId}`. */
  id: string;
  kind: SearchKind;
  docId: string;
  title: string;
  text: string;
  /** One line under the title in a result. */
  detail: string;
  /** The app route the result opens. */
  href: string;
}

const UNTITLED_NOTE = 'Untitled note';

function joined(parts: (string | null | undefined)[], separator = '\n'): string {
  return parts.filter((part): part is string => typeof part === 'string' && part.trim() !== '').join(separator);
}

export function searchIdOf(kind: SearchKind, docId: string): string {
  return `${kind}:${docId}`;
}

function entry(kind: SearchKind, docId: string, fields: Omit<SearchDocument, 'id' | 'kind' | 'docId'>): SearchDocument {
  return { id: searchIdOf(kind, docId), kind, docId, ...fields };
}

const enc = encodeURIComponent;

export function toSearchDocument(record: SearchableRecord): SearchDocument {
  switch (record.collection) {
    case 'battle_cards': {
      const card = record.doc;
      return entry('battle_card', card.id, {
        title: card.title,
        text: joined([
          card.competitor,
          card.summary,
          ...card.sections.flatMap((section) => [section.heading, section.body]),
          ...card.objections.flatMap((item) => [item.objection, item.response]),
          ...(card.products ?? []),
        ]),
        detail: card.competitor,
        href: `/battle-cards/${enc(card.id)}`,
      });
    }
    case 'call_notes': {
      const note = record.doc;
      return entry('note', note.id, {
        title: note.title.trim() || UNTITLED_NOTE,
        text: joined([note.body, ...note.tags, ...note.competitors, ...(note.nextSteps ?? []).map((step) => step.text)]),
        detail: joined([...note.competitors, ...note.tags], ' · '),
        href: `/notes/${enc(note.id)}`,
      });
    }
    case 'accounts': {
      const account = record.doc;
      return entry('account', account.id, {
        title: account.name,
        text: joined([account.industry, account.segment, account.city, account.country, account.website, account.summary]),
        detail: joined([account.industry, account.city], ' · '),
        href: `/accounts/${enc(account.id)}`,
      });
    }
    case 'contacts': {
      const contact = record.doc;
      return entry('contact', contact.id, {
        title: contact.name,
        text: joined([contact.title, contact.email, contact.notes]),
        detail: contact.title ?? '',
        // A contact is shown on its account.
        href: `/accounts/${enc(contact.accountId)}`,
      });
    }
    case 'collateral': {
      const item = record.doc;
      return entry('collateral', item.id, {
        title: item.title,
        text: joined([item.fileName, item.product, item.kind.replace('_', ' ')]),
        detail: joined([item.kind.replace('_', ' '), item.product], ' · '),
        href: `/collateral/${enc(item.id)}`,
      });
    }
    case 'demo_scripts': {
      const script = record.doc;
      return entry('demo_script', script.id, {
        title: script.title,
        text: joined([script.product, script.persona, script.summary, ...script.steps.map((step) => step.title)]),
        detail: joined([script.product, script.persona], ' · '),
        href: `/demo-scripts/${enc(script.id)}`,
      });
    }
  }
}

/** The index entry a deleted document of `collection` had. */
export function searchIdForDeleted(collection: SearchableRecord['collection'], docId: string): string {
  const kinds: Record<SearchableRecord['collection'], SearchKind> = {
    battle_cards: 'battle_card',
    call_notes: 'note',
    accounts: 'account',
    contacts: 'contact',
    collateral: 'collateral',
    demo_scripts: 'demo_script',
  };
  return searchIdOf(kinds[collection], docId);
}
