import type { Meeting, Opportunity, OpportunityStage } from '../schemas/index.ts';
import { ACCOUNT_IDS, COMPETITORS, MEETING_IDS, OPPORTUNITY_IDS, PRODUCTS } from './catalog.ts';
import type { DemoContext } from './context.ts';
import { accountOwner } from './crm-accounts.ts';

type OpportunityKey = keyof typeof OPPORTUNITY_IDS;

interface OpportunitySeed {
  account: keyof typeof ACCOUNT_IDS;
  name: string;
  amount: number;
  currency: string;
  /** Days from today; negative for deals already closed. */
  closeInDays: number;
  competitors: string[];
  product: string;
  lead?: Opportunity['lead'];
  /** Stages in order with the day (relative to today) each was entered; the last is the current stage. */
  history: [OpportunityStage, number][];
  /** Amount and close date when the deal was opened, where they differ from today's. */
  opened?: { amount?: number; closeInDays?: number };
  /** Later changes of amount or close date: the day made and the values after it (the last gives today's). */
  revisions?: { day: number; amount?: number; closeInDays?: number }[];
}

const OPPORTUNITIES: Record<OpportunityKey, OpportunitySeed> = {
  haldenRollout: {
    account: 'halden',
    name: 'Halden: Analytics rollout to 11 depots',
    amount: 184_000,
    currency: 'EUR',
    closeInDays: 12,
    competitors: [COMPETITORS.quantrel],
    product: PRODUCTS.analytics,
    history: [['qualification', -95], ['demo', -70], ['proposal', -38], ['negotiation', -9]],
    opened: { amount: 160_000, closeInDays: 40 },
    revisions: [{ day: -38, amount: 184_000 }, { day: -4, closeInDays: 12 }],
  },
  marrowDashboards: {
    account: 'marrowPike',
    name: 'Marrow & Pike: store operations dashboards',
    amount: 62_000,
    currency: 'GBP',
    closeInDays: 41,
    competitors: [COMPETITORS.loomwise],
    product: PRODUCTS.analytics,
    history: [['qualification', -24], ['demo', -3]],
  },
  marrowPortal: {
    account: 'marrowPike',
    name: 'Marrow & Pike: supplier portal integration',
    amount: 38_000,
    currency: 'GBP',
    closeInDays: -27,
    competitors: [COMPETITORS.loomwise],
    product: PRODUCTS.connect,
    history: [['qualification', -110], ['demo', -85], ['proposal', -52], ['closed_lost', -27]],
  },
  brightwaterIntegration: {
    account: 'brightwater',
    name: 'Brightwater: SCADA and billing integration',
    amount: 96_000,
    currency: 'GBP',
    closeInDays: 33,
    competitors: [COMPETITORS.inHouse, COMPETITORS.orbiqa],
    product: PRODUCTS.connect,
    history: [['qualification', -130], ['demo', -61], ['proposal', -16]],
    opened: { amount: 110_000, closeInDays: 20 },
    revisions: [{ day: -1, amount: 96_000, closeInDays: 33 }],
  },
  kestrelPilot: {
    account: 'kestrel',
    name: 'Kestrel Biolabs: lab data integration',
    amount: 30_000,
    currency: 'CHF',
    closeInDays: 75,
    competitors: [],
    product: PRODUCTS.connect,
    lead: { status: 'mql', reason: 'Attended the Beacon Connect webinar and downloaded the security overview.' },
    history: [['qualification', -9]],
  },
  tamsinPlants: {
    account: 'tamsin',
    name: 'Tamsin Foods: plant-floor analytics',
    amount: 95_000,
    currency: 'EUR',
    closeInDays: -31,
    competitors: [COMPETITORS.quantrel],
    product: PRODUCTS.analytics,
    history: [['qualification', -200], ['demo', -150], ['proposal', -90], ['negotiation', -55], ['closed_won', -31]],
  },
  tamsinForecast: {
    account: 'tamsin',
    name: 'Tamsin Foods: Forecast early access',
    amount: 22_500,
    currency: 'EUR',
    closeInDays: 52,
    competitors: [COMPETITORS.quantrel],
    product: PRODUCTS.forecast,
    history: [['qualification', -6]],
  },
  velderQuality: {
    account: 'velder',
    name: 'Velder: scrap and first-pass-yield analytics',
    amount: 54_000,
    currency: 'EUR',
    closeInDays: 48,
    competitors: [COMPETITORS.quantrel, COMPETITORS.orbiqa],
    product: PRODUCTS.analytics,
    history: [['qualification', -40], ['demo', -2]],
  },
  aldermoorClaims: {
    account: 'aldermoor',
    name: 'Aldermoor: claims data hub',
    amount: 168_000,
    currency: 'EUR',
    closeInDays: 27,
    competitors: [COMPETITORS.orbiqa],
    product: PRODUCTS.connect,
    history: [['qualification', -90], ['demo', -47], ['proposal', -12]],
    opened: { amount: 150_000 },
    revisions: [{ day: -3, amount: 168_000 }],
  },
};

