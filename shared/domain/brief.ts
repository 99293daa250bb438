/**
 * The pre-call brief: what a rep reads in the parking lot, chosen from what is on the laptop.
 * Pure and synchronous, so the rules are table-tested and the screen builds it in microseconds.
 */
import type {
  Account,
  BattleCard,
  CallNote,
  Collateral,
  Contact,
  DemoScript,
  EnablementKit,
  Feedback,
  Meeting,
  Opportunity,
} from '../schemas/index.ts';
import { isOpenStage } from './pipeline.ts';
import { qualificationFor, type KitQualification } from './readiness.ts';

export interface BriefSources {
  account: Account;
  /** The meeting the brief is for, when it is prepared from Today. */
  meeting: Meeting | null;
  contacts: readonly Contact[];
  /** The account's deals. */
  opportunities: readonly Opportunity[];
  /** The account's notes, any order. */
  notes: readonly CallNote[];
  /** Feedback the field logged about this account. */
  feedback: readonly Feedback[];
  battleCards: readonly BattleCard[];
  collateral: readonly Collateral[];
  demoScripts: readonly DemoScript[];
  /** Enablement kits: the deal's product's qualification checklist comes from them. */
  kits: readonly EnablementKit[];
}

export interface OpenNextStep {
  noteId: string;
  noteTitle: string;
  id: string;
  text: string;
  dueAt: number | null;
}

export interface FieldRemark {
  id: string;
  text: string;
  competitor: string | null;
  at: number;
}

export interface CompetitorMention {
  competitor: string;
  /** Notes and feedback that name it. */
  mentions: number;
  lastAt: number;
}

export interface PreCallBrief {
  account: Account;
  meeting: Meeting | null;
  contacts: Contact[];
  opportunity: Opportunity | null;
  lastNotes: CallNote[];
  openNextSteps: OpenNextStep[];
  objections: FieldRemark[];
  competitorMentions: CompetitorMention[];
  /** The deal's competitors first, then others named in the account's notes and feedback. */
  competitorsInPlay: string[];
  battleCards: BattleCard[];
  /** Competitors in play that have no battle card on this laptop. */
  competitorsWithoutCard: string[];
  collateral: Collateral[];
  demoScript: DemoScript | null;
  /** Who is a fit for the deal's product and who is not, from its launch kits. */
  qualification: KitQualification[];
}

export const BRIEF_LIMITS = { lastNotes: 3, objections: 8, collateral: 6 } as const;

const CONTACT_ROLE_ORDER: Record<NonNullable<Contact['role']>, number> = {
  decision_maker: 0,
  champion: 1,
  influencer: 2,
  blocker: 3,
  user: 4,
  other: 5,
};

function contactRank(contact: Contact): number {
  return contact.role ? CONTACT_ROLE_ORDER[contact.role] : 6;
}

/**
 * The deal the brief is about: the meeting's, when it names one; else the account's open deal
 * closing soonest; else none (closed deals are history, not the agenda).
 */
export function pickOpportunity(meeting: Meeting | null, opportunities: readonly Opportunity[]): Opportunity | null {
  if (meeting?.opportunityId) {
    const linked = opportunities.find((o) => o.id === meeting.opportunityId);
    if (linked) return linked;
  }
  const open = opportunities.filter((o) => isOpenStage(o.stage) && o.lead?.status !== 'disqualified');
  open.sort((a, b) => a.closeDate - b.closeDate || a.name.localeCompare(b.name));
  return open[0] ?? null;
}

function sameLabel(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
}

/** A collateral item labelled "All … products" covers every product. */
export function coversProduct(itemProduct: string, product: string): boolean {
  return sameLabel(itemProduct, product) || /^all\b/i.test(itemProduct.trim());
}

function recommendCollateral(items: readonly Collateral[], opportunity: Opportunity | null): Collateral[] {
  if (!opportunity?.product || !isOpenStage(opportunity.stage)) return [];
  const product = opportunity.product;
  return items
    .filter((item) => item.stages.includes(opportunity.stage) && coversProduct(item.product, product))
    // The deal's own product before the whole-line items, then by title.
    .sort((a, b) => Number(!sameLabel(a.product, product)) - Number(!sameLabel(b.product, product)) || a.title.localeCompare(b.title))
    .slice(0, BRIEF_LIMITS.collateral);
}

function words(text: string): Set<string> {
  return new Set(text.toLocaleLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2));
}

