import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEMO_FILES, DEMO_FILE_LIST, DEMO_OWNERS_LOCAL, buildDemoWorkspace } from './index.ts';

const MAX_BYTES = 20 * 1024;

function read(relativePath: string): Buffer {
  return readFileSync(fileURLToPath(new URL(relativePath, import.meta.url)));
}

describe('demo collateral files', () => {
  const { collateral } = buildDemoWorkspace({ now: Date.UTC(2025, 2, 12), owners: DEMO_OWNERS_LOCAL });

  it.each(collateral.map((item) => [item.id, item] as const))('%s matches its file byte for byte', (_id, item) => {
    const path = DEMO_FILES[item.sha256];
    expect(path).toBeDefined();
    const bytes = read(path ?? '');
    expect(basename(path ?? '')).toBe(item.fileName);
    expect(bytes.length).toBe(item.size);
    expect(bytes.length).toBeLessThan(MAX_BYTES);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(item.sha256);
  });

  it('maps exactly the collateral files, all inside files/', () => {
    expect(Object.keys(DEMO_FILES).sort()).toEqual(collateral.map((item) => item.sha256).sort());
    for (const path of Object.values(DEMO_FILES)) expect(path).toMatch(/^files\/[a-z0-9-]+\.[a-z]+$/);
    expect(Object.values(DEMO_FILE_LIST).map((file) => file.path).sort()).toEqual(Object.values(DEMO_FILES).sort());
  });

  it('ships a structurally valid PDF (every xref offset lands on its object)', () => {
    const pdf = read(DEMO_FILE_LIST.greyhollowCaseStudy.path).toString('latin1');
    expect(pdf.startsWith('%PDF-1.')).toBe(true);
    expect(pdf.trimEnd().endsWith('%%EOF')).toBe(true);
    const startxref = Number(/startxref\s+(\d+)/.exec(pdf)?.[1]);
    expect(pdf.slice(startxref, startxref + 4)).toBe('xref');
    const entries = [...pdf.slice(startxref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(entries.length).toBeGreaterThan(0);
    entries.forEach((offset, index) => expect(pdf.slice(offset).startsWith(`${index + 1} 0 obj`)).toBe(true));
    const length = Number(/\/Length (\d+)/.exec(pdf)?.[1]);
    const start = pdf.indexOf('stream\n') + 'stream\n'.length;
    expect(pdf.indexOf('\nendstream') - start).toBe(length);
  });

  it('ships a CSV whose rows all have the header’s columns', () => {
    const rows = read(DEMO_FILE_LIST.connectRoi.path).toString('utf8').trimEnd().split('\n');
    const width = rows[0]?.split(',').length;
    for (const row of rows) expect(row.split(',').length, row).toBe(width);
  });

  it('ships an SVG with a single root element', () => {
    const svg = read(DEMO_FILE_LIST.analyticsDatasheet.path).toString('utf8');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(svg.match(/<svg[\s>]/g)).toHaveLength(1);
  });
});
