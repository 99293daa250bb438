/**
 * Parses a single-range `Range: bytes=…` header against a file size (RFC 9110 §14.1.2).
 * Multiple ranges are answered with the whole file, as the RFC allows; an unsatisfiable or
 * malformed range is reported so the route can answer 416.
 */
export type RangeResult =
  | { kind: 'whole' }
  | { kind: 'partial'; start: number; end: number }
  | { kind: 'unsatisfiable' };

const RANGE = /^bytes=(\d*)-(\d*)$/;

export function parseRange(header: string | undefined, size: number): RangeResult {
  if (header === undefined) return { kind: 'whole' };
  const trimmed = header.trim();
  if (trimmed.includes(',')) return { kind: 'whole' };
  const match = RANGE.exec(trimmed);
  if (!match) return { kind: 'unsatisfiable' };
  const [, rawStart = '', rawEnd = ''] = match;
  if (rawStart === '' && rawEnd === '') return { kind: 'unsatisfiable' };
  if (rawStart === '') {
    // A suffix range: the last N bytes.
    const length = Number(rawEnd);
    if (length === 0 || size === 0) return { kind: 'unsatisfiable' };
    return { kind: 'partial', start: Math.max(0, size - length), end: size - 1 };
  }
  const start = Number(rawStart);
  const end = rawEnd === '' ? size - 1 : Math.min(Number(rawEnd), size - 1);
  if (!Number.isSafeInteger(start) || start >= size || end < start) return { kind: 'unsatisfiable' };
  return { kind: 'partial', start, end };
}
