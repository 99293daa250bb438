/**
 * battle-cards/*.md → battle_cards documents. Every "## Heading" becomes a section, except
 * "## Objections", whose "### What the customer says" subsections hold the rep's response.
 */
import { compact, type Candidate, type ProblemList } from './import-problems.ts';
import { bodyText, openContentFile, splitSections, type Report, type Section } from './import-markdown.ts';

const CARD_FIELDS = ['id', 'competitor', 'title', 'summary', 'products'] as const;
const OBJECTIONS_HEADING = /^objections$/i;

function parseObjections(section: Section, report: Report): { objection: string; response: string }[] {
  const { preamble, sections } = splitSections(section.body, section.bodyFirstLine, 3);
  if (preamble.body.length > 0) {
    report('text under "## Objections" must sit under a "### What the customer says" heading', preamble.bodyFirstLine);
  }
  if (sections.length === 0) report('"## Objections" has no "### " objections', section.line);
  return sections.map((objection) => {
    const response = bodyText(objection.body);
    if (objection.heading === '') report('an objection heading ("### ") has no text', objection.line);
    if (response === '') report(`the objection "${objection.heading}" has no response under it`, objection.line);
    return { objection: objection.heading, response };
  });
}

export function parseBattleCard(text: string, source: string, problems: ProblemList): Candidate | null {
  const file = openContentFile(text, source, problems, CARD_FIELDS);
  if (!file) return null;
  const { report, fields, sections } = file;
  const id = fields.id('id');
  const competitor = fields.text('competitor');
  const title = fields.text('title');
  const summary = fields.text('summary');
  const products = fields.optionalList('products');

  const cardSections: { heading: string; body: string }[] = [];
  const objections: { objection: string; response: string }[] = [];
  let objectionsLine: number | null = null;
  for (const section of sections) {
    if (OBJECTIONS_HEADING.test(section.heading)) {
      if (objectionsLine !== null) report(`a second "## Objections" section (the first is on line ${objectionsLine})`, section.line);
      objectionsLine ??= section.line;
      objections.push(...parseObjections(section, report));
      continue;
    }
    const body = bodyText(section.body);
    if (section.heading === '') report('a "## " heading has no text', section.line);
    else if (body === '') report(`the section "${section.heading}" is empty`, section.line);
    cardSections.push({ heading: section.heading, body });
  }
  if (sections.length === 0) report('the card has no "## " sections');

  if (file.isBroken()) return null;
  return {
    collection: 'battle_cards',
    source,
    content: compact({ id, competitor, title, summary, products, sections: cardSections, objections }),
  };
}
