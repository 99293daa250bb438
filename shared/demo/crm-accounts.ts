import type { Account, Contact } from '../schemas/index.ts';
import { ACCOUNT_IDS } from './catalog.ts';
import type { DemoContext, DemoOwners } from './context.ts';

type AccountKey = keyof typeof ACCOUNT_IDS;

interface AccountSeed {
  owner: keyof DemoOwners;
  name: string;
  industry: string;
  segment: string;
  domain: string;
  city: string;
  country: string;
  summary: string;
  /** Calendar days before today when the account was created and last updated. */
  createdDaysAgo: number;
  updatedDaysAgo: number;
}

/** Fictional customers in a Western Europe territory; the last two belong to the second rep. */
const ACCOUNTS: Record<AccountKey, AccountSeed> = {
  halden: {
    owner: 'rep',
    name: 'Halden Cold Chain Logistics',
    industry: 'Logistics',
    segment: 'Enterprise',
    domain: 'halden-coldchain.example',
    city: 'Rotterdam',
    country: 'Netherlands',
    summary:
      'Temperature-controlled warehousing and transport, 11 depots in the Netherlands, Belgium and Germany. Finance reports in Quantrel; depot operations run on spreadsheets exported from the WMS. ' +
      'The COO sponsors one live view of dock-to-stock time and temperature excursions across depots.',
    createdDaysAgo: 410,
    updatedDaysAgo: 5,
  },
  marrowPike: {
    owner: 'rep',
    name: 'Marrow & Pike Outfitters',
    industry: 'Retail',
    segment: 'Mid-market',
    domain: 'marrowandpike.example',
    city: 'Manchester',
    country: 'United Kingdom',
    summary:
      'Outdoor apparel retailer with 64 stores in 9 regions and a growing online business. We lost the supplier portal integration to Loomwise on price; ' +
      'store operations dashboards are open, and the VP Store Operations wants to replace the weekly 40-tab Excel pack.',
    createdDaysAgo: 220,
    updatedDaysAgo: 3,
  },
  brightwater: {
    owner: 'rep',
    name: 'Brightwater Municipal Utilities',
    industry: 'Utilities',
    segment: 'Public sector',
    domain: 'brightwater-utilities.example',
    city: 'Leeds',
    country: 'United Kingdom',
    summary:
      'Water and wastewater utility serving 1.2 million people. An in-house data team maintains 14 scripts between SCADA, billing and the asset system; failed loads delayed two regulatory returns last quarter. ' +
      'The Orbiqa ERP agreement is up for renewal next year.',
    createdDaysAgo: 300,
    updatedDaysAgo: 1,
  },
  kestrel: {
    owner: 'rep',
    name: 'Kestrel Biolabs',
    industry: 'Life sciences',
    segment: 'Mid-market',
    domain: 'kestrel-biolabs.example',
    city: 'Basel',
    country: 'Switzerland',
    summary:
      'Contract research lab with three sites. Marketing-qualified lead from the Beacon Connect webinar: wants instrument and LIMS data in one place for client reporting. Not yet qualified.',
    createdDaysAgo: 9,
    updatedDaysAgo: 9,
  },
  tamsin: {
    owner: 'rep',
    name: 'Tamsin Foods',
    industry: 'Food manufacturing',
    segment: 'Enterprise',
    domain: 'tamsin-foods.example',
    city: 'Lyon',
    country: 'France',
    summary:
      'Dairy and chilled desserts, five plants. Beacon Analytics customer since last month (plant-floor analytics, won against Quantrel); two plants live, the third in rollout. ' +
      'The head of demand planning is a candidate for Beacon Forecast early access.',
    createdDaysAgo: 330,
    updatedDaysAgo: 6,
  },
  velder: {
    owner: 'rep2',
    name: 'Velder Precision Components',
    industry: 'Manufacturing',
    segment: 'Mid-market',
    domain: 'velder-precision.example',
    city: 'Stuttgart',
    country: 'Germany',
    summary:
      'Machined parts for automotive and medical customers, two plants. Wants scrap rate and first-pass yield per machine and per tool change; also evaluating Quantrel and Orbiqa.',
    createdDaysAgo: 120,
    updatedDaysAgo: 2,
  },
  aldermoor: {
    owner: 'rep2',
    name: 'Aldermoor Mutual Insurance',
    industry: 'Insurance',
    segment: 'Enterprise',
    domain: 'aldermoor-mutual.example',
    city: 'Dublin',
    country: 'Ireland',
    summary:
      'Regional property and casualty insurer. Claims data is split between a legacy policy system and Orbiqa ERP; the actuarial team wants a governed claims data hub.',
    createdDaysAgo: 150,
    updatedDaysAgo: 12,
  },
};

type ContactRole = NonNullable<Contact['role']>;
type ContactSeed = [slug: string, name: string, title: string, role: ContactRole, email: string, notes?: string];

