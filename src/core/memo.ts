// A pure function of a string, its results kept for the strings read lately. The document-wide pass reads the same
// names and quotations again on every edit (a slug per entity, the words of every quotation); a kept result costs a
// lookup instead of the regular expressions that made it. The function must depend on its argument alone.

/** Most results kept; past it the store starts again empty (enough for the names and quotations of a long article). */
const DEFAULT_LIMIT = 50_000;

/** What a store of kept results must answer: Map by string, WeakMap by object. */
interface KeptResults<K, T> {
  get(key: K): T | undefined;
  has(key: K): boolean;
  set(key: K, value: T): unknown;
}

/** `fn` reading its results from `kept` first; `beforeKeeping` runs before a new result is kept (to bound the store). */
function keptIn<K, T>(kept: KeptResults<K, T>, fn: (key: K) => T, beforeKeeping?: () => void): (key: K) => T {
  return (key: K): T => {
    const hit = kept.get(key);
    if (hit !== undefined || kept.has(key)) {
      return hit as T;
    }
    const result = fn(key);
    beforeKeeping?.();
    kept.set(key, result);
    return result;
  };
}

/** `fn` with its results kept by argument; a result is the same whether kept or computed, so only time changes. */
export function memoized<T>(fn: (text: string) => T, limit = DEFAULT_LIMIT): (text: string) => T {
  const kept = new Map<string, T>();
  return keptIn(kept, fn, () => {
    if (kept.size >= limit) {
      kept.clear();
    }
  });
}

/**
 * A pure function of an immutable object (a parsed sentence), its result kept while the object lives. For a fact
 * of the whole sentence that rules read once per name in it: one pass per sentence instead of one per name.
 */
export function memoizedPerObject<K extends object, T>(fn: (key: K) => T): (key: K) => T {
  return keptIn(new WeakMap<K, T>(), fn);
}
