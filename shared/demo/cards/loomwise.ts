import type { BattleCard } from '../../schemas/index.ts';
import { CARD_IDS, COMPETITORS, PRODUCTS, md } from '../catalog.ts';
import type { DemoClock } from '../context.ts';

export function loomwiseCard(clock: DemoClock): BattleCard {
  const publishedAt = clock.on(-26, 10, 0);
  return {
    id: CARD_IDS.loomwise,
    competitor: COMPETITORS.loomwise,
    title: 'Loomwise: beating the low-cost integration tool',
    summary:
      'Loomwise is a self-serve integration tool with light dashboards, sold by credit card and by aggressive inside sales. ' +
      'It wins small, simple projects on price; we win once volume, governance or operational data enter the picture, so make the customer size the next two years, not the first project.',
    products: [PRODUCTS.connect, PRODUCTS.analytics],
    sections: [
      {
        heading: 'Where they win',
        body: md(
          '- Small teams with a handful of SaaS apps and no integration owner.',
          '- A single, well-bounded project (a supplier portal, a CRM sync) with a tight budget.',
          '- Buyers who want to start today with a free trial and no sales cycle.',
          '- End of quarter: Loomwise discounts 30–40% to close, often in the last week.',
        ),
      },
      {
        heading: 'Where we win',
        body: md(
          '- **Volume.** Loomwise bills per task; at a few million records a month their bill overtakes Connect Scale.',
          '- **Operational sources.** No change data capture and no on-prem agent: ERP databases and plant systems are out of reach.',
          '- **Governance.** No audit log export, no SCIM, roles are all-or-nothing. Security reviews at mid-size companies stall here.',
          '- **Analytics on top.** Their dashboards are a sidecar; Beacon Analytics shares one metric catalogue with Connect.',
        ),
      },
      {
        heading: 'Landmines to lay',
        body: md(
          '1. “How many records a month will this move in two years, not in the pilot?”',
          '2. “Which of your sources live inside your network, not in the cloud?”',
          '3. “Who gets paged when a recipe breaks at 2 a.m., and how will you know?”',
          '4. “What will your security team ask about audit logs and user provisioning?”',
        ),
      },
      {
        heading: 'Pricing',
        body: md(
          '- Team plan about 9,000 a year for 1M tasks; every extra million tasks costs ~2,500.',
          '- A typical mid-size ERP sync runs 6–10M tasks a month, i.e. 150,000+ a year at list.',
          '- Expect a 30–40% discount late in the quarter. **Do not match it**; re-size the deal on two-year volume with the Connect ROI worksheet.',
        ),
      },
    ],
    objections: [
      {
        objection: 'Loomwise is a third of your price.',
        response:
          'For the first project, it may be. Let’s price the second year together: at your expected volume Loomwise bills per task, and the ERP sync alone runs millions of tasks a month. ' +
          'Connect is a flat edition price with change data capture included. I’ll bring both numbers on one page.',
      },
      {
        objection: 'We can start with Loomwise today, no sales cycle.',
        response:
          'Speed matters, and we can match it: QuickStart has your first two sources live in days, and a sandbox is available this week. ' +
          'What takes time later is getting through security without audit logs or SCIM; that is where Loomwise projects at your size usually stall.',
      },
      {
        objection: 'Loomwise has 1,000 connectors; you have 60.',
        response:
          'Most of theirs are community recipes with no support contract. Ours are maintained by Beacon engineers and covered by the SLA. ' +
          'Which five sources matter to you? Let’s check those five on both lists, including who fixes them when the vendor changes an API.',
      },
    ],
    version: 2,
    publishedAt,
    updatedAt: publishedAt,
  };
}
