/**
 * Fields only the company sets, though the document belongs to a rep: a feedback item's status
 * and response are product's and marketing's answer. A rep's push may carry them unchanged
 * (as last pulled) but never set or alter them.
 */
import { isDeepStrictEqual } from 'node:util';
import type { CollectionName } from '../../shared/schemas/index.ts';
import type { SessionUser } from '../../shared/sync/protocol.ts';
import { forbidden } from '../errors.ts';

const SERVER_FIELDS: Partial<Record<CollectionName, { field: string; initial: unknown }[]>> = {
  feedback: [
    { field: 'status', initial: 'received' },
    { field: 'response', initial: undefined },
  ],
};

export function guardServerFields(
  user: SessionUser,
  collection: CollectionName,
  stored: Record<string, unknown> | undefined,
  next: Record<string, unknown>,
  index: number,
): void {
  const fields = SERVER_FIELDS[collection];
  if (!fields || user.role === 'marketing' || user.role === 'admin') return;
  for (const { field, initial } of fields) {
    const expected = stored ? stored[field] : initial;
    if (!isDeepStrictEqual(next[field], expected)) {
      throw forbidden(`row ${index}: ${collection}.${field} is set by product and marketing, not in a push`);
    }
  }
}
