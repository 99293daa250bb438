/** For tests: the Web Storage interface over a Map, without a browser; `isFull` makes every write throw as a full quota does. */
export function memoryStorage(isFull = false): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => {
      if (isFull) throw new DOMException('quota', 'QuotaExceededError');
      items.set(key, value);
    },
  };
}
