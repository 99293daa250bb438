/**
 * The names and ids the demo documents refer to each other by. Keeping them in one place is what
 * keeps the workspace self-consistent: a deal's competitor is always a battle card's competitor,
 * and every reference is one of these ids. Ids are stable so that seeding twice changes nothing.
 */

/** The fictional product line the demo reps sell. */
export const PRODUCTS = {
  analytics: 'Beacon Analytics',
  connect: 'Beacon Connect',
  forecast: 'Beacon Forecast',
} as const;

/** Fictional competitors; each has a battle card. "In-house build" is the status-quo alternative. */
export const COMPETITORS = {
  quantrel: 'Quantrel',
  loomwise: 'Loomwise',
  orbiqa: 'Orbiqa',
  inHouse: 'In-house build',
} as const;

export const CARD_IDS = {
  quantrel: 'demo-card-quantrel',
  loomwise: 'demo-card-loomwise',
  orbiqa: 'demo-card-orbiqa',
  inHouse: 'demo-card-in-house-build',
} as const;

export const SCRIPT_IDS = {
  analyticsExec: 'demo-script-analytics-exec-overview',
  connectAdmin: 'demo-script-connect-technical-deep-dive',
  forecastFirstLook: 'demo-script-forecast-first-look',
} as const;

export const COLLATERAL_IDS = {
  analyticsDatasheet: 'demo-coll-analytics-datasheet',
  priceList: 'demo-coll-price-list',
  greyhollowCaseStudy: 'demo-coll-greyhollow-case-study',
  forecastDeck: 'demo-coll-forecast-launch-deck',
  connectRoi: 'demo-coll-connect-roi-worksheet',
  connectSecurity: 'demo-coll-connect-security-overview',
} as const;

export const KIT_IDS = {
  forecastLaunch: 'demo-kit-forecast-launch',
} as const;

export const ACCOUNT_IDS = {
  halden: 'demo-acct-halden-cold-chain',
  marrowPike: 'demo-acct-marrow-pike',
  brightwater: 'demo-acct-brightwater-utilities',
  kestrel: 'demo-acct-kestrel-biolabs',
  tamsin: 'demo-acct-tamsin-foods',
  velder: 'demo-acct-velder-precision',
  aldermoor: 'demo-acct-aldermoor-mutual',
} as const;

export const OPPORTUNITY_IDS = {
  haldenRollout: 'demo-opp-halden-eu-rollout',
  marrowDashboards: 'demo-opp-marrow-store-ops',
  marrowPortal: 'demo-opp-marrow-supplier-portal',
  brightwaterIntegration: 'demo-opp-brightwater-integration',
  kestrelPilot: 'demo-opp-kestrel-lab-data',
  tamsinPlants: 'demo-opp-tamsin-plant-analytics',
  tamsinForecast: 'demo-opp-tamsin-forecast',
  velderQuality: 'demo-opp-velder-quality',
  aldermoorClaims: 'demo-opp-aldermoor-claims-hub',
} as const;

export const MEETING_IDS = {
  tamsinQbr: 'demo-mtg-tamsin-qbr',
  haldenNegotiation: 'demo-mtg-halden-negotiation-call',
  marrowDiscovery: 'demo-mtg-marrow-discovery',
  velderDemo: 'demo-mtg-velder-demo',
  brightwaterCheckIn: 'demo-mtg-brightwater-check-in',
  tamsinForecastCall: 'demo-mtg-tamsin-forecast-intro',
  haldenVisit: 'demo-mtg-halden-commercial-review',
  marrowDemo: 'demo-mtg-marrow-exec-demo',
  kestrelIntro: 'demo-mtg-kestrel-intro',
  brightwaterDeepDive: 'demo-mtg-brightwater-deep-dive',
  velderWorkshop: 'demo-mtg-velder-workshop',
  aldermoorProposal: 'demo-mtg-aldermoor-proposal',
  haldenSigning: 'demo-mtg-halden-signing',
} as const;

export const NOTE_IDS = {
  tamsinQbr: 'demo-note-tamsin-qbr',
  haldenNegotiation: 'demo-note-halden-negotiation',
  marrowDiscovery: 'demo-note-marrow-discovery',
  velderDemo: 'demo-note-velder-demo',
  brightwaterCheckIn: 'demo-note-brightwater-check-in',
} as const;

export const ACTIVITY_IDS = {
  quantrelReviewed: 'demo-act-quantrel-card-reviewed',
  caseStudyOpened: 'demo-act-greyhollow-opened',
  execDemoRehearsed: 'demo-act-exec-demo-rehearsed',
  haldenBrief: 'demo-act-halden-brief',
} as const;

export const FEEDBACK_IDS = {
  quantrelObjection: 'demo-fb-quantrel-dashboards-objection',
  sapConnector: 'demo-fb-sap-cdc-connector',
  loomwiseDiscount: 'demo-fb-loomwise-discount',
  forecastConnectOnly: 'demo-fb-forecast-connect-only',
} as const;

/** Joins lines into one Markdown body, so long bodies read as the text they are. */
export function md(...lines: string[]): string {
  return lines.join('\n');
}
