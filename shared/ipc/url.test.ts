import { describe, expect, it } from 'vitest';
import { MAX_EXTERNAL_URL_LENGTH, validateExternalUrl } from './url.ts';

describe('validateExternalUrl', () => {
  it.each([
    ['https://example.com', 'https://example.com/'],
    ['http://example.com/path?q=1#frag', 'http://example.com/path?q=1#frag'],
    ['HTTPS://Example.COM/Docs', 'https://example.com/Docs'],
    ['https://example.com:8443/a@b', 'https://example.com:8443/a@b'],
    ['https://xn--bcher-kva.example/', 'https://xn--bcher-kva.example/'],
  ])('accepts %s as %s', (input, expected) => {
    expect(validateExternalUrl(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['javascript:alert(1)'],
    ['JavaScript:alert(document.cookie)'],
    ['file:///etc/passwd'],
    ['file://C:/Windows/System32/calc.exe'],
    ['data:text/html,<script>alert(1)</script>'],
    ['vbscript:msgbox(1)'],
    ['ms-msdt:/id PCWDiagnostic'],
    ['smb://attacker/share'],
    ['app://fieldcase/index.html'],
    ['ftp://example.com/file'],
    ['https:/evil.example'],
    ['https:evil.example'],
    ['https:///evil.example'],
    ['https:\\\\evil.example'],
    ['https://user:pass@example.com/'],
    ['https://user@example.com/'],
    ['https://@example.com/'],
    ['https://bank.example@evil.example/'],
    ['http://127.0.0.1:5173@evil.example/'],
    [' https://example.com'],
    ['https://example.com/\n'],
    ['https://exa\tmple.com/'],
    ['https://example.com/\u0000'],
    ['https://'],
    ['https://[bad'],
    ['//example.com'],
    ['example.com'],
    [''],
  ])('rejects %j', (input) => {
    expect(validateExternalUrl(input).ok).toBe(false);
  });

  it.each([[undefined], [null], [42], [true], [{}], [['https://example.com']], [{ toString: () => 'https://x.y' }]])(
    'rejects the non-string %j',
    (input) => {
      expect(validateExternalUrl(input)).toEqual({ ok: false, message: 'url must be a string' });
    },
  );

  it('accepts a URL of exactly the maximum length and rejects one character more', () => {
    const base = 'https://example.com/';
    const atLimit = base + 'a'.repeat(MAX_EXTERNAL_URL_LENGTH - base.length);
    expect(atLimit).toHaveLength(2048);
    expect(validateExternalUrl(atLimit)).toEqual({ ok: true, value: atLimit });
    expect(validateExternalUrl(atLimit + 'a').ok).toBe(false);
  });

  it('rejects a URL that only grows past the limit when normalised', () => {
    // Each space-free non-ASCII character is percent-encoded by the parser (1 char -> 6 chars).
    const input = 'https://example.com/' + 'é'.repeat(400);
    expect(input.length).toBeLessThan(MAX_EXTERNAL_URL_LENGTH);
    expect(validateExternalUrl(input).ok).toBe(false);
  });

  it('does not echo a huge hostile input back in its message', () => {
    const result = validateExternalUrl('javascript:' + 'x'.repeat(1_000_000));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message.length).toBeLessThan(100);
  });
});
