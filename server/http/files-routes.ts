/**
 * Collateral files, content-addressed by sha256: anyone signed in downloads (with Range, so an
 * interrupted download resumes, and ETag, so a cached copy is revalidated for free); marketing
 * and admins upload, and the server checks the bytes hash to the address.
 */
import type { FastifyInstance } from 'fastify';
import { createHash } from 'node:crypto';
import { ApiHttpError, badRequest, forbidden, notFound } from '../errors.ts';
import type { Store } from '../store/store.ts';
import { canPublish } from '../sync/access.ts';
import { requireUser } from './authenticate.ts';
import { parseRange } from './range.ts';

export const MAX_FILE_BYTES = 100 * 1024 * 1024;
const SHA256 = /^[0-9a-f]{64}$/;
const MIME = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,63}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,63}$/;

interface FileParams {
  sha256: string;
}

function checkAddress(sha256: string): string {
  if (!SHA256.test(sha256)) throw badRequest('A file address is 64 lowercase hex characters (its sha256).');
  return sha256;
}

export function registerFileRoutes(app: FastifyInstance, store: Store): void {
  app.register(async (scope) => {
    // Uploads arrive as raw bytes whatever their type; the type is kept as the file's mime type.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: MAX_FILE_BYTES }, (_request, body, done) => done(null, body));

    scope.get<{ Params: FileParams }>('/api/v1/files/:sha256', async (request, reply) => {
      requireUser(request);
      const sha256 = checkAddress(request.params.sha256);
      const info = await store.getFileInfo(sha256);
      if (!info) throw notFound('There is no file at this address.');
      const etag = `"${sha256}"`;
      reply.header('etag', etag);
      reply.header('accept-ranges', 'bytes');
      reply.header('cache-control', 'private, max-age=31536000, immutable');
      reply.header('x-content-type-options', 'nosniff');
      // A file opened straight from the server (an SVG, say) runs no script and loads nothing.
      reply.header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox");
      if (request.headers['if-none-match'] === etag) return reply.status(304).send();

      const range = parseRange(request.headers.range, info.size);
      if (range.kind === 'unsatisfiable') {
        reply.header('content-range', `bytes */${info.size}`);
        throw new ApiHttpError(416, 'range_not_satisfiable', `This file has ${info.size} bytes.`);
      }
      const bytes = await store.readFile(sha256, range.kind === 'partial' ? range : undefined);
      if (!bytes) throw notFound('There is no file at this address.');
      reply.type(info.mimeType);
      if (range.kind === 'partial') {
        reply.status(206).header('content-range', `bytes ${range.start}-${range.end}/${info.size}`);
      }
      return reply.send(Buffer.from(bytes));
    });

    scope.put<{ Params: FileParams; Body: Buffer }>(
      '/api/v1/files/:sha256',
      { bodyLimit: MAX_FILE_BYTES },
      async (request, reply) => {
        const user = requireUser(request);
        if (!canPublish(user)) throw forbidden('Only marketing and admins upload collateral files.');
        const sha256 = checkAddress(request.params.sha256);
        const body = request.body;
        if (!Buffer.isBuffer(body)) throw badRequest('Send the file’s bytes as the request body.');
        const actual = createHash('sha256').update(body).digest('hex');
        if (actual !== sha256) throw badRequest(`The bytes hash to ${actual}, not to the address.`, { actual });
        const mimeType = (request.headers['content-type'] ?? 'application/octet-stream').split(';')[0]?.trim().toLowerCase() ?? '';
        if (!MIME.test(mimeType)) throw badRequest('Content-Type is not a media type.');
        const existed = (await store.getFileInfo(sha256)) !== null;
        await store.putFile({ sha256, size: body.length, mimeType, createdAt: Date.now() }, body);
        return reply.status(existed ? 200 : 201).send({ sha256, size: body.length, mimeType });
      },
    );
  });
}
