/**
 * Quick notes taken while playing a demo script land in the meeting's call note, in one
 * "Demo notes" section with a sub-heading per step:
 *
 *   ## Demo notes
 *
 *   ### Drill into an exception
 *   - Wants the shift breakdown per plant
 *
 * The function only ever adds lines; whatever the rep wrote elsewhere in the note stays as it is.
 */
export const DEMO_NOTES_HEADING = '## Demo notes';

const SECTION_HEADING = /^##\s+Demo notes\s*$/i;
/** A heading that ends the Demo notes section (same level or above). */
const SECTION_END = /^#{1,2}\s/;
/** A heading that ends one step's block inside the section. */
const BLOCK_END = /^#{1,3}\s/;

/** One line of Markdown: newlines and runs of whitespace collapse to single spaces. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The index after the last non-blank line in lines[from, to), or `from` when all are blank. */
function endOfText(lines: string[], from: number, to: number): number {
  let end = to;
  while (end > from && lines[end - 1]?.trim() === '') end -= 1;
  return end;
}

export function appendDemoNote(body: string, stepTitle: string, note: string): string {
  const text = oneLine(note);
  if (text === '') return body;
  const heading = `### ${oneLine(stepTitle) || 'Untitled step'}`;
  const bullet = `- ${text}`;
  const lines = body.split('\n');

  const start = lines.findIndex((line) => SECTION_HEADING.test(line));
  if (start < 0) {
    const before = body.trimEnd();
    return `${before}${before === '' ? '' : '\n\n'}${DEMO_NOTES_HEADING}\n\n${heading}\n${bullet}\n`;
  }

  let sectionEnd = lines.findIndex((line, i) => i > start && SECTION_END.test(line));
  if (sectionEnd < 0) sectionEnd = lines.length;

  const stepAt = lines.findIndex((line, i) => i > start && i < sectionEnd && line.trim() === heading);
  if (stepAt >= 0) {
    let blockEnd = lines.findIndex((line, i) => i > stepAt && i < sectionEnd && BLOCK_END.test(line));
    if (blockEnd < 0) blockEnd = sectionEnd;
    const at = endOfText(lines, stepAt + 1, blockEnd);
    lines.splice(at, 0, bullet);
    return lines.join('\n');
  }

  const at = endOfText(lines, start + 1, sectionEnd);
  const insert = ['', heading, bullet];
  // Keep a blank line between this section and a heading that follows it.
  if (at < lines.length && lines[at]?.trim() !== '') insert.push('');
  lines.splice(at, 0, ...insert);
  return lines.join('\n');
}
