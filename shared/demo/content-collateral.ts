import type { Collateral } from '../schemas/index.ts';
import { COLLATERAL_IDS, PRODUCTS } from './catalog.ts';
import type { DemoClock } from './context.ts';

/** Label for collateral that covers the whole product line rather than one product. */
export const ALL_PRODUCTS = 'All Beacon products';

export interface DemoFile {
  /** Relative to shared/demo/. */
  path: string;
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
}

/**
 * The real files behind the demo collateral, pinned by size and sha256 (demo.test.ts checks
 * them against the bytes on disk; files/.gitattributes stops Git from rewriting line endings).
 */
export const DEMO_FILE_LIST = {
  analyticsDatasheet: {
    path: 'files/beacon-analytics-datasheet.svg',
    fileName: 'beacon-analytics-datasheet.svg',
    mimeType: 'image/svg+xml',
    size: 3824,
    sha256: '94a90e907e6a8f8b64fee302195be52445223b29ded8784eff2a817bf1f1b4ee',
  },
  priceList: {
    path: 'files/beacon-price-list.md',
    fileName: 'beacon-price-list.md',
    mimeType: 'text/markdown',
    size: 2568,
    sha256: '46a65f093fc9f49f53ef520b881335b27bd136fc4817dc68b706fb57f56ac557',
  },
  greyhollowCaseStudy: {
    path: 'files/greyhollow-dairy-case-study.pdf',
    fileName: 'greyhollow-dairy-case-study.pdf',
    mimeType: 'application/pdf',
    size: 2776,
    sha256: '8c84cef16a728b618c008b21205e67f998702074ad2c7cab9f2b75eb9046da90',
  },
  forecastDeck: {
    path: 'files/beacon-forecast-launch-deck.md',
    fileName: 'beacon-forecast-launch-deck.md',
    mimeType: 'text/markdown',
    size: 1916,
    sha256: '3132471f987bef9902641f7ff81e99f657ef1ff9de34e3a585dd7f4d0acc6603',
  },
  connectRoi: {
    path: 'files/connect-roi-worksheet.csv',
    fileName: 'connect-roi-worksheet.csv',
    mimeType: 'text/csv',
    size: 1050,
    sha256: '3e647fb3f05f62c15dcf8b4d05d21bcbdb5af94446e4a9c55007ed39ef36b680',
  },
  connectSecurity: {
    path: 'files/beacon-connect-security-overview.txt',
    fileName: 'beacon-connect-security-overview.txt',
    mimeType: 'text/plain',
    size: 1806,
    sha256: 'd404f44ae79b20b4169432e05e77558f547430f935effb22231a4ec68529f201',
  },
} as const satisfies Record<keyof typeof COLLATERAL_IDS, DemoFile>;

/** sha256 → path relative to shared/demo/, for serving the demo blobs by content address. */
export const DEMO_FILES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.values(DEMO_FILE_LIST).map((file) => [file.sha256, file.path]),
);

type CollateralFields = Pick<Collateral, 'title' | 'description' | 'kind' | 'product' | 'stages' | 'version'>;

function collateral(key: keyof typeof COLLATERAL_IDS, fields: CollateralFields, publishedAt: number): Collateral {
  const { fileName, mimeType, size, sha256 } = DEMO_FILE_LIST[key];
  return {
    id: COLLATERAL_IDS[key],
    ...fields,
    stages: [...fields.stages],
    fileName,
    mimeType,
    size,
    sha256,
    publishedAt,
    updatedAt: publishedAt,
  };
}

export function buildCollateral(clock: DemoClock): Collateral[] {
  return [
    collateral(
      'analyticsDatasheet',
      {
        title: 'Beacon Analytics datasheet',
        description: 'One-page overview of capabilities, customer results and editions. Leave-behind after a first meeting.',
        kind: 'datasheet',
        product: PRODUCTS.analytics,
        stages: ['qualification', 'demo'],
        version: 2,
      },
      clock.on(-40, 10, 0),
    ),
    collateral(
      'priceList',
      {
        title: 'Beacon price list',
        description: 'Annual list prices for every edition, services packages and the discount guardrails. Now includes Beacon Forecast.',
        kind: 'pricing',
        product: ALL_PRODUCTS,
        stages: ['proposal', 'negotiation'],
        version: 5,
      },
      clock.on(-8, 16, 0),
    ),
    collateral(
      'greyhollowCaseStudy',
      {
        title: 'Case study: Greyhollow Dairy Co-operative',
        description: 'Replaced a Quantrel cube; weekly reporting from five days to four hours. Approved for external use.',
        kind: 'case_study',
        product: PRODUCTS.analytics,
        stages: ['demo', 'proposal'],
        version: 1,
      },
      clock.on(-63, 11, 0),
    ),
    collateral(
      'forecastDeck',
      {
        title: 'Beacon Forecast launch deck',
        description: 'Customer-facing first-look deck for the Forecast launch, with early-access results and commercials.',
        kind: 'deck',
        product: PRODUCTS.forecast,
        stages: ['qualification', 'demo'],
        version: 1,
      },
      clock.on(-7, 9, 0),
    ),
    collateral(
      'connectRoi',
      {
        title: 'Beacon Connect ROI worksheet',
        description: 'Fill in with the customer’s integration count, hours and incident log; compares in-house upkeep with Connect Scale.',
        kind: 'other',
        product: PRODUCTS.connect,
        stages: ['proposal', 'negotiation'],
        version: 2,
      },
      clock.on(-21, 14, 0),
    ),
    collateral(
      'connectSecurity',
      {
        title: 'Beacon Connect security and architecture overview',
        description: 'Deployment, encryption, identity, audit and compliance for IT and security reviews. Share under NDA.',
        kind: 'datasheet',
        product: PRODUCTS.connect,
        stages: ['demo', 'proposal'],
        version: 3,
      },
      clock.on(-50, 13, 0),
    ),
  ];
}
