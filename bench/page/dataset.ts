/**
 * The benchmark dataset: accounts, battle cards and call notes that are valid against
 * shared/schemas and look like a busy rep's laptop. Deterministic for a given seed and size.
 */
import { LOCAL_REP_ID } from '../../renderer/app/session.store.ts';
import type { WorkspaceDocuments } from '../../renderer/db/repos/workspace.repo.ts';
import { NOTE_TEMPLATES } from '../../shared/schemas/index.ts';
import type { Account, BattleCard, CallNote, DemoScript } from '../../shared/schemas/index.ts';
import type { DatasetSize } from '../harness-api.ts';
import { createRandom, type Random } from './random.ts';
import * as words from './vocabulary.ts';

const DAY = 86_400_000;
/** A fixed "now" for the data, so timestamps (and the query ranges below) never drift between runs. */
export const DATASET_END = Date.UTC(2025, 10, 28, 17, 0, 0);
const NOTE_SPAN_DAYS = 730;

/** The range query's window: about 1,200 of 10,000 notes fall inside, and the query keeps 50. */
export const NOTES_QUERY_RANGE = { from: DATASET_END - 120 * DAY, to: DATASET_END - 30 * DAY } as const;
/** Three of the 25 competitors: 60 of 500 cards. */
export const QUERY_COMPETITORS = ['Quantrel', 'Orbiqa', 'Sentrix'] as const;

const TEMPLATES = [...NOTE_TEMPLATES, null] as const;
const bodyBytes = new TextEncoder();

function pad(index: number): string {
  return String(index + 1).padStart(5, '0');
}

function sentence(random: Random): string {
  const action = random.pick(words.ACTIONS);
  // Only the first letter: actions name things like "SSO" and "ROI" that keep their capitals.
  return `${random.pick(words.FINDINGS)}; ${random.pick(words.PEOPLE)} will ${action.charAt(0).toLowerCase()}${action.slice(1)}.`;
}

function buildAccount(random: Random, index: number, ownerId: string): Account {
  const name = `${random.pick(words.COMPANY_PREFIXES)} ${random.pick(words.COMPANY_SUFFIXES)}`;
  const [city, country] = random.pick(words.PLACES);
  const createdAt = DATASET_END - random.int(200, 1_100) * DAY;
  return {
    id: `bench-account-${pad(index)}`,
    ownerId,
    name,
    industry: random.pick(words.INDUSTRIES),
    segment: random.pick(words.SEGMENTS),
    website: `https://${name.toLowerCase().replace(/[^a-z]+/g, '-')}-${index + 1}.example`,
    city,
    country,
    summary: `${name} runs ${random.int(2, 14)} sites around ${city}. ${sentence(random)} ${sentence(random)}`,
    createdAt,
    updatedAt: createdAt + random.int(0, 180) * DAY,
  };
}

function buildBattleCard(random: Random, index: number): BattleCard {
  const competitor = words.COMPETITORS[index % words.COMPETITORS.length] ?? 'Quantrel';
  const topic = words.CARD_TOPICS[Math.floor(index / words.COMPETITORS.length) % words.CARD_TOPICS.length] ?? 'pricing';
  const publishedAt = DATASET_END - random.int(30, 400) * DAY;
  const section = (heading: string) => ({
    heading,
    body: [sentence(random), sentence(random), sentence(random), `Lead with ${random.pick(words.PRODUCTS)}.`].join(' '),
  });
  return {
    id: `bench-card-${pad(index)}`,
    competitor,
    title: `${competitor}: ${topic}`,
    summary: `How to win on ${topic} when ${competitor} is in the deal. ${sentence(random)}`,
    sections: [section('Where they win'), section('Where we win'), section('Traps to set')],
    objections: Array.from({ length: random.int(2, 4) }, () => ({
      objection: `${competitor} is cheaper on ${random.pick(words.CARD_TOPICS)}.`,
      response: `${sentence(random)} ${sentence(random)}`,
    })),
    products: random.sample(words.PRODUCTS, random.int(1, 3)),
    version: random.int(1, 12),
    publishedAt,
    updatedAt: publishedAt + random.int(0, 25) * DAY,
  };
}

