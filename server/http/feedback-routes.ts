/**
 * The feedback API for product and marketing: answer what the field logged with a status and a
 * response. Reps read the answer through sync; only marketing and admins may give it.
 *
 *   PUT /api/v1/feedback/:id/status   { "status": "planned", "response": "In the Q3 release." }
 *   → 200 the feedback item as now stored
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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function registerFeedbackRoutes(app: FastifyInstance, deps: { store: Store; validator: DocumentValidator; now?: () => number }): void {
  const now = deps.now ?? Date.now;
  app.put<{ Params: { id: string } }>('/api/v1/feedback/:id/status', { bodyLimit: 64 * 1024 }, async (request): Promise<Feedback> => {
    const user = requireUser(request);
    // Marketing and admins answer the field (product managers hold one of those roles).
    if (!canPublish(user)) throw forbidden('Only product, marketing and admins answer feedback.');
    if (!isRecord(request.body)) throw badRequest('the body is a JSON object: { "status": …, "response"?: … }');
    const unknown = Object.keys(request.body).filter((key) => key !== 'status' && key !== 'response');
    if (unknown.length > 0) throw badRequest(`unknown field ${unknown[0]}: only status and response can be set`);
    try {
      const answer = parseFeedbackAnswer(request.body);
      return await setFeedbackStatus(deps.store, deps.validator, request.params.id, answer, now());
    } catch (error) {
      if (error instanceof FeedbackNotFoundError) throw notFound(error.message);
      if (error instanceof InvalidFeedbackAnswerError) throw badRequest(error.message);
      throw error;
    }
  });
}
