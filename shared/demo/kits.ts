import type { EnablementKit } from '../schemas/index.ts';
import { CARD_IDS, COLLATERAL_IDS, FEEDBACK_IDS, KIT_IDS, PRODUCTS, SCRIPT_IDS } from './catalog.ts';
import type { DemoClock } from './context.ts';

/** The upcoming Beacon Forecast launch: what every rep must read, practise and know before it. */
export function buildEnablementKits(clock: DemoClock): EnablementKit[] {
  return [
    {
      id: KIT_IDS.forecastLaunch,
      title: 'Beacon Forecast launch: field readiness',
      product: PRODUCTS.forecast,
      launchDate: clock.on(14, 9, 0),
      dueDate: clock.on(10, 17, 0),
      requiredItemIds: [
        SCRIPT_IDS.forecastFirstLook,
        COLLATERAL_IDS.forecastDeck,
        COLLATERAL_IDS.priceList,
        CARD_IDS.quantrel,
      ],
      qualification: {
        fit: [
          'Runs Beacon Analytics Professional or Enterprise, or is buying it in the same deal.',
          'Planners rebuild the forecast in spreadsheets at least once a week.',
          'Has 12 months or more of sales or shipment history per SKU and site.',
          'Holds a weekly planning or S&OP meeting with a named owner.',
        ],
        notFit: [
          'Analytics Essentials customers: Forecast is not sold on Essentials.',
          'Make-to-order businesses with no repeat demand for a model to learn from.',
          'Requests for financial budgeting or FP&A: route those to our planning partners.',
        ],
      },
      knowledgeCheck: [
        {
          question: 'Which customers can buy Beacon Forecast?',
          choices: [
            'Any Beacon Connect customer',
            'Beacon Analytics Professional or Enterprise customers',
            'Beacon Analytics Essentials customers only',
            'Anyone, as a standalone product',
          ],
          answerIndex: 1,
        },
        {
          question: 'What is the early-access offer?',
          choices: [
            '10% off every year of a three-year term',
            '25% off the first year for orders signed before general availability plus 60 days',
            'Free until general availability',
            'QuickStart services at no charge',
          ],
          answerIndex: 1,
        },
        {
          question: 'A prospect says Quantrel Predict already forecasts for them. What is the strongest first response?',
          choices: [
            'Offer a discount that matches Predict’s price',
            'Show that Forecast explains the drivers behind each number and measures planner overrides',
            'Tell them Predict is being discontinued',
            'Move the conversation to Beacon Connect',
          ],
          answerIndex: 1,
        },
        {
          question: 'What forecast error (MAPE) did the design partners see?',
          choices: ['From 31% to 19%', 'From 19% to 9%', 'From 50% to 31%', 'No measurable change yet'],
          answerIndex: 0,
        },
      ],
      faq: [
        {
          question: 'Can a customer with only Beacon Connect buy Forecast?',
          answer:
            'Not on its own. Forecast runs on the metric catalogue in Beacon Analytics, so it needs Analytics Professional or Enterprise. ' +
            'For Connect-only customers, propose Analytics Professional and Forecast together; the early-access discount applies to the Forecast line.',
          feedbackId: FEEDBACK_IDS.forecastConnectOnly,
        },
        {
          question: 'Does Forecast replace the planning module in the customer’s ERP?',
          answer:
            'No. Forecast produces and explains the demand forecast; the agreed plan is written back to the ERP through Beacon Connect, ' +
            'and supply planning stays where it is today.',
        },
      ],
      version: 2,
      publishedAt: clock.on(-3, 9, 0),
      updatedAt: clock.on(-1, 15, 0),
    },
  ];
}
