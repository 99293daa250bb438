import { readOnlyLabel, type Ownership } from './ownership.ts';
import './team.css';

/** Says whose a document is when the signed-in user may only read it; nothing for their own. */
export function ReadOnlyNotice({ ownership, what }: { ownership: Ownership; what: string }) {
  if (ownership.isMine) return null;
  return (
    <p className="read-only-notice" role="note">
      {readOnlyLabel(ownership.ownerName, what)}
    </p>
  );
}
