import type { EnablementKit, Feedback } from '../../../shared/schemas/index.ts';
import { LoadState } from '../../ui/LoadState.tsx';
import { FeedbackList } from '../feedback/FeedbackList.tsx';
import { formatDate } from '../crm/labels.ts';
import { AskProductForm } from './AskProductForm.tsx';
import { useMyKitQuestions } from './useReadiness.ts';

/** The rep's own questions not yet in the kit's answers: open ones, and answers that came back first. */
function ownNotInFaq(mine: Feedback[], kit: EnablementKit): Feedback[] {
  const inFaq = new Set(kit.faq.map((entry) => entry.feedbackId).filter((id) => id !== undefined));
  return mine.filter((item) => !inFaq.has(item.id));
}

/** The kit's questions and answers (every rep sees them), the rep's own questions, and asking a new one. */
export function KitQuestions({ kit, ownerId }: { kit: EnablementKit; ownerId: string }) {
  const mine = useMyKitQuestions(ownerId, kit.id);
  return (
    <section aria-labelledby="kit-questions-title" className="kit-questions">
      <h2 id="kit-questions-title">Questions and answers</h2>
      {kit.faq.length === 0 ? (
        <p className="muted">No answered questions yet.</p>
      ) : (
        <dl className="faq" aria-label="Answered questions">
          {kit.faq.map((entry) => (
            <div key={entry.feedbackId ?? entry.question}>
              <dt>{entry.question}</dt>
              <dd>
                {entry.answer}
                {entry.answeredAt !== undefined && <span className="muted"> (answered {formatDate(entry.answeredAt)})</span>}
              </dd>
            </div>
          ))}
        </dl>
      )}
      <h3>Your questions</h3>
      <LoadState query={mine}>
        {(items) => {
          const own = ownNotInFaq(items, kit);
          return own.length === 0 ? <p className="muted">None waiting.</p> : <FeedbackList items={own} label="Your questions" />;
        }}
      </LoadState>
      <AskProductForm source={{ kitId: kit.id, product: kit.product }} label={`Ask product about ${kit.product}`} />
    </section>
  );
}
