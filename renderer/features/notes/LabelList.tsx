import { useState } from 'react';

export interface LabelListProps {
  /** "Tags", "Competitors": the group's name. */
  label: string;
  /** "tag", "competitor": one item, for button names. */
  itemName: string;
  labels: readonly string[];
  suggestions?: readonly string[];
  onAdd(label: string): Promise<unknown>;
  onRemove(label: string): Promise<unknown>;
}

/** A small editable set of labels: each with a remove button, and a field to add one (Enter adds). */
export function LabelList({ label, itemName, labels, suggestions = [], onAdd, onRemove }: LabelListProps) {
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | null>(null);
  const inputId = `label-input-${itemName}`;
  const listId = `label-suggestions-${itemName}`;
  const fail = (cause: unknown) => setError(cause instanceof Error ? cause.message : String(cause));

  const add = () => {
    const value = input.trim();
    if (value === '') return;
    setError(null);
    onAdd(value).then(() => setInput(''), fail);
  };

  return (
    <div className="label-list" role="group" aria-label={label}>
      <span className="label-list-name">{label}</span>
      <ul aria-label={label}>
        {labels.map((item) => (
          <li key={item} className="chip">
            {item}
            <button type="button" aria-label={`Remove ${itemName} ${item}`} onClick={() => onRemove(item).catch(fail)}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        id={inputId}
        aria-label={`Add a ${itemName}`}
        value={input}
        list={suggestions.length > 0 ? listId : undefined}
        maxLength={100}
        onChange={(event) => setInput(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            add();
          }
        }}
      />
      {suggestions.length > 0 && (
        <datalist id={listId}>
          {suggestions.map((suggestion) => (
            <option key={suggestion} value={suggestion} />
          ))}
        </datalist>
      )}
      <button type="button" onClick={add} disabled={input.trim() === ''}>
        Add {itemName}
      </button>
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
