/**
 * RxDB migration strategies, one per schema version bump (shared/schemas). Each maps a
 * document of the previous version to the new one; existing laptops run them on first open.
 */
import type { MigrationStrategies } from 'rxdb';
import type { CollectionName } from '../../shared/schemas/index.ts';

export const MIGRATIONS: Partial<Record<CollectionName, MigrationStrategies>> = {
  call_notes: {
    // v1 added the optional `conflicts` list: a v0 note is valid as it is.
    1: (note: Record<string, unknown>) => note,
    // v2 added the optional template `fields` and the 'templateField' conflict: a v1 note is valid as it is.
    2: (note: Record<string, unknown>) => note,
    // v3: accountId is '' rather than null for a note about no account, so it can be indexed.
    3: (note: Record<string, unknown>) => ({ ...note, accountId: note['accountId'] ?? '' }),
  },
  // v1 added the optional kitId and battleCardId (questions asked from a kit or a card).
  feedback: { 1: (doc: Record<string, unknown>) => doc },
  // v1 let stage history entries carry the amount and close date after each change.
  opportunities: { 1: (doc: Record<string, unknown>) => doc },
  // v1 added the optional passScore and the faq entries' answeredAt.
  enablement_kits: { 1: (doc: Record<string, unknown>) => doc },
};
