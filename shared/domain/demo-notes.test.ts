import { describe, expect, it } from 'vitest';
import { appendDemoNote } from './demo-notes.ts';

describe('appendDemoNote', () => {
  it.each([
    ['an empty note', '', 'Intro', 'Asked about SSO', '## Demo notes\n\n### Intro\n- Asked about SSO\n'],
    [
      'a note with text of its own',
      'Met Dana.\n\n',
      'Intro',
      'Asked about SSO',
      'Met Dana.\n\n## Demo notes\n\n### Intro\n- Asked about SSO\n',
    ],
    [
      'a second note for the same step',
      '## Demo notes\n\n### Intro\n- one\n',
      'Intro',
      'two',
      '## Demo notes\n\n### Intro\n- one\n- two\n',
    ],
    [
      'a note for a new step',
      '## Demo notes\n\n### Intro\n- one\n',
      'Alerts',
      'two',
      '## Demo notes\n\n### Intro\n- one\n\n### Alerts\n- two\n',
    ],
    [
      'an earlier step while later steps follow',
      '## Demo notes\n\n### Intro\n- one\n\n### Alerts\n- two\n',
      'Intro',
      'three',
      '## Demo notes\n\n### Intro\n- one\n- three\n\n### Alerts\n- two\n',
    ],
    [
      'a section followed by another heading',
      '# Visit\n\n## Demo notes\n\n### Intro\n- one\n\n## Next steps\n- call back',
      'Alerts',
      'two',
      '# Visit\n\n## Demo notes\n\n### Intro\n- one\n\n### Alerts\n- two\n\n## Next steps\n- call back',
    ],
    [
      'a step heading outside the section (left alone)',
      '### Intro\n- mine\n\n## Demo notes\n',
      'Intro',
      'two',
      '### Intro\n- mine\n\n## Demo notes\n\n### Intro\n- two\n',
    ],
    [
      'multi-line text and a title with a newline',
      '',
      'Drill\ninto it',
      '  wants\n\nthe   shift view  ',
      '## Demo notes\n\n### Drill into it\n- wants the shift view\n',
    ],
    ['an untitled step', '', '   ', 'x', '## Demo notes\n\n### Untitled step\n- x\n'],
  ])('adds to %s', (_case, body, step, note, expected) => {
    expect(appendDemoNote(body, step, note)).toBe(expected);
  });

  it('changes nothing for a blank note', () => {
    expect(appendDemoNote('Body', 'Intro', ' \n\t ')).toBe('Body');
  });

  it('keeps Markdown that looks like a heading inside the text on one bullet line', () => {
    const body = appendDemoNote('', 'Intro', '## not a heading\n# nor this');
    expect(body).toBe('## Demo notes\n\n### Intro\n- ## not a heading # nor this\n');
    // A later note still lands in the right place.
    expect(appendDemoNote(body, 'Intro', 'next')).toBe('## Demo notes\n\n### Intro\n- ## not a heading # nor this\n- next\n');
  });
});
