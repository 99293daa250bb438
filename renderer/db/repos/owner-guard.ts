/**
 * The second line of defence behind the read-only screens: a repository refuses to write a
 * rep-owned document (account, contact, opportunity, meeting, call note, feedback) owned by
 * someone other than the user signed in on this laptop. The server would refuse that push
 * anyway (server/sync/access.ts), and the change would then sit failing in the sync queue.
 *
 * The writer is read from the session store. Until the saved session has been read ('loading')
 * there is nobody to compare with, and tools and tests that never set a session write freely.
 */
import { useSession } from '../../app/session.store.ts';

export class NotYourDocumentError extends Error {
  constructor(
    readonly what: string,
    readonly ownerId: string,
    readonly userId: string,
  ) {
    super(`This ${what} belongs to ${ownerId}: only its owner can change it (you are signed in as ${userId}).`);
    this.name = 'NotYourDocumentError';
  }
}

/** Throws NotYourDocumentError unless the signed-in user owns the document (or is about to create it as theirs). */
export function assertOwnDocument(what: string, ownerId: string): void {
  const { status, userId } = useSession.getState();
  if (status === 'loading') return;
  if (ownerId !== userId) throw new NotYourDocumentError(what, ownerId, userId);
}
