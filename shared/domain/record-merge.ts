/**
 * Three-way merge of structured document data: records field by field, label sets by additions
 * and removals, and lists of items with ids item by item. Base is the last version both sides
 * agreed on; theirs is the server's, so it wins a true conflict on a structured value.
 *
 * Pure: inputs are never mutated and results never share objects with them (inputs may be
 * frozen RxDB documents; the caller may edit the result). Keys are read as own properties and
 * written with defineProperty, so a hostile "__proto__" or "constructor" key is plain data.
 */

export interface RecordMerge<T> {
  merged: T;
  /** Fields both sides changed differently (or, with no base, hold different values). */
  conflictingFields: (keyof T)[];
}

export interface RecordMergeOptions<T> {
  /** Fields the caller merges itself: taken from theirs, never compared or listed. */
  ignore?: (keyof T)[];
}

/**
 * Field by field: unchanged on one side → the other side's value; the same change on both →
 * it; different changes → theirs, and the field is listed. A null base means "no opinion": any
 * difference is a conflict. A field whose merged value is undefined is left out.
 */
export function mergeRecord<T extends Record<string, unknown>>(
  base: T | null,
  ours: T,
  theirs: T,
  options: RecordMergeOptions<T> = {},
): RecordMerge<T> {
  const ignored = new Set<PropertyKey>(options.ignore ?? []);
  const keys = new Set([...Object.keys(ours), ...Object.keys(theirs), ...(base ? Object.keys(base) : [])]);
  const merged: Record<string, unknown> = {};
  const conflictingFields: (keyof T)[] = [];
  for (const key of keys) {
    const ourValue = ownValue(ours, key);
    const theirValue = ownValue(theirs, key);
    let value: unknown;
    if (ignored.has(key)) value = theirValue;
    else if (isDeepEqual(ourValue, theirValue)) value = ourValue;
    else if (base !== null && isDeepEqual(ownValue(base, key), ourValue)) value = theirValue;
    else if (base !== null && isDeepEqual(ownValue(base, key), theirValue)) value = ourValue;
    else {
      value = theirValue;
      conflictingFields.push(key as keyof T);
    }
    if (value !== undefined) defineValue(merged, key, cloneData(value));
  }
  // Every key came from a T, and each value from the same key of a T: the result has T's shape.
  return { merged: merged as T, conflictingFields };
}

/**
 * A set of labels (tags, competitors): additions and removals from both sides apply. Order:
 * ours' order, then the items theirs added. Duplicates collapse unless one side is unchanged.
 */
export function mergeSet(base: readonly string[], ours: readonly string[], theirs: readonly string[]): string[] {
  if (isDeepEqual(ours, theirs) || isDeepEqual(base, theirs)) return [...ours];
  if (isDeepEqual(base, ours)) return [...theirs];
  const inBase = new Set(base);
  const inTheirs = new Set(theirs);
  const result = new Set<string>();
  for (const item of ours) {
    const isRemovedByTheirs = inBase.has(item) && !inTheirs.has(item);
    if (!isRemovedByTheirs) result.add(item);
  }
  for (const item of theirs) if (!inBase.has(item)) result.add(item);
  return [...result];
}

/**
 * Lists of items with ids (next steps). Added on either side → kept; deleted on one side and
 * unchanged on the other → deleted; deleted on one side and edited on the other → kept with the
 * edit (the edit is something a rep typed); edited on both → `mergeItem`. Order: ours' order,
 * then the items only theirs has. A repeated id keeps its first occurrence.
 */
export function mergeById<T extends { id: string }>(
  base: readonly T[],
  ours: readonly T[],
  theirs: readonly T[],
  mergeItem: (base: T | null, ours: T, theirs: T) => T,
): T[] {
  const baseById = indexById(base);
  const oursById = indexById(ours);
  const theirsById = indexById(theirs);
  const result: T[] = [];
  const keepUnlessDeletedUnchanged = (item: T, baseItem: T | undefined): void => {
    if (baseItem === undefined || !isDeepEqual(baseItem, item)) result.push(cloneData(item));
  };
  for (const [id, ourItem] of oursById) {
    const theirItem = theirsById.get(id);
    const baseItem = baseById.get(id);
    if (theirItem === undefined) keepUnlessDeletedUnchanged(ourItem, baseItem);
    else if (isDeepEqual(ourItem, theirItem) || (baseItem !== undefined && isDeepEqual(baseItem, theirItem))) {
      result.push(cloneData(ourItem));
    } else if (baseItem !== undefined && isDeepEqual(baseItem, ourItem)) result.push(cloneData(theirItem));
    else result.push(cloneData(mergeItem(baseItem ?? null, ourItem, theirItem)));
  }
  for (const [id, theirItem] of theirsById) {
    if (!oursById.has(id)) keepUnlessDeletedUnchanged(theirItem, baseById.get(id));
  }
  return result;
}

/**
 * Structural equality of JSON-like data. Numbers compare with ===, except that NaN equals NaN;
 * an object key holding undefined counts as absent (JSON drops it too).
 */
export function isDeepEqual(x: unknown, y: unknown): boolean {
  if (x === y || (Number.isNaN(x) && Number.isNaN(y))) return true;
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
  if (Array.isArray(x) || Array.isArray(y)) {
    return Array.isArray(x) && Array.isArray(y) && x.length === y.length && x.every((item, i) => isDeepEqual(item, y[i]));
  }
  const xEntries = Object.entries(x).filter(([, value]) => value !== undefined);
  const yValues = new Map(Object.entries(y).filter(([, value]) => value !== undefined));
  return xEntries.length === yValues.size && xEntries.every(([key, value]) => yValues.has(key) && isDeepEqual(value, yValues.get(key)));
}

/** A deep copy of plain data (arrays and plain objects); other values are returned as they are. */
function cloneData<V>(value: V): V {
  if (Array.isArray(value)) return value.map((item: unknown) => cloneData(item)) as V;
  if (typeof value !== 'object' || value === null) return value;
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) defineValue(copy, key, cloneData(item));
  return copy as V;
}

function ownValue(record: object, key: string): unknown {
  return Object.hasOwn(record, key) ? (record as Record<string, unknown>)[key] : undefined;
}

/** Assignment would treat "__proto__" as the prototype; a defined property is plain data. */
function defineValue(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function indexById<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const byId = new Map<string, T>();
  for (const item of items) if (!byId.has(item.id)) byId.set(item.id, item);
  return byId;
}