const CONTACTS: Record<AccountKey, ContactSeed[]> = {
  halden: [
    ['annelies-de-vries', 'Annelies de Vries', 'COO', 'decision_maker', 'a.devries', 'Sponsor. Ran the Moerdijk depot pilot; measures everything in dock-to-stock minutes.'],
    ['joost-bakker', 'Joost Bakker', 'Head of Depot Operations', 'champion', 'j.bakker', 'Worried about rollout capacity during the November peak.'],
    ['marieke-jansen', 'Marieke Jansen', 'Procurement Manager', 'influencer', 'm.jansen', 'Uses the Quantrel offer as leverage; wants 60-day payment terms.'],
  ],
  marrowPike: [
    ['dana-whitfield', 'Dana Whitfield', 'VP Store Operations', 'decision_maker', 'dana.whitfield', 'Owns the budget; wants regional managers on yesterday’s numbers.'],
    ['luis-ortega', 'Luis Ortega', 'Retail Analytics Lead', 'champion', 'luis.ortega', 'Builds the weekly pack by hand, about two days a week.'],
    ['priya-raman', 'Priya Raman', 'IT Director', 'influencer', 'priya.raman', 'Signs off security. Loomwise task bills came in at twice the estimate.'],
  ],
  brightwater: [
    ['sian-roberts', 'Siân Roberts', 'Director of Digital Operations', 'decision_maker', 'sian.roberts'],
    ['tom-ashworth', 'Tom Ashworth', 'Regulatory Reporting Manager', 'champion', 'tom.ashworth', 'Keeps the incident log of failed loads; two late regulatory returns last quarter.'],
    ['gareth-hughes', 'Gareth Hughes', 'Data Engineering Lead', 'blocker', 'gareth.hughes', 'Wrote most of the in-house scripts; believes his team can build it.'],
  ],
  kestrel: [
    ['lena-vogt', 'Dr. Lena Vogt', 'Head of Lab Informatics', 'influencer', 'lena.vogt', 'Attended the Connect webinar and downloaded the security overview.'],
    ['matthias-keller', 'Matthias Keller', 'COO', 'decision_maker', 'matthias.keller'],
  ],
  tamsin: [
    ['claire-moreau', 'Claire Moreau', 'Plant Operations Director', 'champion', 'c.moreau', 'Sponsor of the Analytics rollout; will sponsor Forecast.'],
    ['hugo-lefevre', 'Hugo Lefèvre', 'Head of Demand Planning', 'influencer', 'h.lefevre', 'Rebuilds the forecast in Excel every Monday; pitched Quantrel Predict last month.'],
    ['elodie-garnier', 'Élodie Garnier', 'CFO', 'decision_maker', 'e.garnier'],
  ],
  velder: [
    ['stefan-braun', 'Stefan Braun', 'Head of Quality', 'champion', 'stefan.braun', 'Wants quality to own the first-pass-yield definition, not IT.'],
    ['katrin-weiss', 'Katrin Weiß', 'Plant Manager', 'decision_maker', 'katrin.weiss'],
  ],
  aldermoor: [
    ['isabel-nolan', 'Isabel Nolan', 'VP Claims', 'decision_maker', 'isabel.nolan'],
    ['conor-byrne', 'Conor Byrne', 'Enterprise Architect', 'influencer', 'conor.byrne', 'Asked for the Connect security overview and a reference in financial services.'],
  ],
};

/** Which demo rep owns an account; deals, meetings and notes at the account follow it. */
export function accountOwner(key: AccountKey): keyof DemoOwners {
  return ACCOUNTS[key].owner;
}

function accountKeys(): AccountKey[] {
  return Object.keys(ACCOUNT_IDS).filter((key): key is AccountKey => Object.hasOwn(ACCOUNTS, key));
}

export function buildAccounts({ clock, owners }: DemoContext): Account[] {
  return accountKeys().map((key) => {
    const seed = ACCOUNTS[key];
    return {
      id: ACCOUNT_IDS[key],
      ownerId: owners[seed.owner],
      name: seed.name,
      industry: seed.industry,
      segment: seed.segment,
      website: `https://www.${seed.domain}`,
      city: seed.city,
      country: seed.country,
      summary: seed.summary,
      createdAt: clock.on(-seed.createdDaysAgo, 9, 0),
      updatedAt: clock.on(-seed.updatedDaysAgo, 17, 30),
    };
  });
}

export function buildContacts({ clock, owners }: DemoContext): Contact[] {
  return accountKeys().flatMap((key) => {
    const account = ACCOUNTS[key];
    const createdAt = clock.on(-account.createdDaysAgo, 9, 30);
    return CONTACTS[key].map(([slug, name, title, role, mailbox, notes]): Contact => ({
      id: `demo-contact-${slug}`,
      ownerId: owners[account.owner],
      accountId: ACCOUNT_IDS[key],
      name,
      title,
      role,
      email: `${mailbox}@${account.domain}`,
      ...(notes === undefined ? {} : { notes }),
      createdAt,
      updatedAt: createdAt,
    }));
  });
}
