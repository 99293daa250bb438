import { describe, expect, it } from 'vitest';
import { formatDateInput, parseAccountForm, parseDateInput, parseOpportunityForm, splitLabels, type AccountForm, type OpportunityForm } from './crm-input.ts';

const account: AccountForm = { name: ' Halden Cold Chain ', industry: 'Logistics', segment: '', website: 'halden.example', city: '', country: 'NL', summary: '' };

describe('parseAccountForm', () => {
  it('trims, drops empty fields and completes the web address', () => {
    expect(parseAccountForm(account)).toEqual({
      ok: true,
      value: { name: 'Halden Cold Chain', industry: 'Logistics', website: 'https://halden.example', country: 'NL' },
    });
  });

  it.each([
    [{ name: '   ' }, 'name', 'Give the account a name.'],
    [{ name: 'x'.repeat(201) }, 'name', 'Keep it under 200 characters.'],
    [{ website: 'javascript:alert(1)' }, 'website', 'Enter a web address such as https://example.com.'],
    [{ website: 'not a site' }, 'website', 'Enter a web address such as https://example.com.'],
    [{ industry: 'x'.repeat(101) }, 'industry', 'Keep it under 100 characters.'],
    [{ summary: 'x'.repeat(20_001) }, 'summary', 'Keep it under 20,000 characters.'],
  ])('refuses %j with a message on %s', (patch, field, message) => {
    const parsed = parseAccountForm({ ...account, ...patch });
    expect(parsed).toEqual({ ok: false, errors: { [field]: message } });
  });
});

const deal: OpportunityForm = { name: 'Halden rollout', stage: 'demo', amount: '184,000', currency: 'eur', closeDate: '2026-12-11', product: 'Beacon Analytics', competitors: 'Quantrel, quantrel , Orbiqa,' };

describe('parseOpportunityForm', () => {
  it('reads amount, currency, date and competitors', () => {
    const parsed = parseOpportunityForm(deal);
    expect(parsed).toEqual({
      ok: true,
      value: {
        name: 'Halden rollout',
        stage: 'demo',
        amount: 184_000,
        currency: 'EUR',
        closeDate: new Date(2026, 11, 11, 17).getTime(),
        competitors: ['Quantrel', 'Orbiqa'],
        product: 'Beacon Analytics',
      },
    });
  });

  it.each([
    [{ name: '' }, 'name'],
    [{ stage: 'won' }, 'stage'],
    [{ amount: 'lots' }, 'amount'],
    [{ amount: '' }, 'amount'],
    [{ amount: '-5' }, 'amount'],
    [{ amount: '1e13' }, 'amount'],
    [{ currency: 'euro' }, 'currency'],
    [{ closeDate: '2026-02-30' }, 'closeDate'],
    [{ closeDate: '' }, 'closeDate'],
    [{ competitors: 'x'.repeat(101) }, 'competitors'],
  ])('refuses %j on %s', (patch, field) => {
    const parsed = parseOpportunityForm({ ...deal, ...patch });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(Object.keys(parsed.errors)).toEqual([field]);
  });
});

describe('dates and labels', () => {
  it('round-trips a date input', () => {
    const at = parseDateInput('2027-01-31');
    expect(at).not.toBeNull();
    expect(formatDateInput(at ?? 0)).toBe('2027-01-31');
  });

  it.each(['31/01/2027', '2027-13-01', 'tomorrow'])('refuses the date %j', (text) => {
    expect(parseDateInput(text)).toBeNull();
  });

  it('splits labels without blanks or repeats', () => {
    expect(splitLabels(' a, b ,,A, c')).toEqual(['a', 'b', 'c']);
  });
});
