import type { BattleCard } from '../../schemas/index.ts';
import { CARD_IDS, COMPETITORS, PRODUCTS, md } from '../catalog.ts';
import type { DemoClock } from '../context.ts';

/** Deliberately not refreshed for over 90 days: the demo shows the "stale card" warning on it. */
export function orbiqaCard(clock: DemoClock): BattleCard {
  const publishedAt = clock.on(-118, 14, 0);
  return {
    id: CARD_IDS.orbiqa,
    competitor: COMPETITORS.orbiqa,
    title: 'Orbiqa: countering the ERP suite bundle',
    summary:
      'Orbiqa bundles integration and reporting into its ERP suite and tells customers it is “already paid for”. ' +
      'We win when the customer runs more than Orbiqa’s own ERP, or needs the data on the floor rather than in the back office.',
    products: [PRODUCTS.connect, PRODUCTS.analytics],
    sections: [
      {
        heading: 'Where they win',
        body: md(
          '- Customers that run Orbiqa ERP everywhere and few other systems.',
          '- The CIO has a “one vendor” strategy and an Orbiqa enterprise agreement up for renewal.',
          '- Back-office reporting on ERP data only, with no operational or third-party sources.',
        ),
      },
      {
        heading: 'Where we win',
        body: md(
          '- **Everything that is not Orbiqa.** Their integration layer is built to move data *into* Orbiqa; SCADA, lab systems, WMS and other ERPs need partners.',
          '- **Neutrality.** Connect treats Orbiqa as one source among sixty; customers keep their options at the next ERP renewal.',
          '- **Speed of change.** Orbiqa reporting changes ride the suite’s release train (two releases a year). A Beacon builder ships a new metric the same day.',
          '- **Usability.** Orbiqa dashboards assume ERP roles and transaction codes; shift supervisors don’t have either.',
        ),
      },
      {
        heading: 'Landmines to lay',
        body: md(
          '1. “Which of your critical systems are *not* Orbiqa, and how does data get out of them today?”',
          '2. “Is the bundled reporting in your current agreement, or in the next tier?”',
          '3. “How long did your last reporting change request take through the Orbiqa team?”',
        ),
      },
      {
        heading: 'Pricing',
        body: md(
          '- “Included” usually means the *Standard* analytics tier: 5 designer seats and no real-time sources.',
          '- The real-time and third-party connector pack is a separate SKU, typically 15–20% uplift on the ERP subscription.',
          '- Ask to see the renewal quote with the pack included before comparing.',
        ),
      },
    ],
    objections: [
      {
        objection: 'Orbiqa’s reporting is already included in our ERP contract.',
        response:
          'The Standard tier is, and it covers ERP data in the back office. Live data from your other systems sits in the connector pack, which is priced as an uplift on the whole ERP subscription. ' +
          'Let’s put your renewal quote with that pack next to Beacon before deciding what is free.',
      },
      {
        objection: 'Our CIO wants one vendor for everything.',
        response:
          'One vendor for the ERP makes sense. For the data layer, one vendor means every future system has to come through Orbiqa’s roadmap. ' +
          'Connect keeps Orbiqa as a first-class source and leaves you free at the next renewal; that is a risk argument your CIO will recognise.',
      },
      {
        objection: 'Orbiqa announced real-time dashboards in their next release.',
        response:
          'Announced, and planned for the suite’s next release window. Ask whether it covers non-Orbiqa sources and what edition it ships in. ' +
          'Beacon is running live on the floor at customers today; we can show you one on a reference call this month.',
      },
    ],
    version: 1,
    publishedAt,
    updatedAt: publishedAt,
  };
}
