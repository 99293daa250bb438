/**
 * A push's rows as request bodies the server takes: each a JSON array of rows, at most
 * SYNC_LIMITS.maxPushRows rows and maxBodyBytes bytes (the server refuses a larger one with 413,
 * and the same rows would then be refused on every retry). A batch of long notes written
 * offline is sent in several requests, in order; a batch of short ones in one. One row always
 * fits: the schemas' length limits keep a document far below the body limit.
 */
import { SYNC_LIMITS } from '../../shared/sync/protocol.ts';

const utf8 = new TextEncoder();

export function pushBodies(rows: readonly unknown[], limits: { maxBytes: number; maxRows: number } = { maxBytes: SYNC_LIMITS.maxBodyBytes, maxRows: SYNC_LIMITS.maxPushRows }): string[] {
  const bodies: string[] = [];
  let parts: string[] = [];
  // '[' and ']', and a comma before every row but the first.
  let bytes = 2;
  const flush = () => {
    if (parts.length > 0) bodies.push(`[${parts.join(',')}]`);
    parts = [];
    bytes = 2;
  };
  for (const row of rows) {
    const part = JSON.stringify(row);
    const rowBytes = utf8.encode(part).length;
    if (parts.length > 0 && (bytes + 1 + rowBytes > limits.maxBytes || parts.length >= limits.maxRows)) flush();
    bytes += (parts.length > 0 ? 1 : 0) + rowBytes;
    parts.push(part);
  }
  flush();
  return bodies;
}
