/**
 * The demo workspace: a realistic, self-consistent set of documents for every collection. The
 * app loads it into an empty local database ("Try the demo workspace") and the server can seed
 * from it. Pure and deterministic: the output depends only on the options, with every date
 * placed relative to `now`, and ids are stable so that loading it twice changes nothing.
 */
import type { CollectionName, DocumentTypes } from '../schemas/index.ts';
import { buildCollateral } from './content-collateral.ts';
import { buildBattleCards } from './content-cards.ts';
import { buildDemoScripts } from './content-scripts.ts';
import { assertOwners, createDemoClock, type DemoContext, type DemoOwners } from './context.ts';
import { buildAccounts, buildContacts } from './crm-accounts.ts';
import { buildMeetings, buildOpportunities } from './crm-deals.ts';
import { buildActivities, buildFeedback } from './feedback.ts';
import { buildEnablementKits } from './kits.ts';
import { buildCallNotes } from './notes.ts';

export type { DemoOwners } from './context.ts';
export { ALL_PRODUCTS, DEMO_FILE_LIST, DEMO_FILES, type DemoFile } from './content-collateral.ts';
export { COMPETITORS as DEMO_COMPETITORS, PRODUCTS as DEMO_PRODUCTS } from './catalog.ts';

export type DemoWorkspace = { [C in CollectionName]: DocumentTypes[C][] };

export interface DemoWorkspaceOptions {
  /** Epoch ms the workspace is built around (rounded to a whole millisecond). */
  now: number;
  owners: DemoOwners;
  /**
   * The rep's offset from UTC in minutes east, i.e. `-new Date().getTimezoneOffset()`, so that
   * meetings fall in working hours of the rep's own day. Defaults to 0 (UTC), which keeps the
   * output a function of the options alone.
   */
  utcOffsetMinutes?: number;
}

/** Used by the app before anyone has signed in. */
export const DEMO_OWNERS_LOCAL: DemoOwners = { rep: 'local-rep', rep2: 'local-rep-2' };

export function buildDemoWorkspace(options: DemoWorkspaceOptions): DemoWorkspace {
  assertOwners(options.owners);
  const clock = createDemoClock(options.now, options.utcOffsetMinutes ?? 0);
  const context: DemoContext = { clock, owners: { ...options.owners } };
  const demoScripts = buildDemoScripts(clock);
  return {
    call_notes: buildCallNotes(context),
    feedback: buildFeedback(context),
    accounts: buildAccounts(context),
    contacts: buildContacts(context),
    opportunities: buildOpportunities(context),
    meetings: buildMeetings(context),
    activities: buildActivities(context, demoScripts),
    battle_cards: buildBattleCards(clock),
    collateral: buildCollateral(clock),
    demo_scripts: demoScripts,
    enablement_kits: buildEnablementKits(clock),
  };
}
