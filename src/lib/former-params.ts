/**
 * Filter parameters renamed since people shared links, each with its current name: an old link
 * keeps its filters. Read only where filters are read from an address (listings and search), so
 * no other page's script carries it.
 */
const RENAMED = new Map([['section', 'category']]);

/** The parameters of an address, renamed filters under their current names. */
export function currentParams(params: URLSearchParams): URLSearchParams {
  if (![...RENAMED.keys()].some((former) => params.has(former))) return params;
  const current = new URLSearchParams();
  for (const [key, value] of params) current.append(RENAMED.get(key) ?? key, value);
  return current;
}
