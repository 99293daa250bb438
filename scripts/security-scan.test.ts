import { describe, expect, it } from 'vitest';
import { EXPLAINED, isWholeCsv, parseCsv, parseFindings, review } from './security-scan.ts';

const HEADER = 'issue, severity, confidence, filename, location, sample, description, url';

describe('parseCsv', () => {
  it('keeps commas and doubled quotes inside quoted fields', () => {
    expect(parseCsv('A,"MEDIUM","x, y","say ""hi""",3')).toEqual([['A', 'MEDIUM', 'x, y', 'say "hi"', '3']]);
  });

  it('keeps a line break inside a quoted field in its row', () => {
    const csv = `${HEADER}\r\nCSP_GLOBAL_CHECK,"MEDIUM","CERTAIN","N/A","0:0",N/A,"No CSP has been detec\nted in the target application",https://x.invalid\r\n`;
    expect(parseFindings(csv)).toEqual([{ check: 'CSP_GLOBAL_CHECK', severity: 'MEDIUM', confidence: 'CERTAIN', file: 'N/A', location: '0:0', sample: 'N/A' }]);
  });
});

describe('isWholeCsv', () => {
  const rows = [
    'CONTEXT_ISOLATION_JS_CHECK,"HIGH","FIRM","main/window.ts","62:17","new BrowserWindow(buildWindowOptions(config.preloadPath, config.bounds));","Review the contextIsolation option",https://x.invalid',
    'CSP_GLOBAL_CHECK,"MEDIUM","CERTAIN","N/A","0:0",N/A,"No CSP has been detected, ""really""",https://x.invalid',
  ].join('\n');

  it('accepts the header followed by well-formed rows, and an empty scan', () => {
    expect(isWholeCsv(`${HEADER}\n${rows}\n`)).toBe(true);
    expect(isWholeCsv(`${HEADER}\r\n`)).toBe(true);
  });

  it('refuses the file the scanner leaves when its header write lands over the first row', () => {
    const garbled = `${HEADER}\n${`${rows}\n`.slice(HEADER.length + 1)}`;
    expect(isWholeCsv(garbled)).toBe(false);
  });

  it('refuses rows with no header, cut rows, and an empty file', () => {
    expect(isWholeCsv(`${rows}\n`)).toBe(false);
    expect(isWholeCsv(`${HEADER}\n${rows.slice(0, 60)}`)).toBe(false);
    expect(isWholeCsv('')).toBe(false);
  });
});

describe('review', () => {
  const finding = (check: string, severity: string, file: string, sample: string) =>
    `${check},"${severity}","FIRM","${file}","1:1","${sample}","desc",https://example.invalid`;

  it('passes when every serious finding is explained and every explanation still matches', () => {
    const csv = [
      HEADER,
      ...EXPLAINED.map((entry) => finding(entry.check, 'MEDIUM', entry.file, `x ${entry.sample} y`)),
      finding('HTTP_RESOURCES_JS_CHECK', 'LOW', 'main/x.ts', 'fetch("http://x")'),
    ].join('\n');
    expect(review(parseFindings(csv))).toEqual({ unexplained: [], stale: [] });
  });

  it('fails on a new serious finding, for example Node integration turned on', () => {
    const csv = [
      HEADER,
      ...EXPLAINED.map((entry) => finding(entry.check, 'MEDIUM', entry.file, entry.sample)),
      finding('NODE_INTEGRATION_JS_CHECK', 'HIGH', 'main/window.ts', 'nodeIntegration: true'),
    ].join('\n');
    expect(review(parseFindings(csv)).unexplained).toEqual([
      expect.objectContaining({ check: 'NODE_INTEGRATION_JS_CHECK', severity: 'HIGH', file: 'main/window.ts' }),
    ]);
  });

  it('does not let an explanation cover the same check in another file', () => {
    const csv = [HEADER, finding('OPEN_EXTERNAL_JS_CHECK', 'MEDIUM', 'main/new-feature.ts', 'shell.openExternal(url)')].join('\n');
    expect(review(parseFindings(csv)).unexplained).toHaveLength(1);
  });

  it('reports explanations that no longer match anything', () => {
    expect(review(parseFindings(HEADER)).stale).toHaveLength(EXPLAINED.length);
  });
});
