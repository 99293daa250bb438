/** Plain-text output for the terminal: aligned tables and UTC times. */

/**
 * Stored text is printed to a terminal: control characters (escape sequences among them) are
 * shown as U+FFFD so a crafted name cannot move the cursor or rewrite earlier output.
 */
export function terminalSafe(text: string): string {
  return text.replace(/\p{Cc}/gu, '\uFFFD');
}

/** Columns padded to their widest cell, two spaces apart, with a rule under the header. */
export function formatTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const cells = [headers, ...rows].map((row) => headers.map((_, column) => terminalSafe(row[column] ?? '')));
  const widths = headers.map((_, column) => Math.max(...cells.map((row) => [...(row[column] ?? '')].length)));
  const line = (row: readonly string[]) =>
    row
      .map((cell, column) => cell + ' '.repeat((widths[column] ?? 0) - [...cell].length))
      .join('  ')
      .trimEnd();
  const [head, ...body] = cells;
  return [line(head ?? []), line(widths.map((width) => '-'.repeat(width))), ...body.map(line)].join('\n');
}

/** "2025-06-01 09:30 UTC": unambiguous for admins in any time zone. */
export function formatUtcMinute(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

export function formatUtcDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
