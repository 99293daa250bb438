import type { Activity, DemoScript, Feedback } from '../schemas/index.ts';
import {
  ACCOUNT_IDS,
  ACTIVITY_IDS,
  CARD_IDS,
  COLLATERAL_IDS,
  COMPETITORS,
  FEEDBACK_IDS,
  MEETING_IDS,
  NOTE_IDS,
  PRODUCTS,
  SCRIPT_IDS,
} from './catalog.ts';
import type { DemoContext } from './context.ts';

/**
 * Insights the first demo rep logged from this week's calls. Status and response are what
 * product and marketing set on the server, so the demo shows each state of the loop.
 */
export function buildFeedback({ clock, owners }: DemoContext): Feedback[] {
  return [
    {
      id: FEEDBACK_IDS.quantrelObjection,
      ownerId: owners.rep,
      kind: 'objection',
      text:
        'Halden procurement used Quantrel’s new “Quantrel Live” coexistence add-on (95,000 a year, built by their partner) as leverage for 18% off. ' +
        'The Quantrel card doesn’t cover Quantrel Live yet: we need a response and a cost comparison.',
      competitor: COMPETITORS.quantrel,
      product: PRODUCTS.analytics,
      accountId: ACCOUNT_IDS.halden,
      noteId: NOTE_IDS.haldenNegotiation,
      status: 'answered',
      response:
        'Thanks. Quantrel Live is a partner-built real-time connector, not a product change, and it is quoted without partner days. ' +
        'The next card version covers it; until then ask for the services quote in writing: partner days typically double the first-year cost.',
      createdAt: clock.on(-5, 15, 5),
      updatedAt: clock.on(-3, 11, 20),
    },
    {
      id: FEEDBACK_IDS.sapConnector,
      ownerId: owners.rep,
      kind: 'feature_request',
      text:
        'Brightwater’s billing runs on SAP ECC, not HANA. They need change data capture from ECC tables without buying SAP middleware. ' +
        'It decides the Connect Scale deal, and Orbiqa’s connector pack claims to cover it.',
      product: PRODUCTS.connect,
      accountId: ACCOUNT_IDS.brightwater,
      noteId: NOTE_IDS.brightwaterCheckIn,
      status: 'planned',
      response:
        'Planned for next quarter: ECC change capture through the on-prem agent. A preview can be shown under NDA in the technical deep-dive; ask the Connect product manager to join.',
      createdAt: clock.on(-1, 11, 0),
      updatedAt: clock.on(-1, 16, 45),
    },
    {
      id: FEEDBACK_IDS.loomwiseDiscount,
      ownerId: owners.rep,
      kind: 'competitor_mention',
      text:
        'Loomwise is pitching its dashboards add-on to Marrow & Pike at 40% off, bundled with the supplier portal sync they already run. ' +
        'Their IT director says Loomwise task bills came in at twice the estimate in the first two months: worth adding to the Loomwise card as a proof point.',
      competitor: COMPETITORS.loomwise,
      product: PRODUCTS.analytics,
      accountId: ACCOUNT_IDS.marrowPike,
      noteId: NOTE_IDS.marrowDiscovery,
      status: 'received',
      createdAt: clock.on(-3, 12, 20),
      updatedAt: clock.on(-3, 12, 20),
    },
    {
      id: FEEDBACK_IDS.forecastConnectOnly,
      ownerId: owners.rep,
      kind: 'question',
      text: 'Brightwater (Connect only, no Analytics) asked whether they could add Beacon Forecast later.',
      product: PRODUCTS.forecast,
      accountId: ACCOUNT_IDS.brightwater,
      noteId: NOTE_IDS.brightwaterCheckIn,
      status: 'answered',
      response:
        'Not on its own: Forecast needs Analytics Professional or Enterprise. Propose Analytics Professional and Forecast together. Added to the launch kit FAQ.',
      createdAt: clock.on(-1, 11, 5),
      updatedAt: clock.on(-1, 14, 30),
    },
  ];
}

/** How long each step of the executive overview took in the rep's rehearsal. */
const REHEARSAL_MS = [96_000, 204_000, 171_000, 158_000, 139_000, 117_000];

/**
 * A little enablement history for the first rep. The Quantrel card was reviewed at version 3,
 * before version 4 was published, so the app can show "changed since you last reviewed".
 */
export function buildActivities({ clock, owners }: DemoContext, scripts: DemoScript[]): Activity[] {
  const rehearsed = scripts.find((script) => script.id === SCRIPT_IDS.analyticsExec);
  const steps = (rehearsed?.steps ?? []).map((step, index) => ({
    index,
    title: step.title,
    plannedSec: step.durationSec,
    actualMs: REHEARSAL_MS[index] ?? step.durationSec * 1000,
  }));
  const reviewedAt = clock.on(-16, 8, 40);
  const openedAt = clock.on(-5, 13, 30);
  const rehearsedAt = clock.on(-1, 18, 10);
  const briefAt = clock.on(-1, 19, 0);
  return [
    {
      id: ACTIVITY_IDS.quantrelReviewed,
      ownerId: owners.rep,
      kind: 'card_reviewed',
      subjectId: CARD_IDS.quantrel,
      subjectVersion: 3,
      at: reviewedAt,
      createdAt: reviewedAt,
      updatedAt: reviewedAt,
    },
    {
      id: ACTIVITY_IDS.caseStudyOpened,
      ownerId: owners.rep,
      kind: 'collateral_opened',
      subjectId: COLLATERAL_IDS.greyhollowCaseStudy,
      subjectVersion: 1,
      at: openedAt,
      createdAt: openedAt,
      updatedAt: openedAt,
    },
    {
      id: ACTIVITY_IDS.execDemoRehearsed,
      ownerId: owners.rep,
      kind: 'demo_rehearsed',
      subjectId: SCRIPT_IDS.analyticsExec,
      subjectVersion: 3,
      at: rehearsedAt,
      meetingId: MEETING_IDS.marrowDemo,
      steps,
      createdAt: rehearsedAt,
      updatedAt: rehearsedAt,
    },
    {
      id: ACTIVITY_IDS.haldenBrief,
      ownerId: owners.rep,
      kind: 'brief_prepared',
      subjectId: MEETING_IDS.haldenVisit,
      at: briefAt,
      meetingId: MEETING_IDS.haldenVisit,
      createdAt: briefAt,
      updatedAt: briefAt,
    },
  ];
}