/** How well a script's persona fits the audience: exact match first, then shared words. */
export function personaScore(scriptPersona: string | undefined, audience: string | undefined): number {
  if (!scriptPersona || !audience) return 0;
  if (sameLabel(scriptPersona, audience)) return 100;
  const wanted = words(audience);
  let shared = 0;
  for (const word of words(scriptPersona)) if (wanted.has(word)) shared += 1;
  return shared;
}

/** The demo script for the deal's product that best fits the meeting's persona. */
export function pickDemoScript(scripts: readonly DemoScript[], product: string | undefined, persona: string | undefined): DemoScript | null {
  if (!product) return null;
  const candidates = scripts.filter((script) => sameLabel(script.product, product));
  candidates.sort((a, b) => personaScore(b.persona, persona) - personaScore(a.persona, persona) || a.title.localeCompare(b.title));
  return candidates[0] ?? null;
}

function openNextSteps(notes: readonly CallNote[]): OpenNextStep[] {
  const steps: OpenNextStep[] = [];
  for (const note of notes) {
    for (const step of note.nextSteps ?? []) {
      if (!step.done) steps.push({ noteId: note.id, noteTitle: note.title, id: step.id, text: step.text, dueAt: step.dueAt });
    }
  }
  // Dated steps by due date, undated ones after them.
  return steps.sort((a, b) => (a.dueAt ?? Infinity) - (b.dueAt ?? Infinity) || a.text.localeCompare(b.text));
}

function mentionsOf(notes: readonly CallNote[], feedback: readonly Feedback[]): CompetitorMention[] {
  const byName = new Map<string, CompetitorMention>();
  const add = (competitor: string, at: number) => {
    const key = competitor.trim();
    if (key === '') return;
    const found = [...byName.values()].find((m) => sameLabel(m.competitor, key));
    if (found) {
      found.mentions += 1;
      found.lastAt = Math.max(found.lastAt, at);
    } else byName.set(key, { competitor: key, mentions: 1, lastAt: at });
  };
  for (const note of notes) for (const competitor of note.competitors ?? []) add(competitor, note.updatedAt);
  for (const item of feedback) if (item.competitor) add(item.competitor, item.createdAt);
  return [...byName.values()].sort((a, b) => b.mentions - a.mentions || b.lastAt - a.lastAt);
}

function objectionsOf(feedback: readonly Feedback[]): FieldRemark[] {
  return feedback
    .filter((item) => item.kind === 'objection' || item.kind === 'pricing')
    .sort((a, b) => b.createdAt - a.createdAt)
    .slice(0, BRIEF_LIMITS.objections)
    .map((item) => ({ id: item.id, text: item.text, competitor: item.competitor ?? null, at: item.createdAt }));
}

function unionLabels(...lists: readonly (readonly string[])[]): string[] {
  const out: string[] = [];
  for (const list of lists) for (const label of list) if (!out.some((seen) => sameLabel(seen, label))) out.push(label);
  return out;
}

export function buildBrief(sources: BriefSources): PreCallBrief {
  const { account, meeting } = sources;
  const opportunity = pickOpportunity(meeting, sources.opportunities);
  const notes = [...sources.notes].sort((a, b) => b.updatedAt - a.updatedAt);
  const competitorMentions = mentionsOf(notes, sources.feedback);
  const competitorsInPlay = unionLabels(opportunity?.competitors ?? [], competitorMentions.map((m) => m.competitor));
  const battleCards: BattleCard[] = [];
  const competitorsWithoutCard: string[] = [];
  for (const competitor of competitorsInPlay) {
    const cards = sources.battleCards.filter((card) => sameLabel(card.competitor, competitor));
    if (cards.length === 0) competitorsWithoutCard.push(competitor);
    battleCards.push(...[...cards].sort((a, b) => a.title.localeCompare(b.title)));
  }
  return {
    account,
    meeting,
    contacts: [...sources.contacts].sort((a, b) => contactRank(a) - contactRank(b) || a.name.localeCompare(b.name)),
    opportunity,
    lastNotes: notes.slice(0, BRIEF_LIMITS.lastNotes),
    openNextSteps: openNextSteps(notes),
    objections: objectionsOf(sources.feedback),
    competitorMentions,
    competitorsInPlay,
    battleCards,
    competitorsWithoutCard,
    collateral: recommendCollateral(sources.collateral, opportunity),
    demoScript: pickDemoScript(sources.demoScripts, opportunity?.product, meeting?.persona),
    qualification: qualificationFor(sources.kits, opportunity?.product),
  };
}
