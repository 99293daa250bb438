/**
 * The probability of closing that the forecast gives a deal in each stage. An admin sets them
 * on the server (`forecast set-probabilities`, `PUT /api/v1/forecast/settings`); until then the
 * defaults below apply. Parsing and validation live here so the CLI, the HTTP edge and the
 * client read the same rules.
 */
import { OPPORTUNITY_STAGES, type OpportunityStage } from '../schemas/index.ts';

export type StageProbabilities = Record<OpportunityStage, number>;

export const DEFAULT_STAGE_PROBABILITIES: Readonly<StageProbabilities> = Object.freeze({
  qualification: 0.1,
  demo: 0.25,
  proposal: 0.5,
  negotiation: 0.75,
  closed_won: 1,
  closed_lost: 0,
});

export type StageProbabilitiesResult =
  | { ok: true; value: Partial<StageProbabilities> }
  | { ok: false; errors: string[] };

const STAGE_LIST = OPPORTUNITY_STAGES.join(', ');
/** A plain decimal: "0", "1", "0.25", ".5", "1.0". No exponents, signs, percentages or hex. */
const DECIMAL = /^(?:\d+(?:\.\d*)?|\.\d+)$/;
/** Keeps error messages readable when the input is a pasted page of text. */
const MAX_ECHO = 40;

function echo(text: string): string {
  return JSON.stringify(text.length > MAX_ECHO ? `${text.slice(0, MAX_ECHO)}…` : text);
}

export function isOpportunityStage(value: string): value is OpportunityStage {
  return (OPPORTUNITY_STAGES as readonly string[]).includes(value);
}

function readProbability(stage: string, value: unknown): { probability: number } | { error: string } {
  if (typeof value !== 'number' || !Number.isFinite(value)) return { error: `${stage}: the probability must be a number between 0 and 1` };
  if (value < 0 || value > 1) return { error: `${stage}: ${value} is not between 0 and 1 (write 0.25 for 25%)` };
  return { probability: value };
}

/**
 * Reads `stage=value` pairs from a command line, e.g. ["qualification=0.1", "demo=0.3"]: a
 * partial update, every problem listed. A stage named twice is refused (which one was meant?).
 */
export function parseStageProbabilityPairs(pairs: readonly string[]): StageProbabilitiesResult {
  if (pairs.length === 0) return { ok: false, errors: [`name at least one stage=value pair (stages: ${STAGE_LIST})`] };
  const errors: string[] = [];
  const value: Partial<StageProbabilities> = {};
  for (const pair of pairs) {
    const separator = pair.indexOf('=');
    if (separator === -1) {
      errors.push(`${echo(pair)} is not stage=value, like demo=0.25`);
      continue;
    }
    const stage = pair.slice(0, separator).trim();
    const raw = pair.slice(separator + 1).trim();
    if (!isOpportunityStage(stage)) {
      errors.push(`unknown stage ${echo(stage)} (stages: ${STAGE_LIST})`);
      continue;
    }
    if (stage in value) {
      errors.push(`${stage} is named twice`);
      continue;
    }
    if (!DECIMAL.test(raw)) {
      errors.push(`${stage}: ${echo(raw)} is not a number between 0 and 1, like 0.25`);
      continue;
    }
    const read = readProbability(stage, Number(raw));
    if ('error' in read) errors.push(read.error);
    else value[stage] = read.probability;
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value };
}

/**
 * Checks a JSON object of stage → probability (a request body's `stageProbabilities`). With
 * `isPartial`, stages may be left out; without it, every stage must be there.
 */
export function validateStageProbabilities(input: unknown, { isPartial }: { isPartial: boolean }): StageProbabilitiesResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, errors: [`stage probabilities must be an object like {"demo": 0.25} (stages: ${STAGE_LIST})`] };
  }
  const errors: string[] = [];
  const value: Partial<StageProbabilities> = {};
  for (const [stage, probability] of Object.entries(input)) {
    if (!isOpportunityStage(stage)) {
      errors.push(`unknown stage ${echo(stage)} (stages: ${STAGE_LIST})`);
      continue;
    }
    const read = readProbability(stage, probability);
    if ('error' in read) errors.push(read.error);
    else value[stage] = read.probability;
  }
  if (!isPartial) {
    const missing = OPPORTUNITY_STAGES.filter((stage) => !(stage in input));
    if (missing.length > 0) errors.push(`missing stages: ${missing.join(', ')}`);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value };
}

/** `base` with the stages of `patch` replaced, every stage present, in the stages' order. */
export function mergeStageProbabilities(base: Readonly<StageProbabilities>, patch: Partial<StageProbabilities>): StageProbabilities {
  const merged = {} as StageProbabilities;
  for (const stage of OPPORTUNITY_STAGES) merged[stage] = patch[stage] ?? base[stage];
  return merged;
}
