/** How feedback kinds and statuses read on screen. */
import type { Feedback, FeedbackKind } from '../../../shared/schemas/index.ts';

export const KIND_LABELS: Record<FeedbackKind, string> = {
  objection: 'Objection',
  feature_request: 'Feature request',
  competitor_mention: 'Competitor mention',
  pricing: 'Pricing remark',
  praise: 'Praise',
  question: 'Question',
  case_study_lead: 'Case study lead',
  other: 'Other',
};

/** Kinds where naming a competitor helps product and marketing. */
export function asksForCompetitor(kind: FeedbackKind): boolean {
  return kind === 'competitor_mention' || kind === 'objection' || kind === 'pricing';
}

export const STATUS_LABELS: Record<Feedback['status'], string> = {
  received: 'Received',
  planned: 'Planned',
  shipped: 'Shipped',
  declined: 'Declined',
  answered: 'Answered',
};
