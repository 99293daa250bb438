import { describe, expect, it } from 'vitest';
import { parseBattleCard } from './import-battle-cards.ts';
import { guessMimeType, unsafePathReason } from './import-collateral.ts';
import { parseDemoScript, parseDuration } from './import-demo-scripts.ts';
import { headingText, parseFrontMatter, splitSections } from './import-markdown.ts';
import { ProblemList, formatProblem } from './import-problems.ts';

const card = (body: string, front = 'id: card-x\ncompetitor: Acme\ntitle: Acme card\nsummary: Short.') => `---\n${front}\n---\n${body}`;
const script = (body: string, front = 'id: script-x\ntitle: Demo\nproduct: Beacon\npersona: CFO') => `---\n${front}\n---\n${body}`;

function problemsOf(parse: (text: string, source: string, problems: ProblemList) => unknown, text: string): string[] {
  const problems = new ProblemList();
  parse(text, 'x.md', problems);
  return problems.items.map(formatProblem);
}

describe('front matter', () => {
  it.each([
    ['no front matter', '# Title\n', /x\.md:1: the file must start with front matter/],
    ['no closing line', '---\nid: a\n', /x\.md:1: the front matter has no closing "---" line/],
    ['broken YAML, with its line', '---\nid: a\ntitle: [open\n---\n', /x\.md:\d: YAML: /],
    ['a repeated key', '---\nid: a\nid: b\n---\n', /x\.md:3: YAML: Map keys must be unique/],
    ['a list instead of fields', '---\n- a\n- b\n---\n', /must be YAML fields/],
  ])('reports %s', (_case, text, expected) => {
    const problems: string[] = [];
    expect(parseFrontMatter(text, (message, line) => problems.push(`x.md:${line}: ${message}`))).toBeNull();
    expect(problems.join('\n')).toMatch(expected);
  });

  it('accepts a BOM and Windows line endings, and numbers the body lines', () => {
    const parsed = parseFrontMatter('\uFEFF---\r\nid: a\r\n---\r\n## One\r\nbody\r\n', () => {
      throw new Error('no problem expected');
    });
    expect(parsed).toEqual({ data: { id: 'a' }, body: ['## One', 'body', ''], bodyFirstLine: 4 });
  });

  it('reports unknown, missing and mistyped fields all at once', () => {
    const problems = problemsOf(parseBattleCard, card('## A\ntext', 'id: 42\ncompetitors: Acme\ntitle: ""\nsummary: [a, b]\nproducts: Beacon'));
    expect(problems).toEqual([
      'x.md: front matter: unknown field "competitors" (allowed: id, competitor, title, summary, products)',
      'x.md: front matter: "id" must be text (put the value in quotes)',
      'x.md: front matter: "competitor" is missing',
      'x.md: front matter: "title" is empty',
      'x.md: front matter: "summary" must be text (put the value in quotes)',
      'x.md: front matter: "products" must be a list of text values, like [one, two]',
    ]);
  });

  it('refuses ids the schema would refuse, with a readable message', () => {
    expect(problemsOf(parseBattleCard, card('## A\ntext', 'id: "../escape"\ncompetitor: A\ntitle: T\nsummary: S'))).toEqual([
      'x.md: front matter: "id" must be at most 100 letters, digits, "_", ".", ":" or "-", starting with a letter or digit',
    ]);
  });
});

describe('headings and sections', () => {
  it.each([
    ['## Pricing', 2, 'Pricing'],
    ['  ## Pricing ##  ', 2, 'Pricing'],
    ['## C# and F#', 2, 'C# and F#'],
    ['##Pricing', 2, null],
    ['### Pricing', 2, null],
    ['    ## indented code', 2, null],
    ['### If they say this', 3, 'If they say this'],
    ['##', 2, ''],
  ])('%j at level %i → %j', (line, level, expected) => {
    expect(headingText(line, level)).toBe(expected);
  });

  it('keeps headings inside fenced code blocks as text; only a fence as long closes one', () => {
    const fenced = ['```md', '## not a heading', '```', '~~~~', '## nor this', '~~~', '## nor this, a shorter fence does not close', '~~~~', 'after'];
    const { sections } = splitSections(['## A', ...fenced, '## B', 'b'], 1, 2);
    expect(sections.map((section) => [section.heading, section.body])).toEqual([
      ['A', fenced],
      ['B', ['b']],
    ]);
  });
});