/** The account a demo deal belongs to; notes and feedback about the deal point at it too. */
export function opportunityAccount(key: OpportunityKey): keyof typeof ACCOUNT_IDS {
  return OPPORTUNITIES[key].account;
}

function opportunityKeys(): OpportunityKey[] {
  return Object.keys(OPPORTUNITY_IDS).filter((key): key is OpportunityKey => Object.hasOwn(OPPORTUNITIES, key));
}

type HistoryEntry = Opportunity['stageHistory'][number];

/**
 * The deal's history: each stage move (at 10:00) and each revision (at 15:30) with the stage, amount
 * and close date after it, oldest first, as the app records them.
 */
function dealHistory(key: OpportunityKey, seed: OpportunitySeed, clock: DemoContext['clock']): HistoryEntry[] {
  const moves = seed.history.map(([stage, day]) => ({ at: clock.on(day, 10, 0), stage }));
  const revisions = (seed.revisions ?? []).map((revision) => ({ at: clock.on(revision.day, 15, 30), revision }));
  const events = [...moves, ...revisions].sort((a, b) => a.at - b.at);
  let amount = seed.opened?.amount ?? seed.amount;
  let closeInDays = seed.opened?.closeInDays ?? seed.closeInDays;
  let stage: OpportunityStage | undefined;
  const entries: HistoryEntry[] = [];
  for (const event of events) {
    if ('stage' in event) stage = event.stage;
    else {
      amount = event.revision.amount ?? amount;
      closeInDays = event.revision.closeInDays ?? closeInDays;
    }
    if (!stage) throw new Error(`demo opportunity ${key} is revised before it was opened`);
    entries.push({ stage, at: event.at, amount, closeDate: clock.on(closeInDays, 17, 0) });
  }
  if (amount !== seed.amount || closeInDays !== seed.closeInDays) throw new Error(`demo opportunity ${key}: its last revision is not its current amount and close date`);
  return entries;
}

export function buildOpportunities({ clock, owners }: DemoContext): Opportunity[] {
  return opportunityKeys().map((key) => {
    const seed = OPPORTUNITIES[key];
    const stageHistory = dealHistory(key, seed, clock);
    const first = stageHistory[0];
    const last = stageHistory[stageHistory.length - 1];
    if (!first || !last) throw new Error(`demo opportunity ${key} has no stage history`);
    return {
      id: OPPORTUNITY_IDS[key],
      ownerId: owners[accountOwner(seed.account)],
      accountId: ACCOUNT_IDS[seed.account],
      name: seed.name,
      stage: last.stage,
      amount: seed.amount,
      currency: seed.currency,
      closeDate: clock.on(seed.closeInDays, 17, 0),
      competitors: [...seed.competitors],
      product: seed.product,
      ...(seed.lead ? { lead: { ...seed.lead } } : {}),
      stageHistory,
      createdAt: first.at,
      updatedAt: last.at,
    };
  });
}

interface MeetingSeed {
  id: string;
  opportunity: OpportunityKey;
  title: string;
  kind: Meeting['kind'];
  /** [day relative to today, hour, minute] in the rep's time zone, and the length in minutes. */
  starts: [number, number, number];
  minutes: number;
  location?: string;
  persona?: string;
  /** Day (relative to today, always in the past) the meeting was booked. */
  bookedOn: number;
}

