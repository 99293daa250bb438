import { describe, expect, it } from 'vitest';
import { createEventParser, normalizeServerUrl } from './transport.ts';

describe('normalizeServerUrl', () => {
  it.each([
    ['https://sync.example.com', 'https://sync.example.com'],
    ['https://sync.example.com/', 'https://sync.example.com'],
    ['  http://127.0.0.1:8787/  ', 'http://127.0.0.1:8787'],
    ['https://example.com/fieldcase//', 'https://example.com/fieldcase'],
    ['HTTPS://Sync.Example.com', 'https://sync.example.com'],
  ])('accepts %s', (raw, normalized) => {
    expect(normalizeServerUrl(raw)).toBe(normalized);
  });

  it.each(['', 'sync.example.com', 'javascript:alert(1)', 'file:///etc/passwd', 'ftp://example.com', 'https://user:pw@example.com', 'data:text/html,hi'])(
    'refuses %s',
    (raw) => {
      expect(() => normalizeServerUrl(raw)).toThrow();
    },
  );
});

describe('event stream parser', () => {
  function collect(chunks: string[]): string[] {
    const events: string[] = [];
    const parse = createEventParser((data) => events.push(data));
    for (const chunk of chunks) parse(chunk);
    return events;
  }

  it('reads data events, ignoring comments and retry lines', () => {
    expect(collect(['retry: 3000\n\ndata: "RESYNC"\n\n: heartbeat\n\ndata: {"a":1}\n\n'])).toEqual(['"RESYNC"', '{"a":1}']);
  });

  it('joins an event split across chunks, wherever the split falls', () => {
    const text = 'data: {"documents":[],"checkpoint":{"sequence":7}}\n\n';
    for (let cut = 1; cut < text.length; cut += 1) {
      expect(collect([text.slice(0, cut), text.slice(cut)])).toEqual(['{"documents":[],"checkpoint":{"sequence":7}}']);
    }
  });

  it('handles CRLF line endings, multi-line data and an unfinished last event', () => {
    expect(collect(['data: a\r\ndata: b\r\n\r\ndata: c'])).toEqual(['a\nb']);
  });
});
