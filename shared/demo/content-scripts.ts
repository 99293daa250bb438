import type { DemoScript } from '../schemas/index.ts';
import { PRODUCTS, SCRIPT_IDS } from './catalog.ts';
import type { DemoClock } from './context.ts';

type Step = DemoScript['steps'][number];

/** Copies the steps so that no two built workspaces share a mutable object. */
function script(fields: Omit<DemoScript, 'publishedAt' | 'updatedAt'>, publishedAt: number): DemoScript {
  return { ...fields, steps: fields.steps.map((step) => ({ ...step })), publishedAt, updatedAt: publishedAt };
}

const analyticsExecSteps: Step[] = [
  {
    title: 'Open on their problem',
    talkTrack:
      'Before I show you anything: last time you told me your weekly operations review runs on numbers that are five days old. ' +
      'In the next twenty minutes I’ll show you that same review on numbers that are two minutes old. Stop me whenever something doesn’t match how you run the business.',
    action: 'Title slide with the customer’s logo. No product on screen yet.',
    durationSec: 90,
  },
  {
    title: 'The network at a glance',
    talkTrack:
      'This is the overview your regional managers would open every morning: every site, every KPI, refreshed from your ERP and WMS a couple of minutes ago. ' +
      'Look at the timestamp in the corner. Red means a site is outside its threshold right now, not last week.',
    action: 'Open Dashboards › Network overview; point at the “Updated 2 min ago” badge.',
    durationSec: 180,
  },
  {
    title: 'Drill into an exception',
    talkTrack:
      'Let’s take the red site. One click shows which line, which shift and which product drove the miss. ' +
      'That is a conversation your regional manager can have with the site before lunch, instead of at next week’s review.',
    action: 'Click the red Rotterdam tile, then the Line 3 bar; open the shift breakdown.',
    durationSec: 180,
  },
  {
    title: 'One definition of every KPI',
    talkTrack:
      'In most executive meetings two people bring two different numbers for the same KPI. In Beacon every metric is defined once, in the catalogue, with an owner. ' +
      'When finance and operations both say on-time delivery, they finally mean the same thing.',
    action: 'Open Metric catalogue › On-time delivery; show the owner, the formula and “Used in 14 dashboards”.',
    durationSec: 150,
  },
  {
    title: 'Alerts that reach people',
    talkTrack:
      'Nobody watches dashboards all day. I’ll set a threshold: when dock-to-stock time passes four hours, the shift supervisor gets a Teams message with the chart attached. ' +
      'That is how the numbers change behaviour on the floor.',
    action: 'Create an alert on Dock-to-stock time > 4 h to Teams; fire the sample alert.',
    durationSec: 150,
  },
  {
    title: 'Time to value and next step',
    talkTrack:
      'Greyhollow Dairy went live on their first site in six weeks and cut weekly reporting from five days to four hours. ' +
      'I’d propose a QuickStart on one of your sites, with your own data. Which site would you pick, and who would own it on your side?',
    action: 'Show the Greyhollow results slide, then the QuickStart plan; ask for a pilot site and an owner.',
    durationSec: 120,
  },
];

const connectAdminSteps: Step[] = [
  {
    title: 'Architecture in one picture',
    talkTrack:
      'Let me start with where your data goes, because that is usually your first question. Connect runs in the region you choose. ' +
      'With the on-prem agent nothing inside your network accepts inbound connections: the agent dials out over TLS.',
    action: 'Show the architecture diagram from the security overview; highlight the outbound-only arrow.',
    durationSec: 180,
  },
  {
    title: 'Add a source with change data capture',
    talkTrack:
      'Now a real source. I’m connecting a SQL Server database with change data capture, so we read the transaction log instead of polling tables. ' +
      'The first rows land in under a minute, and from then on only changes move.',
    action: 'Sources › Add › SQL Server with the sandbox credentials; enable CDC; start the initial sync.',
    durationSec: 240,
  },
  {
    title: 'Survive a schema change',
    talkTrack:
      'This is where home-grown scripts usually break. I’ll add a column upstream and you’ll see Connect pick it up: it versions the schema, keeps loading and records the change. ' +
      'Nobody gets paged at two in the morning.',
    action: 'Run the “add column” snippet in the sandbox database; refresh the pipeline; open Schema history.',
    durationSec: 210,
  },
  {
    title: 'Failure and recovery',
    talkTrack:
      'Let’s break it on purpose: I’m revoking the database password. Connect retries with backoff and alerts the pipeline owner after three failures. ' +
      'Meanwhile dashboards keep showing the last good data, never a half-loaded table.',
    action: 'Revoke the sandbox password; show the retries, the owner alert and the dashboard still on last good data.',
    durationSec: 210,
  },
  {
    title: 'Identity and access',
    talkTrack:
      'Access comes from your identity provider: SAML or OIDC sign-in, SCIM provisioning and four roles. ' +
      'I’ll restrict this pipeline to the integration team, so a finance builder can use the data but cannot change the pipeline.',
    action: 'Settings › Access: show the SSO configuration and SCIM sync; restrict the pipeline to the Integration group.',
    durationSec: 180,
  },
  {
    title: 'Audit trail',
    talkTrack:
      'Every configuration change lands in an immutable audit log you can stream to your SIEM. ' +
      'Here is the schema change from a few minutes ago and the revoked password, with who, what and when.',
    action: 'Open Audit log, filter on the last 15 minutes; show the SIEM export settings.',
    durationSec: 150,
  },
  {
    title: 'Agree the security review',
    talkTrack:
      'You’ve seen the agent, change capture, failure handling and access control. What would your security team still need to sign off: the SOC 2 report, the pen-test summary, a call with our security engineer? ' +
      'Let’s write the list now so the review runs alongside the pilot, not after it.',
    action: 'Hand over the Connect security overview; write the review checklist together.',
    durationSec: 120,
  },
];

