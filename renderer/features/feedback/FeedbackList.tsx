import type { Feedback } from '../../../shared/schemas/index.ts';
import { describeAge } from '../../../shared/domain/relative-time.ts';
import { useNow } from '../../ui/useNow.ts';
import { KIND_LABELS, STATUS_LABELS } from './feedback-labels.ts';

/** Feedback the rep logged, with the status and response product and marketing gave it. */
export function FeedbackList({ items, label }: { items: Feedback[]; label: string }) {
  const now = useNow();
  if (items.length === 0) return <p className="muted">Nothing logged yet.</p>;
  return (
    <ul className="feedback-list" aria-label={label}>
      {items.map((item) => (
        <li key={item.id} aria-label={`${KIND_LABELS[item.kind]}: ${item.text.slice(0, 80)}`}>
          <p className="feedback-meta">
            <span className="feedback-kind">{KIND_LABELS[item.kind]}</span>
            <span className={`feedback-status status-${item.status}`}>{STATUS_LABELS[item.status]}</span>
            <span className="muted">
              {describeAge(item.createdAt, now)}
              {item.competitor ? ` · ${item.competitor}` : ''}
              {item.product ? ` · ${item.product}` : ''}
            </span>
          </p>
          <blockquote>{item.text}</blockquote>
          {item.response && (
            <p className="feedback-response">
              <strong>Response from product:</strong> {item.response}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
