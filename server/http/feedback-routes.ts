/**
 * The feedback API for product and marketing: answer what the field logged with a status and a
 * response. Reps read the answer through sync; only marketing and admins may give it.
 *
 *   PUT /api/v1/feedback/:id/status   { "status": "planned", "response": "In the Q3 release." }
 *   → 200 the feedback item as now stored
 *
 * A question asked from a kit: its answer joins the kit's FAQ in the same transaction, and the
 * `Fieldcase-Kit-Faq` header says what happened to it (added, updated, removed, unchanged,
 * no_kit when the kit does not exist, kit_full), so the body stays the feedback item.
 */
import type { FastifyInstance } from 'fastify';
import type { Feedback } from '../../shared/schemas/index.ts';
import type { DocumentValidator } from '../../shared/schemas/validator.ts';
import { badRequest, forbidden, notFound } from '../errors.ts';
import {
  FeedbackNotFoundError,
  InvalidFeedbackAnswerError,
  parseFeedbackAnswer,
  setFeedbackStatus,
} from '../feedback/feedback-status.ts';
import type { Store } from '../store/store.ts';
import { canPublish } from '../sync/access.ts';
import { requireUser } from './authenticate.ts';

export const KIT_FAQ_HEADER = 'fieldcase-kit-faq';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function registerFeedbackRoutes(app: FastifyInstance, deps: { store: Store; validator: DocumentValidator; now?: () => number }): void {
  const now = deps.now ?? Date.now;
  app.put<{ Params: { id: string } }>('/api/v1/feedback/:id/status', { bodyLimit: 64 * 1024 }, async (request, reply): Promise<Feedback> => {
    const user = requireUser(request);
    // Marketing and admins answer the field (product managers hold one of those roles).
    if (!canPublish(user)) throw forbidden('Only product, marketing and admins answer feedback.');
    if (!isRecord(request.body)) throw badRequest('the body is a JSON object: { "status": …, "response"?: … }');
    const unknown = Object.keys(request.body).filter((key) => key !== 'status' && key !== 'response');
    if (unknown.length > 0) throw badRequest(`unknown field ${unknown[0]}: only status and response can be set`);
    try {
      const answer = parseFeedbackAnswer(request.body);
      const { feedback, kit } = await setFeedbackStatus(deps.store, deps.validator, request.params.id, answer, now());
      if (kit) void reply.header(KIT_FAQ_HEADER, kit.outcome);
      return feedback;
    } catch (error) {
      if (error instanceof FeedbackNotFoundError) throw notFound(error.message);
      if (error instanceof InvalidFeedbackAnswerError) throw badRequest(error.message);
      throw error;
    }
  });
}