const forecastSteps: Step[] = [
  {
    title: 'The Monday spreadsheet',
    talkTrack:
      'Most planning teams we meet rebuild the forecast in spreadsheets every Monday, because nobody can explain the ERP number. ' +
      'Beacon Forecast starts from the data already in your Beacon dashboards and forecasts every SKU at every site, every night.',
    action: 'Open Forecast › Overview on the demo tenant; show last night’s run status.',
    durationSec: 120,
  },
  {
    title: 'Why this number',
    talkTrack:
      'Here is one SKU at one site. Under the number you see its drivers: seasonality, a promotion in week 14, a price change, longer supplier lead times. ' +
      'When the plant manager asks why, your planner has the answer on screen.',
    action: 'Open SKU “Yoghurt 500g” at the Lyon site; expand the Drivers panel.',
    durationSec: 180,
  },
  {
    title: 'Overrides that learn',
    talkTrack:
      'Your planners know things the model can’t, like a customer opening a new distribution centre. They override with a reason, and Forecast measures whether the override helped. ' +
      'Over a few months you learn whose judgement to trust on which products.',
    action: 'Override week 16 with the reason “New customer DC”; open the Override accuracy report.',
    durationSec: 180,
  },
  {
    title: 'Publish the plan',
    talkTrack:
      'Once the S&OP meeting agrees the numbers, the plan goes back to your ERP through Beacon Connect instead of being retyped. ' +
      'Without Connect, planners export the agreed plan in one click.',
    action: 'Click Publish plan; show the Connect pipeline writing to the ERP sandbox.',
    durationSec: 150,
  },
  {
    title: 'Early-access offer and next step',
    talkTrack:
      'Our design partners cut forecast error from 31% to 19% and took their planners’ weekly cycle from two days to half a day. ' +
      'Forecast is an add-on to Analytics Professional, and orders signed before general availability plus 60 days get 25% off the first year. ' +
      'Can we book a working session with your planners on one product family?',
    action: 'Show the early-access results slide; propose two dates for a working session.',
    durationSec: 120,
  },
];

export function buildDemoScripts(clock: DemoClock): DemoScript[] {
  return [
    script(
      {
        id: SCRIPT_IDS.analyticsExec,
        title: 'Beacon Analytics: executive overview',
        product: PRODUCTS.analytics,
        persona: 'VP Operations',
        summary: 'Twenty minutes for an operations executive: live network view, one exception, one KPI definition, alerts, and a pilot ask.',
        steps: analyticsExecSteps,
        version: 3,
      },
      clock.on(-34, 10, 0),
    ),
    script(
      {
        id: SCRIPT_IDS.connectAdmin,
        title: 'Beacon Connect: technical deep-dive',
        product: PRODUCTS.connect,
        persona: 'IT admin / integration architect',
        summary: 'Twenty-five minutes in the sandbox for the people who will run it: architecture, change capture, failure handling, access and audit.',
        steps: connectAdminSteps,
        version: 2,
      },
      clock.on(-19, 15, 30),
    ),
    script(
      {
        id: SCRIPT_IDS.forecastFirstLook,
        title: 'Beacon Forecast: first look',
        product: PRODUCTS.forecast,
        persona: 'Head of Supply Chain Planning',
        summary: 'Launch demo for planning leaders at Analytics customers: explainable forecasts, learning overrides, plan published to the ERP.',
        steps: forecastSteps,
        version: 1,
      },
      clock.on(-7, 9, 0),
    ),
  ];
}
