import { useState } from 'react';
import { parseAccountForm, type AccountFields, type AccountForm as Form } from '../../../shared/domain/crm-input.ts';
import type { Account } from '../../../shared/schemas/index.ts';
import '../crm/crm.css';
import { FormField } from './FormField.tsx';
import { useFormSubmit } from './useFormSubmit.ts';

function initialForm(account: Account | null): Form {
  return {
    name: account?.name ?? '',
    industry: account?.industry ?? '',
    segment: account?.segment ?? '',
    website: account?.website ?? '',
    city: account?.city ?? '',
    country: account?.country ?? '',
    summary: account?.summary ?? '',
  };
}

const FIELDS: { key: keyof Form; label: string; multiline?: boolean }[] = [
  { key: 'name', label: 'Name' },
  { key: 'industry', label: 'Industry' },
  { key: 'segment', label: 'Segment' },
  { key: 'website', label: 'Website' },
  { key: 'city', label: 'City' },
  { key: 'country', label: 'Country' },
  { key: 'summary', label: 'Summary', multiline: true },
];

/** Create or edit an account; nothing is stored until every field reads right. */
export function AccountForm({ account, submitLabel, onSave }: { account: Account | null; submitLabel: string; onSave(fields: AccountFields): Promise<void> }) {
  const [form, setForm] = useState(() => initialForm(account));
  const { errors, failure, saving, submit } = useFormSubmit(form, parseAccountForm, onSave);

  return (
    <form className="form-grid" onSubmit={submit} noValidate>
      {FIELDS.map(({ key, label, multiline }) => (
        <FormField key={key} id={`account-${key}`} label={label} error={errors[key]} multiline={multiline} value={form[key]} onChange={(value) => setForm({ ...form, [key]: value })} />
      ))}
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
