import { useState } from 'react';
import { formatDateInput, parseOpportunityForm, type OpportunityFields, type OpportunityForm as Form } from '../../../shared/domain/crm-input.ts';
import { STAGE_LABELS } from '../../../shared/domain/pipeline.ts';
import { OPPORTUNITY_STAGES, type Opportunity } from '../../../shared/schemas/index.ts';
import '../crm/crm.css';
import { FormField } from './FormField.tsx';
import { useFormSubmit } from './useFormSubmit.ts';

function initialForm(opportunity: Opportunity | null, now: number): Form {
  return {
    name: opportunity?.name ?? '',
    stage: opportunity?.stage ?? 'qualification',
    amount: opportunity ? String(opportunity.amount) : '',
    currency: opportunity?.currency ?? 'EUR',
    closeDate: formatDateInput(opportunity?.closeDate ?? now + 90 * 86_400_000),
    product: opportunity?.product ?? '',
    competitors: opportunity?.competitors.join(', ') ?? '',
  };
}

export function OpportunityForm({
  opportunity,
  submitLabel,
  onSave,
}: {
  opportunity: Opportunity | null;
  submitLabel: string;
  onSave(fields: OpportunityFields): Promise<void>;
}) {
  const [form, setForm] = useState(() => initialForm(opportunity, Date.now()));
  const { errors, failure, saving, submit } = useFormSubmit(form, parseOpportunityForm, onSave);
  const set = (key: keyof Form) => (value: string) => setForm({ ...form, [key]: value });

  return (
    <form className="form-grid" onSubmit={submit} noValidate>
      <FormField id="opp-name" label="Name" value={form.name} error={errors.name} onChange={set('name')} />
      <div>
        <label htmlFor="opp-stage">Stage</label>
        <select id="opp-stage" value={form.stage} onChange={(e) => set('stage')(e.target.value)}>
          {OPPORTUNITY_STAGES.map((stage) => (
            <option key={stage} value={stage}>
              {STAGE_LABELS[stage]}
            </option>
          ))}
        </select>
      </div>
      <FormField id="opp-amount" label="Amount" value={form.amount} error={errors.amount} onChange={set('amount')} />
      <FormField id="opp-currency" label="Currency" value={form.currency} error={errors.currency} onChange={set('currency')} />
      <FormField id="opp-close" label="Close date" type="date" value={form.closeDate} error={errors.closeDate} onChange={set('closeDate')} />
      <FormField id="opp-product" label="Product" value={form.product} error={errors.product} onChange={set('product')} />
      <FormField id="opp-competitors" label="Competitors (comma-separated)" value={form.competitors} error={errors.competitors} onChange={set('competitors')} />
      {failure && (
        <p role="alert" className="error">
          Not saved: {failure}
        </p>
      )}
      <div className="toolbar">
        <button type="submit" disabled={saving}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
