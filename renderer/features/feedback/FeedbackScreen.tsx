import { useState } from 'react';
import { useSession } from '../../app/session.store.ts';
import { LoadState } from '../../ui/LoadState.tsx';
import { FeedbackList } from './FeedbackList.tsx';
import { KIND_LABELS } from './feedback-labels.ts';
import { LogFeedbackForm } from './LogFeedbackForm.tsx';
import { useMyFeedback } from './useFeedback.ts';
import './feedback.css';

/** Log feedback directly (not from a note), and follow what product and marketing made of it. */
export function FeedbackScreen() {
  const ownerId = useSession((s) => s.userId);
  const feedback = useMyFeedback(ownerId);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <section aria-labelledby="screen-title" className="feedback-screen">
      <h1 id="screen-title">Feedback</h1>
      <p className="muted">
        What customers tell you goes to product and marketing when your laptop syncs. Their answer shows here. In a note,
        select the words and choose Log feedback.
      </p>
      <LogFeedbackForm onLogged={(item) => setNotice(`${KIND_LABELS[item.kind]} logged. It goes to product with your next sync.`)} />
      {notice && <p role="status">{notice}</p>}
      <h2>Your feedback</h2>
      <LoadState query={feedback}>{(items) => <FeedbackList items={items} label="Your feedback" />}</LoadState>
    </section>
  );
}
