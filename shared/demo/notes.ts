import type { CallNote } from '../schemas/index.ts';
import { ACCOUNT_IDS, COMPETITORS, MEETING_IDS, NOTE_IDS, OPPORTUNITY_IDS, md } from './catalog.ts';
import type { DemoClock, DemoContext } from './context.ts';
import { accountOwner } from './crm-accounts.ts';
import { opportunityAccount } from './crm-deals.ts';

type NoteKey = keyof typeof NOTE_IDS;
type At = [day: number, hour: number, minute: number];

interface NoteSeed {
  opportunity: keyof typeof OPPORTUNITY_IDS;
  meeting: keyof typeof MEETING_IDS;
  title: string;
  template: CallNote['template'];
  tags: string[];
  competitors: string[];
  body: string;
  created: At;
  updated: At;
  nextSteps: { text: string; due: At; done: boolean }[];
}

/** Notes from the meetings of the past week, written the way reps write them: terse, candid. */
const NOTES: Record<NoteKey, NoteSeed> = {
  tamsinQbr: {
    opportunity: 'tamsinPlants',
    meeting: 'tamsinQbr',
    title: 'Tamsin Foods QBR: rollout on track, Forecast interest',
    template: 'post_sale',
    tags: ['qbr', 'adoption', 'expansion'],
    competitors: [COMPETITORS.quantrel],
    created: [-6, 11, 50],
    updated: [-4, 16, 10],
    body: md(
      '## Attendees',
      'Claire Moreau (Plant Operations Director), Hugo Lefèvre (Head of Demand Planning), me.',
      '',
      '## Rollout',
      '- Plants 1 and 2 live; wall screens on all six lines in plant 2. Plant 3 goes live in three weeks.',
      '- Shift handovers now start from the Beacon screen. Waste on line 3 **down from 4.8% to 3.9%** in four weeks.',
      '- Adoption: 81 of 90 licensed users active last month.',
      '',
      '## Issues',
      '- Alert noise: the cold-room temperature alert fires on every door opening. Agreed a 5-minute persistence rule; I send the config.',
      '- Finance still reconciles in Quantrel at month-end. No appetite to change that, and we should not push (coexistence).',
      '',
      '## Expansion',
      '- Hugo rebuilds the weekly forecast in Excel every Monday. The Quantrel team pitched **Quantrel Predict** to him last month.',
      '- He wants drivers he can explain to plant managers → good fit for Forecast early access.',
      '- Budget would come from supply chain, not IT. Claire will sponsor.',
    ),
    nextSteps: [
      { text: 'Send the Forecast launch deck to Hugo', due: [-5, 12, 0], done: true },
      { text: 'Book a Forecast intro call with Hugo', due: [-4, 17, 0], done: true },
      { text: 'Send Claire the persistence rule for the line 3 temperature alert', due: [2, 17, 0], done: false },
    ],
  },
  haldenNegotiation: {
    opportunity: 'haldenRollout',
    meeting: 'haldenNegotiation',
    title: 'Halden: commercial terms call with procurement',
    template: 'check_in',
    tags: ['negotiation', 'pricing', 'procurement'],
    competitors: [COMPETITORS.quantrel],
    created: [-5, 14, 50],
    updated: [-1, 16, 40],
    body: md(
      '## Where we are',
      'Proposal v3: Analytics Enterprise, Connect Standard and QuickStart for the first two depots, **184,000 EUR a year**. Marieke (procurement) joined for the first time.',
      '',
      '## What they said',
      '- Quantrel answered with a “coexistence” offer: a *Quantrel Live* add-on at 95,000 a year, built by their partner. Marieke used it as leverage.',
      '- Annelies still prefers us: the Moerdijk pilot showed dock-to-stock live. Quote: “my depot managers actually open it”.',
      '- Procurement asks for 18% off and 60-day payment terms.',
      '- Joost is worried about rolling out to depots during the November peak.',
      '',
      '## My read',
      '- The Quantrel number is licence only, no partner days. Ask for the full quote in writing before discussing price (battle card: never match without it).',
      '- 18% is inside the RVP guardrail, but trade it for a three-year term instead of giving it away.',
      '- Risk: procurement runs the clock past quarter end. Keep Annelies close.',
    ),
    nextSteps: [
      { text: 'Ask Marieke for the Quantrel Live quote in writing, partner services included', due: [-3, 17, 0], done: true },
      { text: 'Get RVP approval for up to 15% on a three-year term', due: [-1, 17, 0], done: true },
      { text: 'Bring a rollout plan that skips the November peak to the on-site review', due: [0, 11, 0], done: false },
      { text: 'Send the updated order form to Marieke', due: [3, 12, 0], done: false },
    ],
  },
  marrowDiscovery: {
    opportunity: 'marrowDashboards',
    meeting: 'marrowDiscovery',
    title: 'Marrow & Pike discovery: store operations reporting',
    template: 'discovery',
    tags: ['discovery', 'retail', 'exec-demo'],
    competitors: [COMPETITORS.loomwise],
    created: [-3, 12, 5],
    updated: [-1, 15, 30],
    body: md(
      '## Context',
      '- 64 stores in 9 regions. The weekly ops pack is a 40-tab Excel file Luis’s team builds every Monday; it goes out on Wednesday.',
      '- Dana (VP Store Operations) owns the budget. She wants regional managers on yesterday’s numbers, not last week’s.',
      '',
      '## Pain',
      '1. Staffing vs footfall: stores overstaffed Tuesday and Wednesday, short on Saturdays. Nobody sees it before month-end.',
      '2. Shrink is reported quarterly.',
      '3. Luis spends about two days a week assembling the pack.',
      '',
      '## Current tools',
      '- POS and WMS. Loomwise runs the supplier portal sync (the deal we lost on price), and their rep is now pitching a dashboards add-on.',
      '- Priya (IT): Loomwise task bills came in at **twice the estimate** in the first two months. Good landmine.',
      '',
      '## Decision process',
      '- Dana decides, Priya signs off security. Budget is approved for this fiscal year if signed within about six weeks.',
      '',
      '## Agreed',
      '- Executive demo for Dana: regional view and a staffing alert, using their anonymised data where possible.',
    ),
    nextSteps: [
      { text: 'Get an anonymised weekly ops pack from Luis', due: [-1, 17, 0], done: true },
      { text: 'Tailor the executive overview demo: regional view and staffing alert', due: [0, 13, 0], done: false },
      { text: 'Send Priya the Connect security overview', due: [1, 12, 0], done: false },
    ],
  },
  velderDemo: {
    opportunity: 'velderQuality',
    meeting: 'velderDemo',
    title: 'Velder demo: scrap and first-pass yield',
    template: 'demo',
    tags: ['demo', 'quality', 'manufacturing'],
    competitors: [COMPETITORS.quantrel, COMPETITORS.orbiqa],
    created: [-2, 14, 20],
    updated: [-2, 14, 35],
    body: md(
      '## Demo (executive overview script, adapted to quality)',
      'Attendees: Stefan Braun (Head of Quality), Katrin Weiß (Plant Manager), two shift leads.',
      '',
      '- Drill-down from plant to machine landed well. Katrin asked for the same view per tool change.',
      '- Metric catalogue: Stefan wants quality, not IT, to own the first-pass-yield definition. Strong point against Orbiqa, where every report change goes through the ERP team.',
      '- Shift leads asked whether screens run on the existing line PCs: yes, in the browser.',
      '',
      '## Competition',
      '- Quantrel demos next Tuesday with their partner.',
      '- Orbiqa is pitching analytics as part of the ERP upgrade bundle.',
      '',
      '## Open questions',
      '- Can Connect read the MES database directly? If it is SQL Server underneath, change data capture works.',
      '- Budget split between quality and the plant is not settled.',
    ),
    nextSteps: [
      { text: 'Confirm the MES database is SQL Server and CDC can be enabled', due: [1, 12, 0], done: false },
      { text: 'Send the workshop agenda to Stefan', due: [1, 17, 0], done: false },
    ],
  },
  brightwaterCheckIn: {
    opportunity: 'brightwaterIntegration',
    meeting: 'brightwaterCheckIn',
    title: 'Brightwater: proposal check-in with Siân and Tom',
    template: 'check_in',
    tags: ['check-in', 'technical', 'roi'],
    competitors: [COMPETITORS.inHouse, COMPETITORS.orbiqa],
    created: [-1, 10, 45],
    updated: [-1, 17, 5],
    body: md(
      '## Status',
      '- The proposal (Connect Scale and an integration sprint, 96,000 GBP) is with Siân. She needs Gareth’s buy-in before it goes to the board.',
      '- Gareth still says his team can build it. Tom: two regulatory returns were late last quarter because the billing extract failed over a weekend.',
      '',
      '## Numbers from Tom’s incident log',
      '| Item | Value |',
      '|---|---|',
      '| Integrations maintained | 14 |',
      '| Hours per integration per month | ~6 |',
      '| Failed loads per month | 9 |',
      '',
      'Same as the ROI worksheet defaults: roughly 33,500 GBP a year saved with Connect Scale.',
      '',
      '## Other',
      '- Orbiqa renewal next year; their account manager says the connector pack “will cover SCADA”. Siân is sceptical.',
      '- Billing runs on SAP ECC, not HANA: asked product about ECC change capture (logged).',
      '- Siân asked whether they could add Forecast later with Connect only (logged as a question).',
    ),
    nextSteps: [
      { text: 'Send the deep-dive agenda to Gareth', due: [-1, 17, 0], done: true },
      { text: 'Fill in the ROI worksheet live with Gareth', due: [1, 12, 0], done: false },
      { text: 'Ask Siân for the Orbiqa renewal quote including the connector pack', due: [8, 12, 0], done: false },
    ],
  },
};

function at(clock: DemoClock, [day, hour, minute]: At): number {
  return clock.on(day, hour, minute);
}

function noteKeys(): NoteKey[] {
  return Object.keys(NOTE_IDS).filter((key): key is NoteKey => Object.hasOwn(NOTES, key));
}

export function buildCallNotes({ clock, owners }: DemoContext): CallNote[] {
  return noteKeys().map((key) => {
    const seed = NOTES[key];
    const account = opportunityAccount(seed.opportunity);
    return {
      id: NOTE_IDS[key],
      ownerId: owners[accountOwner(account)],
      accountId: ACCOUNT_IDS[account],
      opportunityId: OPPORTUNITY_IDS[seed.opportunity],
      meetingId: MEETING_IDS[seed.meeting],
      title: seed.title,
      body: seed.body,
      template: seed.template,
      tags: [...seed.tags],
      competitors: [...seed.competitors],
      nextSteps: seed.nextSteps.map((step, index) => ({
        id: `${NOTE_IDS[key]}-step-${index + 1}`,
        text: step.text,
        dueAt: at(clock, step.due),
        done: step.done,
      })),
      createdAt: at(clock, seed.created),
      updatedAt: at(clock, seed.updated),
    };
  });
}
