import { useDeferredValue, useId, useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import { MIN_PREFIX_LENGTH, MIN_QUERY_LENGTH, type SearchGroup, type SearchHit } from './search-index.ts';
import { useSearchUi } from './search.store.ts';
import { useSearchResults, useStartSearch } from './useSearch.ts';

interface SearchComboboxProps {
  label: string;
  /** The dialog's field takes focus when it opens; the header's does not. */
  autoFocus?: boolean;
  /** Called after a result was opened. */
  onOpened?: () => void;
  /** Escape with nothing left to close (the dialog closes itself then). */
  onDismiss?: () => void;
}

function flatten(groups: SearchGroup[]): SearchHit[] {
  return groups.flatMap((group) => group.hits);
}

function StatusLine({ query, count }: { query: string; count: number }) {
  const status = useSearchUi((s) => s.status);
  const indexed = useSearchUi((s) => s.indexed);
  if (status === 'failed') return <>Search is not available: the local index could not be built.</>;
  if (query.trim().length < MIN_QUERY_LENGTH) return <>Type at least {MIN_QUERY_LENGTH} letters to search.</>;
  const building = status === 'ready' ? '' : ` Still indexing (${indexed.toLocaleString()} items so far).`;
  if (count === 0) {
    const lastWord = query.trim().split(/\s+/).at(-1) ?? '';
    const hint = lastWord.length < MIN_PREFIX_LENGTH ? ` Words match from their first ${MIN_PREFIX_LENGTH} letters.` : '';
    return (
      <>
        No results for “{query.trim()}”.{hint}
        {building}
      </>
    );
  }
  return (
    <>
      {count} {count === 1 ? 'result' : 'results'}.{building}
    </>
  );
}

/**
 * The ARIA 1.2 combobox pattern: a text field that owns a listbox of results grouped by kind.
 * Focus stays in the field; ↑/↓ move the active option (aria-activedescendant), Enter opens
 * it, Escape dismisses the dialog, or in the header closes the list and then clears the field.
 */
export function SearchCombobox({ label, autoFocus = false, onOpened, onDismiss }: SearchComboboxProps) {
  const id = useId();
  const navigate = useNavigate();
  const [state, setState] = useState({ query: '', active: -1, isOpen: false });
  const query = useDeferredValue(state.query);
  const groups = useSearchResults(query);
  const startSearch = useStartSearch();
  const hits = flatten(groups);
  const active = state.active < hits.length ? state.active : -1;
  const isExpanded = state.isOpen && state.query.trim().length >= MIN_QUERY_LENGTH && hits.length > 0;
  const optionId = (index: number) => `${id}-option-${index}`;

  const open = (hit: SearchHit) => {
    setState({ query: '', active: -1, isOpen: false });
    void navigate(hit.href);
    onOpened?.();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (hits.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const next = active === -1 ? (step === 1 ? 0 : hits.length - 1) : (active + step + hits.length) % hits.length;
      setState((s) => ({ ...s, active: next, isOpen: true }));
    } else if (event.key === 'Enter') {
      const hit = hits[active === -1 ? 0 : active];
      if (!hit || !isExpanded) return;
      event.preventDefault();
      open(hit);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (onDismiss) onDismiss();
      else if (isExpanded) setState((s) => ({ ...s, active: -1, isOpen: false }));
      else setState({ query: '', active: -1, isOpen: false });
    }
  };

  // Each group's first option's position in the flat list that ↑/↓ move through.
  const starts = groups.map((_, index) => groups.slice(0, index).reduce((sum, group) => sum + group.hits.length, 0));
  return (
    <div className="search-combobox">
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {label}
      </label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        autoFocus={autoFocus}
        placeholder="Search cards, notes, accounts… (Ctrl+K)"
        aria-autocomplete="list"
        aria-expanded={isExpanded}
        aria-controls={`${id}-listbox`}
        aria-activedescendant={isExpanded && active !== -1 ? optionId(active) : undefined}
        aria-describedby={`${id}-status`}
        value={state.query}
        onChange={(event) => setState({ query: event.target.value, active: -1, isOpen: true })}
        onFocus={() => {
          startSearch();
          setState((s) => ({ ...s, isOpen: true }));
        }}
        onBlur={() => setState((s) => ({ ...s, isOpen: false }))}
        onKeyDown={onKeyDown}
      />
      <div
        id={`${id}-listbox`}
        role="listbox"
        aria-label={`${label}: results`}
        className="search-results"
        hidden={!isExpanded}
        // The query these results are for (the field may be ahead while typing fast): lets the
        // benchmark time a keystroke up to its results on screen.
        data-results-for={query}
      >
        {isExpanded &&
          groups.map((group, groupIndex) => (
            <div key={group.kind} role="group" aria-labelledby={`${id}-${group.kind}`}>
              <div role="presentation" id={`${id}-${group.kind}`} className="search-group-label">
                {group.label}
              </div>
              {group.hits.map((hit, hitIndex) => {
                const index = (starts[groupIndex] ?? 0) + hitIndex;
                return (
                  <div
                    key={hit.id}
                    id={optionId(index)}
                    role="option"
                    aria-selected={index === active}
                    className="search-option"
                    // Keeps focus in the field, so the list does not close before the click lands.
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={() => open(hit)}
                  >
                    <span className="search-option-title">{hit.title}</span>
                    {hit.detail && <span className="muted"> · {hit.detail}</span>}
                  </div>
                );
              })}
            </div>
          ))}
      </div>
      <p id={`${id}-status`} role="status" className={state.isOpen && !isExpanded ? 'search-status' : 'visually-hidden'}>
        {state.isOpen && <StatusLine query={query} count={hits.length} />}
      </p>
    </div>
  );
}