const MEETINGS: MeetingSeed[] = [
  { id: MEETING_IDS.tamsinQbr, opportunity: 'tamsinPlants', title: 'Tamsin Foods: quarterly business review', kind: 'visit', starts: [-6, 10, 0], minutes: 90, location: 'Tamsin Foods, plant 2, Lyon', persona: 'Plant Operations Director', bookedOn: -30 },
  { id: MEETING_IDS.haldenNegotiation, opportunity: 'haldenRollout', title: 'Halden: commercial terms with procurement', kind: 'video', starts: [-5, 14, 0], minutes: 45, persona: 'Procurement Manager', bookedOn: -9 },
  { id: MEETING_IDS.marrowDiscovery, opportunity: 'marrowDashboards', title: 'Marrow & Pike: store operations discovery', kind: 'visit', starts: [-3, 10, 30], minutes: 60, location: 'Marrow & Pike head office, Manchester', persona: 'VP Store Operations', bookedOn: -17 },
  { id: MEETING_IDS.velderDemo, opportunity: 'velderQuality', title: 'Velder: scrap and first-pass-yield demo', kind: 'demo', starts: [-2, 13, 0], minutes: 60, persona: 'Head of Quality', bookedOn: -15 },
  { id: MEETING_IDS.brightwaterCheckIn, opportunity: 'brightwaterIntegration', title: 'Brightwater: proposal check-in', kind: 'call', starts: [-1, 10, 0], minutes: 30, persona: 'Director of Digital Operations', bookedOn: -8 },
  { id: MEETING_IDS.tamsinForecastCall, opportunity: 'tamsinForecast', title: 'Tamsin Foods: Beacon Forecast intro', kind: 'call', starts: [0, 8, 30], minutes: 30, persona: 'Head of Supply Chain Planning', bookedOn: -5 },
  { id: MEETING_IDS.haldenVisit, opportunity: 'haldenRollout', title: 'Halden: on-site commercial review with the COO', kind: 'visit', starts: [0, 11, 0], minutes: 90, location: 'Halden Cold Chain head office, Rotterdam', persona: 'COO', bookedOn: -5 },
  { id: MEETING_IDS.marrowDemo, opportunity: 'marrowDashboards', title: 'Marrow & Pike: executive demo', kind: 'demo', starts: [0, 14, 0], minutes: 60, persona: 'VP Operations', bookedOn: -3 },
  { id: MEETING_IDS.kestrelIntro, opportunity: 'kestrelPilot', title: 'Kestrel Biolabs: intro call (webinar lead)', kind: 'call', starts: [0, 16, 30], minutes: 30, persona: 'Head of Lab Informatics', bookedOn: -8 },
  { id: MEETING_IDS.brightwaterDeepDive, opportunity: 'brightwaterIntegration', title: 'Brightwater: technical deep-dive with the data team', kind: 'demo', starts: [1, 10, 0], minutes: 90, location: 'Brightwater offices, Leeds', persona: 'IT admin / integration architect', bookedOn: -1 },
  { id: MEETING_IDS.velderWorkshop, opportunity: 'velderQuality', title: 'Velder: on-site workshop with MES data', kind: 'visit', starts: [2, 9, 30], minutes: 150, location: 'Velder plant 1, Stuttgart', persona: 'Head of Quality', bookedOn: -2 },
  { id: MEETING_IDS.aldermoorProposal, opportunity: 'aldermoorClaims', title: 'Aldermoor: proposal walkthrough', kind: 'video', starts: [3, 15, 0], minutes: 60, persona: 'VP Claims', bookedOn: -10 },
  { id: MEETING_IDS.haldenSigning, opportunity: 'haldenRollout', title: 'Halden: order form walkthrough', kind: 'call', starts: [6, 16, 0], minutes: 30, persona: 'Procurement Manager', bookedOn: -4 },
];

export function buildMeetings({ clock, owners }: DemoContext): Meeting[] {
  return MEETINGS.map((seed) => {
    const { account } = OPPORTUNITIES[seed.opportunity];
    const [day, hour, minute] = seed.starts;
    const startsAt = clock.on(day, hour, minute);
    const bookedAt = clock.on(seed.bookedOn, 8, 45);
    return {
      id: seed.id,
      ownerId: owners[accountOwner(account)],
      accountId: ACCOUNT_IDS[account],
      opportunityId: OPPORTUNITY_IDS[seed.opportunity],
      title: seed.title,
      kind: seed.kind,
      startsAt,
      endsAt: clock.on(day, hour, minute + seed.minutes),
      ...(seed.location === undefined ? {} : { location: seed.location }),
      ...(seed.persona === undefined ? {} : { persona: seed.persona }),
      createdAt: bookedAt,
      updatedAt: bookedAt,
    };
  });
}
