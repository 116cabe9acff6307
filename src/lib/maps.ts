/**
 * Maps as the build uses them: indexes grouped by key, and results computed once per object
 * (a directory, a list of tools, an entry) and key, then reused by every page that asks.
 */

/** Adds `value` to the list under `key`, starting the list when there is none. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * `compute()` for `owner` and `key`, computed on first use and kept for as long as `owner` is:
 * the same result for every later call with the same owner and key (a string, or an object
 * such as a list of filter groups, compared by identity).
 */
export function memoized<O extends object, K, V>(
  cache: WeakMap<O, Map<K, V>>,
  owner: O,
  key: K,
  compute: () => V,
): V {
  let byKey = cache.get(owner);
  if (!byKey) cache.set(owner, (byKey = new Map()));
  if (byKey.has(key)) return byKey.get(key) as V;
  const value = compute();
  byKey.set(key, value);
  return value;
}
