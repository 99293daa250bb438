/**
 * Pulls and live events built from the JSON text the store already holds: a pull of a thousand
 * documents (or a live event fanned out to many streams) never parses and re-serializes them,
 * which was most of its time and memory.
 */
import type { PullResponse } from '../../shared/sync/protocol.ts';

/**
 * A stored document as it travels: the document plus `_deleted`. Stored documents never hold
 * `_deleted` (a push strips it), so it is appended, never duplicated.
 */
export function wireJson(documentJson: string, deleted: boolean): string {
  const text = documentJson.trim();
  if (!text.startsWith('{') || !text.endsWith('}')) throw new Error('a stored document is not a JSON object');
  const fields = text.slice(1, -1).trim();
  return `{${fields}${fields === '' ? '' : ','}"_deleted":${deleted}}`;
}

/**
 * A PullResponse (a pull's answer, or a live event) as JSON text, from documents already in wire
 * JSON; `more` when the page stopped at its size with more changes to follow.
 */
export function pullResponseJson(documents: string[], checkpoint: PullResponse['checkpoint'], more = false): string {
  return `{"documents":[${documents.join(',')}],"checkpoint":${JSON.stringify(checkpoint)}${more ? ',"more":true' : ''}}`;
}
