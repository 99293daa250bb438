import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useSession } from '../../app/session.store.ts';
import { recordActivity } from '../../db/repos/activities.repo.ts';
import { useDatabase } from '../../db/useDatabase.ts';
import { LoadState } from '../../ui/LoadState.tsx';
import { formatDateTime, formatTimeRange, MEETING_KIND_LABELS } from '../crm/labels.ts';
import '../crm/crm.css';
import { BriefBody } from './BriefSections.tsx';
import './brief.css';
import { briefSubjectId, useBrief, useBriefReviewedAt, type BriefTarget } from './useBrief.ts';

function ReviewedControl({ target, meetingId }: { target: BriefTarget; meetingId: string | null }) {
  const db = useDatabase();
  const userId = useSession((s) => s.userId);
  const subjectId = briefSubjectId(target);
  const reviewedAt = useBriefReviewedAt(userId, subjectId);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const markReviewed = () => {
    setSaving(true);
    setError(null);
    recordActivity(db, { ownerId: userId, kind: 'brief_prepared', subjectId, meetingId })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
      .finally(() => setSaving(false));
  };

  return (
    <div className="toolbar">
      <button type="button" onClick={markReviewed} disabled={saving}>
        Mark brief reviewed
      </button>
      {reviewedAt.status === 'ready' && reviewedAt.data !== null && <span role="status">Reviewed {formatDateTime(reviewedAt.data)}</span>}
      {error && (
        <span role="alert" className="error">
          Not recorded: {error}
        </span>
      )}
    </div>
  );
}

function Brief({ target }: { target: BriefTarget }) {
  const brief = useBrief(target);
  return (
    <LoadState query={brief}>
      {(found) =>
        found ? (
          <article aria-labelledby="screen-title">
            <p className="eyebrow">Pre-call brief</p>
            <h1 id="screen-title">{found.meeting ? found.meeting.title : found.account.name}</h1>
            {found.meeting && (
              <p>
                {formatDateTime(found.meeting.startsAt)} ({formatTimeRange(found.meeting.startsAt, found.meeting.endsAt)}) ·{' '}
                {MEETING_KIND_LABELS[found.meeting.kind]} · <Link to={`/accounts/${encodeURIComponent(found.account.id)}`}>{found.account.name}</Link>
                {found.meeting.persona ? ` · audience: ${found.meeting.persona}` : ''}
              </p>
            )}
            <ReviewedControl target={target} meetingId={found.meeting?.id ?? null} />
            <BriefBody brief={found} />
          </article>
        ) : (
          <section aria-labelledby="screen-title">
            <h1 id="screen-title">Nothing to brief</h1>
            <p>This {'meetingId' in target ? 'meeting' : 'account'} is not on this laptop. It may have been removed, or not synced yet.</p>
            <Link to="/today">Back to Today</Link>
          </section>
        )
      }
    </LoadState>
  );
}

export function MeetingBriefScreen() {
  const { meetingId = '' } = useParams();
  return <Brief target={{ meetingId }} />;
}

export function AccountBriefScreen() {
  const { accountId = '' } = useParams();
  return <Brief target={{ accountId }} />;
}
