/**
 * Cross-origin access for the app: the desktop app's pages come from app://fieldcase and web
 * mode from wherever it is served, so the API answers CORS for an allowlist of origins. Tokens
 * travel in the Authorization header (no cookies), so no credentials mode is needed.
 */
import type { FastifyInstance } from 'fastify';

export type OriginRule = string | RegExp;

/** The desktop app, and the app served on this machine (development, `npm run web`). */
export const DEFAULT_ALLOWED_ORIGINS: OriginRule[] = [
  'app://fieldcase',
  /^http:\/\/127\.0\.0\.1(:\d{1,5})?$/,
  /^http:\/\/localhost(:\d{1,5})?$/,
];

export function parseAllowedOrigins(raw: string | undefined): OriginRule[] {
  if (!raw) return DEFAULT_ALLOWED_ORIGINS;
  return [...DEFAULT_ALLOWED_ORIGINS, ...raw.split(',').map((origin) => origin.trim()).filter(Boolean)];
}

export function isAllowedOrigin(origin: string, rules: OriginRule[]): boolean {
  return rules.some((rule) => (typeof rule === 'string' ? rule === origin : rule.test(origin)));
}

export function registerCors(app: FastifyInstance, rules: OriginRule[]): void {
  app.addHook('onRequest', async (request, reply) => {
    const origin = request.headers.origin;
    if (!origin || !request.url.startsWith('/api/') || !isAllowedOrigin(origin, rules)) return;
    reply.header('access-control-allow-origin', origin);
    reply.header('vary', 'Origin');
    reply.header('access-control-expose-headers', 'content-range, etag, fieldcase-kit-faq');
    if (request.method === 'OPTIONS') {
      reply.header('access-control-allow-methods', 'GET, POST, PUT');
      reply.header('access-control-allow-headers', 'authorization, content-type, range, if-none-match');
      reply.header('access-control-max-age', '600');
      return reply.status(204).send();
    }
  });
}
