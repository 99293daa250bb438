/**
 * Who may read and write what. Rep-owned collections are visible to their owner, to managers
 * and to admins, and writable only by their owner; marketing also reads the field's feedback,
 * which it answers. Published collections are readable by everyone and writable by marketing
 * and admins. Enforced on pull and stream (reads) and on push (writes).
 */
import { OWNED_COLLECTIONS, type CollectionName } from '../../shared/schemas/index.ts';
import type { SessionUser } from '../../shared/sync/protocol.ts';

export function isOwnedCollection(collection: CollectionName): boolean {
  return (OWNED_COLLECTIONS as readonly CollectionName[]).includes(collection);
}

/** The read filter: 'all', or the one owner whose documents the user may read. */
export type ReadScope = { all: true } | { all: false; ownerId: string };

export function readScope(user: SessionUser, collection: CollectionName): ReadScope {
  if (!isOwnedCollection(collection)) return { all: true };
  if (user.role === 'manager' || user.role === 'admin') return { all: true };
  if (user.role === 'marketing' && collection === 'feedback') return { all: true };
  return { all: false, ownerId: user.id };
}

export function canRead(scope: ReadScope, ownerId: string | null): boolean {
  return scope.all || ownerId === scope.ownerId;
}

export function canPublish(user: SessionUser): boolean {
  return user.role === 'marketing' || user.role === 'admin';
}

/**
 * Why a write is refused, or null when allowed. `storedOwnerId` is the owner of the document
 * as stored (undefined for a new document): nobody takes over another rep's document.
 */
export function writeRefusal(
  user: SessionUser,
  collection: CollectionName,
  newOwnerId: string | null,
  storedOwnerId: string | null | undefined,
): string | null {
  if (!isOwnedCollection(collection)) {
    return canPublish(user) ? null : `only marketing and admins publish ${collection}`;
  }
  if (newOwnerId !== user.id) return `${collection} documents can only be written by their owner`;
  if (storedOwnerId !== undefined && storedOwnerId !== user.id) return `this ${collection} document belongs to another user`;
  return null;
}
