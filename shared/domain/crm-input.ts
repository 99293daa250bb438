/**
 * What a rep types into the account and opportunity forms, checked before anything is stored:
 * each problem is named per field, in words the rep can act on. Pure.
 */
import type { Account, Opportunity, OpportunityStage } from '../schemas/index.ts';
import { isStage } from './pipeline.ts';

export type FieldErrors<K extends string> = Partial<Record<K, string>>;
export type Parsed<T, K extends string> = { ok: true; value: T } | { ok: false; errors: FieldErrors<K> };

export interface AccountForm {
  name: string;
  industry: string;
  segment: string;
  website: string;
  city: string;
  country: string;
  summary: string;
}

export type AccountFields = Pick<Account, 'name'> & Partial<Pick<Account, 'industry' | 'segment' | 'website' | 'city' | 'country' | 'summary'>>;

const LIMITS = { name: 200, label: 100, website: 500, summary: 20_000, competitors: 100 } as const;

function tooLong(value: string, max: number): string | undefined {
  return value.length > max ? `Keep it under ${max.toLocaleString('en')} characters.` : undefined;
}

function optional<K extends string>(out: Record<string, string>, key: K, value: string): void {
  const trimmed = value.trim();
  if (trimmed !== '') out[key] = trimmed;
}

export function parseAccountForm(form: AccountForm): Parsed<AccountFields, keyof AccountForm> {
  const errors: FieldErrors<keyof AccountForm> = {};
  const name = form.name.trim();
  if (name === '') errors.name = 'Give the account a name.';
  else errors.name = tooLong(name, LIMITS.name);
  for (const key of ['industry', 'segment', 'city', 'country'] as const) errors[key] = tooLong(form[key].trim(), LIMITS.label);
  errors.summary = tooLong(form.summary.trim(), LIMITS.summary);
  const website = form.website.trim();
  if (website !== '') {
    errors.website = tooLong(website, LIMITS.website) ?? (isWebAddress(website) ? undefined : 'Enter a web address such as https://example.com.');
  }
  if (Object.values(errors).some(Boolean)) return { ok: false, errors: withoutEmpty(errors) };
  const value: Record<string, string> = { name };
  for (const key of ['industry', 'segment', 'city', 'country', 'summary'] as const) optional(value, key, form[key]);
  if (website !== '') value.website = /^https?:\/\//i.test(website) ? website : `https://${website}`;
  return { ok: true, value: value as AccountFields };
}

function isWebAddress(text: string): boolean {
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

function withoutEmpty<K extends string>(errors: FieldErrors<K>): FieldErrors<K> {
  return Object.fromEntries(Object.entries(errors).filter(([, message]) => message)) as FieldErrors<K>;
}

export interface OpportunityForm {
  name: string;
  stage: string;
  amount: string;
  currency: string;
  /** yyyy-mm-dd from a date input. */
  closeDate: string;
  product: string;
  /** Comma-separated competitor names. */
  competitors: string;
}

export type OpportunityFields = Pick<Opportunity, 'name' | 'stage' | 'amount' | 'currency' | 'closeDate' | 'competitors'> & { product?: string };

/** A yyyy-mm-dd date as local 17:00 that day (deals close at the end of a working day). */
export function parseDateInput(text: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day, 17, 0, 0, 0);
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) return null;
  return date.getTime();
}

export function formatDateInput(at: number): string {
  const date = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function splitLabels(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(',')) {
    const label = part.trim();
    if (label !== '' && !out.some((seen) => seen.toLocaleLowerCase() === label.toLocaleLowerCase())) out.push(label);
  }
  return out;
}

export function parseOpportunityForm(form: OpportunityForm): Parsed<OpportunityFields, keyof OpportunityForm> {
  const errors: FieldErrors<keyof OpportunityForm> = {};
  const name = form.name.trim();
  errors.name = name === '' ? 'Name the deal.' : tooLong(name, LIMITS.name);
  if (!isStage(form.stage)) errors.stage = 'Choose a stage.';
  const amountText = form.amount.replace(/[\s,_]/g, '');
  const amount = Number(amountText);
  if (amountText === '' || !Number.isFinite(amount)) errors.amount = 'Enter the amount as a number, such as 45000.';
  else if (amount < 0) errors.amount = 'The amount cannot be negative.';
  else if (amount > 1_000_000_000_000) errors.amount = 'That amount is too large.';
  const currency = form.currency.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) errors.currency = 'Use a three-letter currency code, such as EUR.';
  const closeDate = parseDateInput(form.closeDate);
  if (closeDate === null) errors.closeDate = 'Pick the expected close date.';
  errors.product = tooLong(form.product.trim(), LIMITS.label);
  const competitors = splitLabels(form.competitors);
  if (competitors.length > LIMITS.competitors) errors.competitors = 'List at most 100 competitors.';
  else if (competitors.some((c) => c.length > LIMITS.label)) errors.competitors = 'Keep each competitor’s name under 100 characters.';
  if (Object.values(errors).some(Boolean) || closeDate === null) return { ok: false, errors: withoutEmpty(errors) };
  const product = form.product.trim();
  return {
    ok: true,
    value: {
      name,
      stage: form.stage as OpportunityStage,
      amount: Math.round(amount * 100) / 100,
      currency,
      closeDate,
      competitors,
      ...(product ? { product } : {}),
    },
  };
}
