import type { BattleCard } from '../../schemas/index.ts';
import { CARD_IDS, COMPETITORS, PRODUCTS, md } from '../catalog.ts';
import type { DemoClock } from '../context.ts';

export function quantrelCard(clock: DemoClock): BattleCard {
  const publishedAt = clock.on(-12, 9, 30);
  return {
    id: CARD_IDS.quantrel,
    competitor: COMPETITORS.quantrel,
    title: 'Quantrel: winning against the BI incumbent',
    summary:
      'Quantrel is the enterprise BI suite most Analytics prospects already own, bought by finance and modelled by consultants. ' +
      'We win when operations need live numbers on the floor and cannot wait for the next cube rebuild: lead with time to value and three-year cost, not features.',
    products: [PRODUCTS.analytics, PRODUCTS.forecast],
    sections: [
      {
        heading: 'Where they win',
        body: md(
          '- The buyer is **finance** and the use case is month-end reporting or statutory consolidation.',
          '- The customer has years of Quantrel models and an internal Quantrel team to protect them.',
          '- Procurement wants one enterprise agreement and Quantrel is already on it.',
          '- The deal is decided on a feature checklist instead of a pilot with real users.',
        ),
      },
      {
        heading: 'Where we win',
        body: md(
          '- **People on the floor.** Shift and site views on wall screens and tablets; Quantrel’s viewer is a desktop report.',
          '- **Freshness.** Beacon refreshes in under 2 minutes through Connect; Quantrel cubes rebuild nightly (hourly costs extra).',
          '- **Time to value.** Median 6 weeks to the first live site, against 4–9 months for a typical Quantrel project.',
          '- **Cost of change.** A builder adds a metric to the catalogue in minutes; in Quantrel a consultant changes the cube.',
        ),
      },
      {
        heading: 'Landmines to lay',
        body: md(
          'Ask these in discovery so the customer names Quantrel’s weaknesses, not you:',
          '',
          '1. “How old is the data on the screen when a shift supervisor makes a call?”',
          '2. “The last time you added a KPI, who changed the model and how long did it take?”',
          '3. “What do you pay your Quantrel partner each year on top of the licence?”',
          '4. “How many of your licensed users logged in last month?”',
        ),
      },
      {
        heading: 'Pricing',
        body: md(
          '- Quantrel lists per named user: about 1,200 per author and 300 per viewer per year, plus server cores on-prem.',
          '- Partner services usually add 60–100% of the licence in year one and ~30% every year after.',
          '- **Quantrel Predict** (their forecasting add-on) is an extra 40% on the platform fee.',
          '- Compare **three-year total cost including partner days**, never licence against licence.',
        ),
      },
      {
        heading: 'Proof points',
        body: md(
          '- **Greyhollow Dairy Co-operative** replaced a Quantrel cube: weekly reporting from 5 days to 4 hours, 96,000 GBP a year saved. The case study is in Collateral.',
          '- **Tamsin Foods** chose Beacon over Quantrel for plant-floor analytics after a three-week pilot on two lines.',
          '- Position **coexistence** first: Quantrel keeps month-end, Beacon takes the decisions made during the shift. Never open with rip-and-replace.',
        ),
      },
    ],
    objections: [
      {
        objection: 'We already have Quantrel. Why would we buy a second BI tool?',
        response:
          'You shouldn’t buy two tools for the same job, and we are not asking you to. Quantrel does month-end and board reporting well; Beacon serves the people who decide during the shift, on data that is minutes old. ' +
          'Most of our customers run both. Which decisions today are made on yesterday’s numbers? That is the scope we are talking about.',
      },
      {
        objection: 'Quantrel has far more chart types and features.',
        response:
          'It does, and most of them are used by a handful of analysts. Ask how many licensed users logged in last month. ' +
          'Beacon is measured by adoption: 92% of our licensed users are active every month, because a line manager can read a dashboard without training.',
      },
      {
        objection: 'Our Quantrel partner says they can build live dashboards too.',
        response:
          'They can, with a real-time connector and a consultant to maintain it. Ask them for the quote, the timeline and a reference running it on a production floor. ' +
          'Greyhollow’s partner quoted nine months; they were live with Beacon in six weeks, and their own team now changes the metrics.',
      },
      {
        objection: 'Quantrel Predict already gives us forecasting.',
        response:
          'Predict produces a number; Beacon Forecast shows the drivers behind it and measures whether a planner’s override helped. ' +
          'Planners trust a forecast they can explain. And Predict costs 40% on top of the platform fee, while Forecast is a flat add-on to Analytics.',
      },
      {
        objection: 'IT won’t approve another vendor.',
        response:
          'Understood, so let’s make it easy for them: SAML SSO, SCIM, SOC 2 Type II and ISO 27001, EU or US data residency. ' +
          'Send the Connect security overview to their architect now and offer a 30-minute call with our security team before the pilot, not after.',
      },
    ],
    version: 4,
    publishedAt,
    updatedAt: publishedAt,
  };
}
