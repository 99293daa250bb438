/**
 * The in-memory full-text index behind the one search (MiniSearch): typo-tolerant (fuzzy) and
 * prefix matching, titles weighted above body text, results grouped by kind. Updated one
 * document at a time as the database changes; never persisted (it is rebuilt at each start).
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import { KIND_LABELS, type SearchDocument, type SearchKind } from './search-documents.ts';

/** Shorter queries match too much to be useful, and cost the most to answer. */
export const MIN_QUERY_LENGTH = 2;
/**
 * A word matches longer words from its third letter on ("sec" finds "security"); a two-letter
 * word matches only itself ("eu", "qa"). Prefixes of two letters match much of the vocabulary:
 * they were the slowest keystrokes (measured: p95 28 → 22 ms, max 42 → 27 ms on 11,500 documents).
 */
export const MIN_PREFIX_LENGTH = 3;
export const RESULTS_PER_KIND = 5;

export interface SearchHit {
  id: string;
  kind: SearchKind;
  title: string;
  detail: string;
  href: string;
}

export interface SearchGroup {
  kind: SearchKind;
  label: string;
  hits: SearchHit[];
}

type StoredFields = Pick<SearchDocument, 'kind' | 'title' | 'detail' | 'href'>;

/** Lower case without accents, so "lefevre" finds "Lefèvre". */
export function normalizeTerm(term: string): string | null {
  const plain = term.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
  return plain === '' ? null : plain;
}

/**
 * Typos allowed per word: none below four letters (too many false matches), then about one
 * in five letters ("persistance" finds "persistence", "quantral" finds "Quantrel").
 */
function fuzziness(term: string): number | false {
  return term.length < 4 ? false : 0.2;
}

/**
 * Words too short to tell anything apart are left out while other words carry the query: lone
 * letters ("quantrel p x"), and a last word still being typed that cannot match as a prefix yet
 * ("halden ne"), which would otherwise empty the results until its third letter.
 */
function queryTerms(query: string): string[] {
  const words = query.split(SPACE_OR_PUNCTUATION).filter((word) => word !== '');
  const useful = words.filter((word) => word.length > 1);
  const last = useful.at(-1);
  if (useful.length > 1 && last !== undefined && last.length < MIN_PREFIX_LENGTH && words.at(-1) === last) useful.pop();
  return useful.length > 0 ? useful : words;
}

// MiniSearch's own tokenizer splits on this (Unicode spaces and punctuation).
const SPACE_OR_PUNCTUATION = /[\n\r\p{Z}\p{P}]+/u;

export class SearchIndex {
  readonly #index = new MiniSearch<SearchDocument>({
    fields: ['title', 'text'],
    storeFields: ['kind', 'title', 'detail', 'href'],
    processTerm: normalizeTerm,
    searchOptions: { boost: { title: 3 }, prefix: (term) => term.length >= MIN_PREFIX_LENGTH, fuzzy: fuzziness, maxFuzzy: 2, combineWith: 'AND', tokenize: queryTerms },
  });

  get size(): number {
    return this.#index.documentCount;
  }

  has(id: string): boolean {
    return this.#index.has(id);
  }

  /** Adds documents, replacing any already indexed under the same id. */
  upsert(documents: readonly SearchDocument[]): void {
    for (const document of documents) {
      if (this.#index.has(document.id)) this.#index.replace(document);
      else this.#index.add(document);
    }
  }

  remove(id: string): void {
    if (this.#index.has(id)) this.#index.discard(id);
  }

  /** The best hits of each kind; groups ordered by their best hit, best first. */
  search(query: string, perKind = RESULTS_PER_KIND): SearchGroup[] {
    if (query.trim().length < MIN_QUERY_LENGTH) return [];
    const byKind = new Map<SearchKind, SearchHit[]>();
    for (const result of this.#index.search(query) as (SearchResult & StoredFields)[]) {
      const hits = byKind.get(result.kind) ?? [];
      if (hits.length >= perKind) continue;
      hits.push({ id: String(result.id), kind: result.kind, title: result.title, detail: result.detail, href: result.href });
      byKind.set(result.kind, hits);
    }
    // Map order is insertion order, which is the order of each kind's best (first) hit.
    return [...byKind].map(([kind, hits]) => ({ kind, label: KIND_LABELS[kind], hits }));
  }
}
