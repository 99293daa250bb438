import { describe, expect, it } from 'vitest';
import { applyFormat, continueList, shortcutCommand, type TextEdit } from './markdown-format.ts';

/** "a[b]c" → value "abc", selection around b; "a|c" → a caret. */
function edit(marked: string): TextEdit {
  const caret = marked.indexOf('|');
  if (caret >= 0) return { value: marked.replace('|', ''), start: caret, end: caret };
  const start = marked.indexOf('[');
  const end = marked.indexOf(']') - 1;
  return { value: marked.replace('[', '').replace(']', ''), start, end };
}

function show({ value, start, end }: TextEdit): string {
  if (start === end) return `${value.slice(0, start)}|${value.slice(start)}`;
  return `${value.slice(0, start)}[${value.slice(start, end)}]${value.slice(end)}`;
}

describe('applyFormat', () => {
  it.each([
    ['bold', 'Budget [approved] today', 'Budget **[approved]** today'],
    ['bold', 'Budget **[approved]** today', 'Budget [approved] today'],
    ['bold', 'Budget [**approved**] today', 'Budget [approved] today'],
    ['bold', 'Budget |', 'Budget **|**'],
    ['italic', '[soon]', '_[soon]_'],
    ['heading', 'Next st|eps', '## Next st|eps'],
    ['heading', '## Next| steps', 'Next| steps'],
    ['heading', '### [Risks]', '[Risks]'],
    ['heading', '[Risks\nTimeline]', '[## Risks\n## Timeline]'],
    ['bullets', '[Budget\nTimeline]', '[- Budget\n- Timeline]'],
    ['bullets', '[- Budget\n- Timeline]', '[Budget\nTimeline]'],
    ['bullets', 'Intro\n[1. Budget\n\n2. Timeline]\nEnd', 'Intro\n[- Budget\n\n- Timeline]\nEnd'],
    ['numbers', '[Budget\n- Timeline\n]', '[1. Budget\n2. Timeline]\n'],
    ['numbers', 'Bud|get', '1. Bud|get'],
    ['bullets', '|', '- |'],
  ] as const)('%s: %j → %j', (command, before, after) => {
    expect(show(applyFormat(command, edit(before)))).toBe(after);
  });
});

describe('continueList', () => {
  it.each([
    ['- Budget|', '- Budget\n- |'],
    ['  * nested|', '  * nested\n  * |'],
    ['1. Budget|\n2. Timeline', '1. Budget\n2. |\n2. Timeline'],
    ['9) Nine|', '9) Nine\n10) |'],
    ['- Budget\n- |', '- Budget\n|'],
  ])('%j → %j', (before, after) => {
    const result = continueList(edit(before));
    expect(result && show(result)).toBe(after);
  });

  it.each(['Plain text|', '- [a selection]', '-no space|', '|'])('leaves Enter alone in %j', (before) => {
    expect(continueList(edit(before))).toBeNull();
  });
});

describe('shortcutCommand', () => {
  const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean; code: string }> = {}) => ({
    key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods,
  });

  it.each([
    [key('b', { ctrlKey: true }), 'bold'],
    [key('B', { metaKey: true }), 'bold'],
    [key('i', { ctrlKey: true }), 'italic'],
    [key('*', { ctrlKey: true, shiftKey: true, code: 'Digit8' }), 'bullets'],
    [key('&', { ctrlKey: true, shiftKey: true, code: 'Digit7' }), 'numbers'],
    [key('1', { ctrlKey: true, altKey: true, code: 'Digit1' }), 'heading'],
    [key('b'), null],
    [key('n', { ctrlKey: true, shiftKey: true }), null],
    [key('b', { ctrlKey: true, altKey: true }), null],
  ] as const)('%j → %s', (event, command) => {
    expect(shortcutCommand(event)).toBe(command);
  });
});
