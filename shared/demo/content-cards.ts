import type { BattleCard } from '../schemas/index.ts';
import { inHouseCard } from './cards/in-house.ts';
import { loomwiseCard } from './cards/loomwise.ts';
import { orbiqaCard } from './cards/orbiqa.ts';
import { quantrelCard } from './cards/quantrel.ts';
import type { DemoClock } from './context.ts';

/** One battle card per competitor in COMPETITORS. */
export function buildBattleCards(clock: DemoClock): BattleCard[] {
  return [quantrelCard(clock), loomwiseCard(clock), orbiqaCard(clock), inHouseCard(clock)];
}
