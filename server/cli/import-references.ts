/**
 * A kit names the battle cards, collateral and demo scripts a rep must go through. Each must
 * exist when the kit is published: in the same import, or already published (and not deleted).
 */
import type { Store } from '../store/store.ts';
import type { Candidate, ProblemList } from './import-problems.ts';

const REQUIRABLE = ['battle_cards', 'collateral', 'demo_scripts'] as const;

export async function checkKitReferences(store: Store, candidates: readonly Candidate[], problems: ProblemList): Promise<void> {
  const inImport = new Set(candidates.filter((c) => (REQUIRABLE as readonly string[]).includes(c.collection)).map((c) => String(c.content['id'])));
  const wanted = [...new Set(candidates.flatMap((c) => (c.references ?? []).map((ref) => ref.id)))].filter((id) => !inImport.has(id));
  const published = new Set<string>();
  if (wanted.length > 0) {
    for (const collection of REQUIRABLE) {
      for (const [id, stored] of await store.getDocuments(collection, wanted)) if (!stored.deleted) published.add(id);
    }
  }
  for (const candidate of candidates) {
    for (const ref of candidate.references ?? []) {
      if (inImport.has(ref.id) || published.has(ref.id)) continue;
      problems.add(candidate.source, `required item "${ref.id}" is neither in this import nor published (give a battle card, collateral or demo script id)`, ref.line);
    }
  }
}
