import { describe, expect, it } from 'vitest';
import { createEventParser, createTransport, normalizeServerUrl } from './transport.ts';

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

describe('request priorities', () => {
  function recordingTransport() {
    const sent: { path: string; priority: RequestPriority | undefined }[] = [];
    const transport = createTransport({
      baseUrl: 'http://127.0.0.1:8787',
      getToken: () => 'fc_token',
      fetch: async (input, init) => {
        sent.push({ path: new URL(String(input)).pathname, priority: init?.priority });
        const body = String(input).includes('/counts') ? { counts: { call_notes: 3 } } : { documents: [], checkpoint: null };
        return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
      },
    });
    return { sent, transport };
  }

  it('sends a pull with the priority it is given, and the count last of all', async () => {
    const { sent, transport } = recordingTransport();
    await transport.pull('call_notes', { sequence: 1_000 }, 1_000, 'high');
    await transport.pull('accounts', null, 1_000);
    expect(await transport.countChanges({ call_notes: null })).toEqual({ call_notes: 3 });
    expect(sent).toEqual([
      { path: '/api/v1/sync/call_notes/pull', priority: 'high' },
      { path: '/api/v1/sync/accounts/pull', priority: 'auto' },
      { path: '/api/v1/sync/counts', priority: 'low' },
    ]);
  });
});
