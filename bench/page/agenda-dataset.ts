/**
 * A rep's deals and calendar for the benchmark's accounts: one opportunity for each of the first
 * accounts and meetings from two weeks ago to two weeks ahead of `now`, so Today and the pre-call
 * brief have real work to do. Deterministic for a seed and `now`.
 */
import { OPPORTUNITY_STAGES, MEETING_KINDS } from '../../shared/schemas/index.ts';
import type { Account, Meeting, Opportunity } from '../../shared/schemas/index.ts';
import { createRandom } from './random.ts';
import * as words from './vocabulary.ts';

const DAY = 86_400_000;
const HOUR = 3_600_000;

export interface AgendaSize {
  opportunities: number;
  meetings: number;
}

export function generateAgenda(accounts: readonly Account[], size: AgendaSize, seed: number, now: number): { opportunities: Opportunity[]; meetings: Meeting[] } {
  const random = createRandom(seed ^ 0x5eed);
  const dayStart = new Date(now);
  dayStart.setHours(0, 0, 0, 0);
  const opportunities = accounts.slice(0, size.opportunities).map((account, index): Opportunity => {
    const stage = random.pick(OPPORTUNITY_STAGES);
    const at = now - random.int(5, 120) * DAY;
    return {
      id: `bench-opp-${index + 1}`,
      ownerId: account.ownerId,
      accountId: account.id,
      name: `${account.name}: ${random.pick(words.CARD_TOPICS)}`,
      stage,
      amount: random.int(5, 400) * 1_000,
      currency: random.pick(['EUR', 'GBP', 'USD'] as const),
      closeDate: now + random.int(-60, 120) * DAY,
      competitors: random.sample(words.COMPETITORS, random.int(1, 2)),
      product: random.pick(words.PRODUCTS),
      stageHistory: [{ stage, at }],
      createdAt: at,
      updatedAt: at,
    };
  });
  const meetings = Array.from({ length: size.meetings }, (_, index): Meeting => {
    const opportunity = random.pick(opportunities);
    const startsAt = dayStart.getTime() + random.int(-14, 14) * DAY + random.int(8, 17) * HOUR;
    return {
      id: `bench-meeting-${index + 1}`,
      ownerId: opportunity.ownerId,
      accountId: opportunity.accountId,
      opportunityId: opportunity.id,
      title: `${opportunity.name.split(':')[0] ?? 'Account'}: ${random.pick(words.CARD_TOPICS)} review`,
      kind: random.pick(MEETING_KINDS),
      startsAt,
      endsAt: startsAt + random.int(1, 3) * HOUR,
      persona: random.pick(words.ROLES),
      createdAt: startsAt - 10 * DAY,
      updatedAt: startsAt - 10 * DAY,
    };
  });
  return { opportunities, meetings };
}
