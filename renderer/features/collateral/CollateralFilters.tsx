import type { Collateral } from '../../../shared/schemas/index.ts';
import { filterChoices, isCollateralKind, isStage, KIND_NAMES, STAGE_NAMES } from './collateral-filter.ts';
import { useCollateralFilter } from './collateral-filter.store.ts';

const ANY = '';

/** Kind, product and stage pickers, offering only what the library holds. */
export function CollateralFilters({ items }: { items: Collateral[] }) {
  const { kind, product, stage, setFilter, clearFilter } = useCollateralFilter();
  const choices = filterChoices(items);
  const isFiltered = kind !== null || product !== null || stage !== null;
  return (
    <fieldset className="collateral-filters">
      <legend>Filter collateral</legend>
      <label>
        Kind
        <select value={kind ?? ANY} onChange={(event) => setFilter({ kind: isCollateralKind(event.target.value) ? event.target.value : null })}>
          <option value={ANY}>Any kind</option>
          {choices.kinds.map((value) => (
            <option key={value} value={value}>
              {KIND_NAMES[value]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Product
        <select value={product ?? ANY} onChange={(event) => setFilter({ product: event.target.value === ANY ? null : event.target.value })}>
          <option value={ANY}>Any product</option>
          {choices.products.map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </select>
      </label>
      <label>
        Stage
        <select value={stage ?? ANY} onChange={(event) => setFilter({ stage: isStage(event.target.value) ? event.target.value : null })}>
          <option value={ANY}>Any stage</option>
          {choices.stages.map((value) => (
            <option key={value} value={value}>
              {STAGE_NAMES[value]}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={clearFilter} disabled={!isFiltered}>
        Show all
      </button>
    </fieldset>
  );
}
