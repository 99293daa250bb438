/**
 * The single source of truth for every synced document: one versioned JSON schema per
 * collection, used by RxDB in the renderer, by the server to validate every push, and (through
 * json-schema-to-ts) to derive the TypeScript types below.
 */
import type { FromSchema } from 'json-schema-to-ts';
import { accountSchema } from './account.schema.ts';
import { activitySchema } from './activity.schema.ts';
import { battleCardSchema } from './battle-card.schema.ts';
import { callNoteSchema } from './call-note.schema.ts';
import { collateralSchema } from './collateral.schema.ts';
import { contactSchema } from './contact.schema.ts';
import { demoScriptSchema } from './demo-script.schema.ts';
import { enablementKitSchema } from './enablement-kit.schema.ts';
import { feedbackSchema } from './feedback.schema.ts';
import { meetingSchema } from './meeting.schema.ts';
import { opportunitySchema } from './opportunity.schema.ts';

export { ACTIVITY_KINDS } from './activity.schema.ts';
export { NOTE_TEMPLATES } from './call-note.schema.ts';
export { COLLATERAL_KINDS } from './collateral.schema.ts';
export { FEEDBACK_KINDS, FEEDBACK_STATUSES } from './feedback.schema.ts';
export { MEETING_KINDS } from './meeting.schema.ts';
export { OPPORTUNITY_STAGES } from './fields.ts';

/**
 * Collection name → schema. Eleven collections: RxDB's free edition refuses more than about 13
 * open at once per page, so add one only when no existing collection can hold the data.
 */
export const SCHEMAS = {
  call_notes: callNoteSchema,
  feedback: feedbackSchema,
  accounts: accountSchema,
  contacts: contactSchema,
  opportunities: opportunitySchema,
  meetings: meetingSchema,
  activities: activitySchema,
  battle_cards: battleCardSchema,
  collateral: collateralSchema,
  demo_scripts: demoScriptSchema,
  enablement_kits: enablementKitSchema,
} as const;

export type CollectionName = keyof typeof SCHEMAS;
export const COLLECTION_NAMES = Object.keys(SCHEMAS) as CollectionName[];

/** Collections a rep owns (ownerId); the rest are published centrally and read-only for reps. */
export const OWNED_COLLECTIONS = [
  'call_notes',
  'feedback',
  'accounts',
  'contacts',
  'opportunities',
  'meetings',
  'activities',
] as const satisfies readonly CollectionName[];

export const PUBLISHED_COLLECTIONS = [
  'battle_cards',
  'collateral',
  'demo_scripts',
  'enablement_kits',
] as const satisfies readonly CollectionName[];

export function isCollectionName(value: unknown): value is CollectionName {
  return typeof value === 'string' && Object.hasOwn(SCHEMAS, value);
}

export type CallNote = FromSchema<typeof callNoteSchema>;
export type Feedback = FromSchema<typeof feedbackSchema>;
export type Account = FromSchema<typeof accountSchema>;
export type Contact = FromSchema<typeof contactSchema>;
export type Opportunity = FromSchema<typeof opportunitySchema>;
export type Meeting = FromSchema<typeof meetingSchema>;
export type Activity = FromSchema<typeof activitySchema>;
export type BattleCard = FromSchema<typeof battleCardSchema>;
export type Collateral = FromSchema<typeof collateralSchema>;
export type DemoScript = FromSchema<typeof demoScriptSchema>;
export type EnablementKit = FromSchema<typeof enablementKitSchema>;

/** The document type stored in each collection. */
export interface DocumentTypes {
  call_notes: CallNote;
  feedback: Feedback;
  accounts: Account;
  contacts: Contact;
  opportunities: Opportunity;
  meetings: Meeting;
  activities: Activity;
  battle_cards: BattleCard;
  collateral: Collateral;
  demo_scripts: DemoScript;
  enablement_kits: EnablementKit;
}

export type NoteTemplate = NonNullable<CallNote['template']>;
export type OpportunityStage = Opportunity['stage'];
export type FeedbackKind = Feedback['kind'];
export type CollateralKind = Collateral['kind'];
export type MeetingKind = Meeting['kind'];
export type ActivityKind = Activity['kind'];
