/** The benches' printed tables: Markdown-style, text columns left-aligned, figures right-aligned. */

/** `textColumns`: how many leading columns hold text (padded on the right); the rest hold figures. */
export function formatTable(header: string[], rows: string[][], textColumns = 1): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${widths.map((width, column) => (column < textColumns ? (cells[column] ?? '').padEnd(width) : (cells[column] ?? '').padStart(width))).join(' | ')} |`;
  const rule = `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}
