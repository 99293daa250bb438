/**
 * The Markdown editor's formatting commands as pure text edits: each takes the text and the
 * selection, and returns the new text and where the selection goes. Toggles: applying bold to
 * bold text removes it, a heading command on a heading line makes it plain again.
 */
export interface TextEdit {
  value: string;
  start: number;
  end: number;
}

export type FormatCommand = 'bold' | 'italic' | 'heading' | 'bullets' | 'numbers';

/** Wraps the selection in `marker` (or unwraps it); with nothing selected, places the caret inside. */
function toggleWrap({ value, start, end }: TextEdit, marker: string): TextEdit {
  const before = value.slice(0, start);
  const selected = value.slice(start, end);
  const after = value.slice(end);
  const m = marker.length;
  if (before.endsWith(marker) && after.startsWith(marker)) {
    return { value: before.slice(0, -m) + selected + after.slice(m), start: start - m, end: end - m };
  }
  if (selected.length >= 2 * m && selected.startsWith(marker) && selected.endsWith(marker)) {
    const inner = selected.slice(m, -m);
    return { value: before + inner + after, start, end: start + inner.length };
  }
  return { value: before + marker + selected + marker + after, start: start + m, end: end + m };
}

/** The start of the first and the end of the last line the selection touches. */
function lineRange(value: string, start: number, end: number): { from: number; to: number } {
  const from = value.lastIndexOf('\n', start - 1) + 1;
  const lastChar = end > start && value[end - 1] === '\n' ? end - 1 : end;
  const newline = value.indexOf('\n', lastChar);
  return { from, to: newline === -1 ? value.length : newline };
}

const BULLET = /^(\s*)[-*+] /;
const NUMBER = /^(\s*)\d+[.)] /;
const HEADING = /^#{1,6} /;

/** Applies a prefix rule to every selected line, keeping the selection on the same lines. */
function mapLines({ value, start, end }: TextEdit, change: (lines: string[]) => string[]): TextEdit {
  const { from, to } = lineRange(value, start, end);
  const lines = value.slice(from, to).split('\n');
  const changed = change(lines).join('\n');
  const next = value.slice(0, from) + changed + value.slice(to);
  if (start === end) {
    // A caret stays at the same place in its line's text, after any new prefix.
    const delta = changed.length - (to - from);
    return { value: next, start: Math.max(from, start + delta), end: Math.max(from, start + delta) };
  }
  return { value: next, start: from, end: from + changed.length };
}

function toggleListPrefix(edit: TextEdit, pattern: RegExp, prefix: (index: number) => string): TextEdit {
  return mapLines(edit, (lines) => {
    const filled = lines.filter((line) => line.trim() !== '');
    if (filled.length > 0 && filled.every((line) => pattern.test(line))) return lines.map((line) => line.replace(pattern, '$1'));
    let index = 0;
    return lines.map((line) => {
      // Blank lines between items stay blank; a blank line on its own becomes a first item.
      if (line.trim() === '' && filled.length > 0) return line;
      index += 1;
      const bare = line.replace(BULLET, '$1').replace(NUMBER, '$1').replace(HEADING, '');
      return prefix(index) + bare;
    });
  });
}

export function applyFormat(command: FormatCommand, edit: TextEdit): TextEdit {
  switch (command) {
    case 'bold':
      return toggleWrap(edit, '**');
    case 'italic':
      return toggleWrap(edit, '_');
    case 'heading':
      return mapLines(edit, (lines) => {
        const isHeading = lines.every((line) => HEADING.test(line));
        return lines.map((line) => (isHeading ? line.replace(HEADING, '') : `## ${line.replace(HEADING, '')}`));
      });
    case 'bullets':
      return toggleListPrefix(edit, BULLET, () => '- ');
    case 'numbers':
      return toggleListPrefix(edit, NUMBER, (index) => `${index}. `);
  }
}

/**
 * Enter inside a list item: the next line starts as the next item. Enter on an empty item ends
 * the list (the empty marker is removed). Null where Enter should do what it always does.
 */
export function continueList({ value, start, end }: TextEdit): TextEdit | null {
  if (start !== end) return null;
  const from = value.lastIndexOf('\n', start - 1) + 1;
  const line = value.slice(from, start);
  const bullet = /^(\s*)([-*+]) (.*)$/.exec(line);
  const number = /^(\s*)(\d+)([.)]) (.*)$/.exec(line);
  if (!bullet && !number) return null;
  const text = bullet ? bullet[3] : number?.[4];
  if (text?.trim() === '') {
    const next = value.slice(0, from) + value.slice(start);
    return { value: next, start: from, end: from };
  }
  const marker = bullet ? `${bullet[1]}${bullet[2]} ` : `${number?.[1] ?? ''}${Number(number?.[2]) + 1}${number?.[3] ?? '.'} `;
  const insert = `\n${marker}`;
  return { value: value.slice(0, start) + insert + value.slice(start), start: start + insert.length, end: start + insert.length };
}

/** The command a key press asks for: Ctrl/Cmd+B, +I, +Shift+7 (numbers), +Shift+8 (bullets), +Alt+1 (heading). */
export function shortcutCommand(event: { key: string; code?: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }): FormatCommand | null {
  if (!(event.ctrlKey || event.metaKey)) return null;
  const key = event.key.toLowerCase();
  if (!event.shiftKey && !event.altKey && key === 'b') return 'bold';
  if (!event.shiftKey && !event.altKey && key === 'i') return 'italic';
  if (event.shiftKey && !event.altKey && (event.code === 'Digit8' || key === '*')) return 'bullets';
  if (event.shiftKey && !event.altKey && (event.code === 'Digit7' || key === '&')) return 'numbers';
  if (event.altKey && !event.shiftKey && (event.code === 'Digit1' || key === '1')) return 'heading';
  return null;
}
