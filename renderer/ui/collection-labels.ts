import type { CollectionName } from '../../shared/schemas/index.ts';

/** What each collection is called on screen. */
export const COLLECTION_LABELS: Record<CollectionName, string> = {
  call_notes: 'Call notes',
  feedback: 'Feedback',
  accounts: 'Accounts',
  contacts: 'Contacts',
  opportunities: 'Opportunities',
  meetings: 'Meetings',
  activities: 'Activities',
  battle_cards: 'Battle cards',
  collateral: 'Collateral',
  demo_scripts: 'Demo scripts',
  enablement_kits: 'Enablement kits',
};
