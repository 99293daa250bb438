import { describe, expect, it } from 'vitest';
import { MAX_FILE_NAME_LENGTH, MAX_OPEN_FILE_BYTES, toSafeFileName, validateOpenFilePayload, validateOpenableFileName } from './files.ts';

describe('validateOpenableFileName', () => {
  it.each(['Beacon datasheet.pdf', 'deck.PPTX', 'price list (2026).xlsx', 'Grüße.md', 'q3.v2.csv', 'demo.mp4', 'con-call.pdf', 'console.txt'])(
    'accepts %s',
    (name) => {
      expect(validateOpenableFileName(name)).toEqual({ ok: true, value: name });
    },
  );

  it.each([
    ['not a string', 42],
    ['empty', ''],
    ['too long', `${'a'.repeat(MAX_FILE_NAME_LENGTH)}.pdf`],
    ['a path', '../../.bashrc.txt'],
    ['a nested path', 'docs/deck.pdf'],
    ['a Windows path', '..\\..\\Startup\\run.pdf'],
    ['a drive letter', 'C:deck.pdf'],
    ['an alternate data stream', 'deck.pdf:evil.exe'],
    ['a NUL truncation', 'evil.exe\u0000.pdf'],
    ['a newline', 'deck\n.pdf'],
    ['a right-to-left override', 'invoice\u202efdp.exe'],
    ['wildcards', 'deck*.pdf'],
    ['a hidden file', '.profile.txt'],
    ['a trailing dot', 'deck.pdf.'],
    ['a trailing space', 'deck.pdf '],
    ['a leading space', ' deck.pdf'],
    ['a device name', 'CON.pdf'],
    ['a device name with a superscript', 'com¹.txt'],
    ['an executable', 'setup.exe'],
    ['a script', 'install.sh'],
    ['a batch file', 'run.BAT'],
    ['a shortcut', 'deck.lnk'],
    ['a desktop entry', 'deck.desktop'],
    ['a web page', 'page.html'],
    ['an svg (scripts run when opened in a browser)', 'chart.svg'],
    ['an app bundle', 'Fieldcase.app'],
    ['a jar', 'tool.jar'],
    ['no extension', 'README'],
    ['a double extension ending in exe', 'deck.pdf.exe'],
  ])('refuses %s', (_label, name) => {
    expect(validateOpenableFileName(name).ok).toBe(false);
  });
});

describe('validateOpenFilePayload', () => {
  const bytes = new Uint8Array([1, 2, 3]);

  it('accepts { name, bytes } and keeps the same bytes', () => {
    const result = validateOpenFilePayload({ name: 'deck.pdf', bytes });
    expect(result).toEqual({ ok: true, value: { name: 'deck.pdf', bytes } });
  });

  it.each([
    ['nothing', undefined],
    ['an array', ['deck.pdf', bytes]],
    ['a missing name', { bytes }],
    ['an extra key', { name: 'deck.pdf', bytes, path: '/etc' }],
    ['bytes as a string', { name: 'deck.pdf', bytes: 'JVBERi0=' }],
    ['bytes as an array', { name: 'deck.pdf', bytes: [1, 2, 3] }],
    ['bytes as an ArrayBuffer', { name: 'deck.pdf', bytes: new ArrayBuffer(3) }],
    ['a bad name', { name: 'run.exe', bytes }],
  ])('refuses %s', (_label, input) => {
    expect(validateOpenFilePayload(input).ok).toBe(false);
  });

  it('refuses a file over the size limit without copying it', () => {
    const huge = { byteLength: MAX_OPEN_FILE_BYTES + 1 };
    Object.setPrototypeOf(huge, Uint8Array.prototype);
    expect(validateOpenFilePayload({ name: 'deck.pdf', bytes: huge })).toMatchObject({ ok: false });
  });
});

describe('toSafeFileName', () => {
  it.each([
    ['Q3: pricing/plans.pdf', '', 'Q3_ pricing_plans.pdf'],
    ['  deck.pdf  ', '', 'deck.pdf'],
    ['...hidden.txt', '', 'hidden.txt'],
    ['deck.pdf...', '', 'deck.pdf'],
    ['line\nbreak.pdf', '', 'linebreak.pdf'],
    ['invoice\u202efdp.exe', '', 'invoicefdp.exe'],
    ['datasheet', 'application/pdf', 'datasheet.pdf'],
    ['datasheet', 'application/pdf; charset=binary', 'datasheet.pdf'],
    ['notes', 'application/x-unknown', 'notes'],
    ['', 'text/plain', 'file.txt'],
    ['CON.pdf', '', 'file-CON.pdf'],
  ])('%j (%s) -> %j', (name, mimeType, expected) => {
    expect(toSafeFileName(name, mimeType)).toBe(expected);
  });

  it('shortens a long name and keeps its extension', () => {
    const safe = toSafeFileName(`${'x'.repeat(500)}.pptx`);
    expect(safe).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(safe.endsWith('.pptx')).toBe(true);
    expect(validateOpenableFileName(safe).ok).toBe(true);
  });

  it('repairs names but never makes an executable openable', () => {
    expect(validateOpenableFileName(toSafeFileName('setup.exe', 'application/pdf')).ok).toBe(false);
  });
});
