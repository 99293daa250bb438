/**
 * Every error leaves the server as `{ error: CODE, message: TEXT, details? }`. Fastify's own
 * errors (bad JSON, oversized bodies, rate limits) are mapped to the same shape; anything
 * unexpected is logged in full and answered with a generic 500.
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import type { ApiError } from '../../shared/sync/protocol.ts';
import { ApiHttpError } from '../errors.ts';

const FASTIFY_CODES: Record<string, { status: number; error: string; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, error: 'invalid_json', message: 'The request body is not valid JSON.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, error: 'invalid_json', message: 'The request body is empty.' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, error: 'body_too_large', message: 'The request body is over the size limit.' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, error: 'unsupported_media_type', message: 'Send application/json.' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, error: 'invalid_request', message: 'Content-Length does not match the body.' },
};

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | ApiHttpError, request, reply) => {
    if (error instanceof ApiHttpError) {
      const body: ApiError = { error: error.code, message: error.message };
      if (error.details !== undefined) body.details = error.details;
      return reply.status(error.status).send(body);
    }
    const known = error.code ? FASTIFY_CODES[error.code] : undefined;
    if (known) return reply.status(known.status).send({ error: known.error, message: known.message } satisfies ApiError);
    if (error.statusCode === 429) {
      return reply.status(429).send({ error: 'rate_limited', message: error.message } satisfies ApiError);
    }
    if (error.validation) {
      return reply.status(400).send({ error: 'invalid_request', message: error.message } satisfies ApiError);
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.status(error.statusCode).send({ error: 'invalid_request', message: error.message } satisfies ApiError);
    }
    request.log.error({ err: error }, 'request failed');
    return reply.status(500).send({ error: 'internal', message: 'The server failed to handle this request.' } satisfies ApiError);
  });

  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({ error: 'not_found', message: `No route ${request.method} ${request.url.split('?')[0]}` } satisfies ApiError),
  );
}