/** A scripted demo of one product for one persona: six to ten steps with a talk track each. */
function buildDemoScript(random: Random, index: number): DemoScript {
  const product = words.PRODUCTS[index % words.PRODUCTS.length] ?? 'Beacon Analytics';
  const persona = words.ROLES[Math.floor(index / words.PRODUCTS.length) % words.ROLES.length] ?? 'CFO';
  const publishedAt = DATASET_END - random.int(10, 300) * DAY;
  return {
    id: `bench-demo-${pad(index)}`,
    title: `${product} for the ${persona}`,
    product,
    persona,
    summary: `What the ${persona} needs to see. ${sentence(random)}`,
    steps: Array.from({ length: random.int(6, 10) }, (_, step) => ({
      title: `Step ${step + 1}: ${random.pick(words.CARD_TOPICS)}`,
      talkTrack: [sentence(random), sentence(random), sentence(random)].join(' '),
      action: random.pick(words.ACTIONS),
      durationSec: random.int(30, 300),
    })),
    version: random.int(1, 6),
    publishedAt,
    updatedAt: publishedAt + random.int(0, 20) * DAY,
  };
}

/** About 500 bytes of markdown, shaped like the notes reps type after a call. */
function noteBody(random: Random, account: Account): string {
  const target = random.int(400, 540);
  const lines = ['## Attendees', `${random.pick(words.PEOPLE)} (${random.pick(words.ROLES)}), me.`, '', '## Notes'];
  lines.push(`- ${account.name} in ${account.city ?? 'the region'}: ${sentence(random)}`);
  // Counted line by line: encoding the whole body after every line made generation twice as slow.
  let bytes = lines.reduce((sum, line) => sum + bodyBytes.encode(line).length + 1, 0);
  while (bytes < target) {
    const line = `- ${sentence(random)}`;
    lines.push(line);
    bytes += bodyBytes.encode(line).length + 1;
  }
  return lines.join('\n');
}

function buildNote(random: Random, index: number, accounts: Account[], ownerId: string): CallNote {
  const account = random.pick(accounts);
  const id = `bench-note-${pad(index)}`;
  const updatedAt = DATASET_END - Math.floor(random.next() * NOTE_SPAN_DAYS * DAY);
  return {
    id,
    ownerId,
    accountId: account.id,
    opportunityId: null,
    meetingId: null,
    title: `${account.name}: ${random.pick(words.CARD_TOPICS)}`,
    body: noteBody(random, account),
    template: random.pick(TEMPLATES),
    tags: random.sample(words.TAGS, random.int(0, 3)),
    competitors: random.sample(words.COMPETITORS, random.int(0, 2)),
    nextSteps: Array.from({ length: random.int(0, 3) }, (_, step) => ({
      id: `${id}.step-${step + 1}`,
      text: random.pick(words.ACTIONS),
      dueAt: random.chance(0.7) ? updatedAt + random.int(1, 21) * DAY : null,
      done: random.chance(0.4),
    })),
    createdAt: updatedAt - random.int(0, 3 * DAY),
    updatedAt,
  };
}

export interface GeneratedWorkspace {
  workspace: WorkspaceDocuments;
  averageNoteBodyBytes: number;
}

/** `ownerId`: the rep who owns the notes and accounts (the local rep by default, as in the app before sign-in). */
export function generateWorkspace(size: DatasetSize, seed: number, ownerId: string = LOCAL_REP_ID): GeneratedWorkspace {
  const random = createRandom(seed);
  const accounts = Array.from({ length: size.accounts }, (_, i) => buildAccount(random, i, ownerId));
  const battleCards = Array.from({ length: size.battleCards }, (_, i) => buildBattleCard(random, i));
  const notes = Array.from({ length: size.notes }, (_, i) => buildNote(random, i, accounts, ownerId));
  // Built last, so the documents above stay exactly what earlier runs stored for a seed.
  const demoScripts = Array.from({ length: size.demoScripts ?? 0 }, (_, i) => buildDemoScript(random, i));
  const totalBodyBytes = notes.reduce((sum, note) => sum + bodyBytes.encode(note.body).length, 0);
  return {
    workspace: { accounts, battle_cards: battleCards, call_notes: notes, demo_scripts: demoScripts },
    averageNoteBodyBytes: notes.length === 0 ? 0 : Math.round(totalBodyBytes / notes.length),
  };
}
