import type { BattleCard } from '../../schemas/index.ts';
import { CARD_IDS, COMPETITORS, PRODUCTS, md } from '../catalog.ts';
import type { DemoClock } from '../context.ts';

export function inHouseCard(clock: DemoClock): BattleCard {
  const publishedAt = clock.on(-45, 11, 0);
  return {
    id: CARD_IDS.inHouse,
    competitor: COMPETITORS.inHouse,
    title: 'In-house build: when the customer wants to do it themselves',
    summary:
      'A capable data team proposes scripts, an open-source scheduler and a free BI tool instead of buying. ' +
      'Don’t argue with their skill; make the maintenance cost and the opportunity cost of that team visible, and offer to take the undifferentiated plumbing off their plate.',
    products: [PRODUCTS.connect, PRODUCTS.analytics],
    sections: [
      {
        heading: 'Where they win',
        body: md(
          '- A strong data engineering team with spare capacity and an engineering-led culture.',
          '- Truly unusual sources or logic no vendor will support.',
          '- Budgets that favour salaries (already approved) over new subscriptions.',
        ),
      },
      {
        heading: 'Where we win',
        body: md(
          '- **Maintenance.** Every upstream schema change breaks a script; our connectors are maintained and covered by the SLA.',
          '- **Reliability.** Retries, alerts and “last good data stays published” come built in; home-grown pipelines rarely have them.',
          '- **Focus.** The team’s time goes to the models and analysis only they can build, not to connector upkeep.',
          '- **Key-person risk.** When the engineer who wrote the scripts leaves, the knowledge leaves with them.',
        ),
      },
      {
        heading: 'Landmines to lay',
        body: md(
          '1. “How many hours a month does the team spend fixing integrations, and who tracks it?”',
          '2. “How many data loads failed last month, and who downstream noticed first?”',
          '3. “What would that team build if integration upkeep went away?”',
        ),
      },
      {
        heading: 'Pricing and ROI',
        body: md(
          'Walk the **Connect ROI worksheet** with their engineering lead and fill in *their* numbers:',
          '',
          '- 14 integrations × 6 hours a month × 85 per hour is already 85,680 a year before failed loads.',
          '- Failed loads cost downstream teams another ~45,900 a year in the default case.',
          '- Connect Scale at 72,000 pays back inside a year in the default case; QuickStart services in about five months.',
        ),
      },
      {
        heading: 'Proof points',
        body: md(
          '- **Ashgrove Water** retired 22 in-house scripts in one quarter; their two data engineers moved on to leak-detection models.',
          '- Offer a **two-week integration sprint** with their engineers: they keep ownership, we bring the connectors.',
        ),
      },
    ],
    objections: [
      {
        objection: 'Our engineers can build this in a few weeks.',
        response:
          'I believe they can build it. The question is who maintains it for the next five years, through every upstream change. ' +
          'Let’s fill in the ROI worksheet with your own incident log; if building still wins on your numbers, I’ll tell you so.',
      },
      {
        objection: 'Open source is free.',
        response:
          'The licence is free; the hours are not. In most teams we meet, integration upkeep is the largest line in the data budget and the least visible one. ' +
          'Connect takes that line over and leaves your engineers the work that actually differentiates you.',
      },
      {
        objection: 'We don’t want to be locked into a vendor.',
        response:
          'Fair. Connect writes to your warehouse in open formats, and your transformations stay in your own repository. ' +
          'If you leave, the data and the logic stay with you. That is less lock-in than scripts only one engineer understands.',
      },
      {
        objection: 'Our sources are too specific for an off-the-shelf tool.',
        response:
          'Some probably are; the generic REST and database connectors cover most of those, and the rest can keep their scripts. ' +
          'Let’s list your sources and mark which ones are truly unique. Usually it is two or three out of fifteen.',
      },
    ],
    version: 3,
    publishedAt,
    updatedAt: publishedAt,
  };
}
