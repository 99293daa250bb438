/**
 * Words the dataset generator combines into sales-looking text. Realistic lengths and variety
 * matter: IndexedDB cost depends on document size, and identical strings would compress or
 * deduplicate in ways real notes never do.
 */

export const COMPANY_PREFIXES = [
  'Alder', 'Brightwater', 'Cobalt', 'Driftwood', 'Eastfield', 'Fernhill', 'Granite', 'Harbor', 'Ironbridge',
  'Juniper', 'Kestrel', 'Lakeside', 'Meridian', 'Northgate', 'Oakmont', 'Pinecrest', 'Quarry', 'Redwood',
  'Silverline', 'Tamsin', 'Upland', 'Valley', 'Westbrook', 'Yarrow', 'Zephyr', 'Greyhollow', 'Halden', 'Marlow',
] as const;

export const COMPANY_SUFFIXES = [
  'Foods', 'Logistics', 'Dairy', 'Manufacturing', 'Health', 'Retail', 'Energy', 'Freight', 'Bakeries',
  'Plastics', 'Pharma', 'Textiles', 'Farms', 'Brewing', 'Components', 'Packaging', 'Tools', 'Labs',
] as const;

export const INDUSTRIES = [
  'Food & beverage', 'Logistics', 'Manufacturing', 'Healthcare', 'Retail', 'Energy', 'Pharmaceuticals', 'Agriculture',
] as const;

export const SEGMENTS = ['SMB', 'Mid-market', 'Enterprise', 'Strategic'] as const;

export const PLACES = [
  ['Lyon', 'France'], ['Rotterdam', 'Netherlands'], ['Leeds', 'United Kingdom'], ['Porto', 'Portugal'],
  ['Gdańsk', 'Poland'], ['Hamburg', 'Germany'], ['Bilbao', 'Spain'], ['Turin', 'Italy'], ['Aarhus', 'Denmark'],
  ['Ghent', 'Belgium'], ['Graz', 'Austria'], ['Cork', 'Ireland'], ['Tampere', 'Finland'], ['Brno', 'Czechia'],
] as const;

/** 25 competitors: 500 battle cards make 20 per competitor, like a large enablement library. */
export const COMPETITORS = [
  'Quantrel', 'Loomwise', 'Orbiqa', 'In-house build', 'Plantwise', 'Metricor', 'Fablio', 'Gridstone', 'Lumetra',
  'Novasight', 'Operon', 'Prismatic', 'Rivetly', 'Sentrix', 'Trellis', 'Umbra Data', 'Vantic', 'Wexford Suite',
  'Axiomly', 'Bramble', 'Cinder', 'Dovetail', 'Everline', 'Foundry One', 'Helix Ops',
] as const;

export const PRODUCTS = ['Beacon Analytics', 'Beacon Connect', 'Beacon Forecast', 'Beacon Mobile', 'Beacon Edge'] as const;

export const CARD_TOPICS = [
  'pricing objections', 'security review', 'plant-floor rollout', 'ERP integration', 'total cost of ownership',
  'forecast accuracy', 'adoption after go-live', 'procurement tactics', 'renewal defence', 'executive pitch',
  'data residency', 'mobile use on the line', 'migration path', 'support and SLAs', 'proof of concept',
  'analyst reports', 'partner ecosystem', 'AI claims', 'implementation time', 'reference customers',
] as const;

export const TAGS = [
  'qbr', 'pricing', 'security', 'expansion', 'renewal', 'adoption', 'champion', 'procurement', 'legal', 'pilot',
  'risk', 'technical', 'executive', 'onboarding', 'integration',
] as const;

export const PEOPLE = [
  'Claire Moreau', 'Hugo Lefèvre', 'Anna Kowalska', 'Sven Olsen', 'Marta Ruiz', 'Tom Becker', 'Ines Duarte',
  'Pieter de Vries', 'Giulia Conti', 'Liam Walsh', 'Eva Novak', 'Jonas Berg', 'Sara Lindqvist', 'Omar Haddad',
] as const;

export const ROLES = [
  'Plant Operations Director', 'Head of Demand Planning', 'CFO', 'IT Security Lead', 'Procurement Manager',
  'VP Supply Chain', 'Line Supervisor', 'Data Engineer', 'COO', 'Quality Manager',
] as const;

export const FINDINGS = [
  'Waste on line 3 is down since the wall screens went live',
  'Finance still reconciles at month-end in a spreadsheet',
  'The pilot plant wants alerts on their phones, not email',
  'Procurement asked for a three-year price hold',
  'Security review is blocked on the SSO questionnaire',
  'They compared our forecast accuracy with last quarter',
  'Adoption dipped after the shift pattern changed',
  'The champion moves to a new role in the spring',
  'Legal wants the data processing agreement redlined',
  'Budget comes from supply chain, not from IT',
  'Two plants still export CSV files by hand every night',
  'The competitor offered six free months to switch',
] as const;

export const ACTIONS = [
  'Send the security overview', 'Book a technical deep dive', 'Share the ROI worksheet',
  'Introduce our solutions engineer', 'Draft the pilot success criteria', 'Confirm the rollout dates',
  'Follow up on the price hold', 'Prepare the executive summary', 'Share two reference customers',
  'Check the SSO setup with IT', 'Send the revised order form', 'Schedule the QBR',
] as const;