describe('battle cards', () => {
  it('turns sections and objections into the document', () => {
    const problems = new ProblemList();
    const text = card('\n## Where we win\n\n- fast\n\n## objections\n\n### Too expensive.\n\nIt pays back in a year.\n\n### No budget.\nAsk who owns the problem.\n');
    const candidate = parseBattleCard(text, 'x.md', problems);
    expect(problems.items).toEqual([]);
    expect(candidate?.content).toEqual({
      id: 'card-x',
      competitor: 'Acme',
      title: 'Acme card',
      summary: 'Short.',
      sections: [{ heading: 'Where we win', body: '- fast' }],
      objections: [
        { objection: 'Too expensive.', response: 'It pays back in a year.' },
        { objection: 'No budget.', response: 'Ask who owns the problem.' },
      ],
    });
  });

  it.each([
    ['text above the first section', card('# Acme\n\n## A\ntext'), 'x.md:7: text before the first "## " heading would be lost'],
    ['an empty section', card('## Empty\n\n## B\ntext'), 'x.md:7: the section "Empty" is empty'],
    ['no sections at all', card(''), 'x.md: the card has no "## " sections'],
    ['an objection without a response', card('## Objections\n### Too expensive.\n'), 'x.md:8: the objection "Too expensive." has no response under it'],
    ['text loose under Objections', card('## Objections\nloose\n### Q\nA'), 'x.md:8: text under "## Objections" must sit under a "### What the customer says" heading'],
    ['two Objections sections', card('## Objections\n### Q\nA\n## Objections\n### R\nB'), 'x.md:10: a second "## Objections" section (the first is on line 7)'],
  ])('reports %s', (_case, text, expected) => {
    expect(problemsOf(parseBattleCard, text)).toContainEqual(expect.stringContaining(expected));
  });
});

describe('demo scripts', () => {
  it('reads action and duration lines in either order, and the talk track after them', () => {
    const problems = new ProblemList();
    const candidate = parseDemoScript(script('## Open\nAction: Title slide\nduration: 1:30\n\nSay hello.\n\naction: not metadata any more\n## Close\nduration: 2 min\naction: Ask\nWho owns it?'), 'x.md', problems);
    expect(problems.items).toEqual([]);
    expect(candidate?.content['steps']).toEqual([
      { title: 'Open', action: 'Title slide', durationSec: 90, talkTrack: 'Say hello.\n\naction: not metadata any more' },
      { title: 'Close', action: 'Ask', durationSec: 120, talkTrack: 'Who owns it?' },
    ]);
  });

  it.each([
    ['a missing duration', script('## Step\naction: Click\nTalk.'), 'x.md:7: step "Step" needs a "duration: …" line'],
    ['a missing action', script('## Step\nduration: 30s\nTalk.'), 'x.md:7: step "Step" needs an "action: …" line'],
    ['a bad duration', script('## Step\naction: Click\nduration: soon\nTalk.'), 'x.md:9: step "Step": duration "soon" is not between 1 second and 2 hours'],
    ['no talk track', script('## Step\naction: Click\nduration: 30s\n'), 'x.md:7: step "Step" has no talk track'],
    ['a repeated field', script('## Step\naction: A\naction: B\nduration: 5\nTalk.'), 'x.md:9: step "Step" has a second "action:" line'],
    ['no steps', script('\n'), 'x.md: the script has no steps'],
  ])('reports %s', (_case, text, expected) => {
    expect(problemsOf(parseDemoScript, text)).toContainEqual(expect.stringContaining(expected));
  });

  it.each([
    ['90', 90],
    ['90s', 90],
    ['90 sec', 90],
    ['3m', 180],
    ['2m 30s', 150],
    ['2 min 30 sec', 150],
    ['2:30', 150],
    ['120 minutes', 7_200],
    ['0', null],
    ['121m', null],
    ['2:75', null],
    ['-5', null],
    ['1.5m', null],
    ['soon', null],
    ['', null],
  ])('duration %j → %j seconds', (raw, expected) => {
    expect(parseDuration(raw)).toBe(expected);
  });
});

describe('collateral file paths', () => {
  it.each([
    ['deck.pdf', null],
    ['decks/2025/launch.pptx', null],
    ['./deck.pdf', null],
    ['../../etc/passwd', /\.\./],
    ['decks/../../secret', /\.\./],
    ['..', /\.\./],
    ['/etc/passwd', /absolute/],
    ['C:\\Windows\\win.ini', /absolute/],
    ['C:/Windows/win.ini', /absolute/],
    ['\\\\server\\share\\f.pdf', /absolute/],
    ['decks\\..\\..\\secret', /"\/"/],
    ['deck.pdf\0.txt', /NUL/],
  ])('%j', (file, expected) => {
    const reason = unsafePathReason(file);
    if (expected === null) expect(reason).toBeNull();
    else expect(reason).toMatch(expected);
  });

  it.each([
    ['Deck.PPTX', 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
    ['a.pdf', 'application/pdf'],
    ['sheet.csv', 'text/csv'],
    ['page.html', 'application/octet-stream'],
    ['no-extension', 'application/octet-stream'],
  ])('%s is served as %s', (name, type) => {
    expect(guessMimeType(name)).toBe(type);
  });
});
