/**
 * A stored document as it travels (the document plus `_deleted`), made from the JSON text the
 * store already holds: a pull of a thousand documents then never parses and re-serializes them,
 * which was most of a pull's time and memory. Stored documents never hold `_deleted` (a push
 * strips it), so it is appended, never duplicated.
 */
export function wireJson(documentJson: string, deleted: boolean): string {
  const text = documentJson.trim();
  if (!text.startsWith('{') || !text.endsWith('}')) throw new Error('a stored document is not a JSON object');
  const fields = text.slice(1, -1).trim();
  return `{${fields}${fields === '' ? '' : ','}"_deleted":${deleted}}`;
}
