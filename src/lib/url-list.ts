/**
 * The one reading and writing of list-valued URL parameters (`?license=open-source,freemium`,
 * `?tools=mlflow,kubeflow`): comma-separated or repeated, trimmed, without empty items.
 */

/** Every item of parameter `key`, in the order given, lower-cased when asked. */
export function readList(params: URLSearchParams, key: string, { lowerCase = false } = {}): string[] {
  return params
    .getAll(key)
    .flatMap((value) => value.split(','))
    .map((value) => (lowerCase ? value.trim().toLowerCase() : value.trim()))
    .filter((value) => value !== '');
}

/**
 * Only the allowed values a parameter asks for, in the allowed (canonical) order: the shape of
 * facet filters, whose order never depends on the order of clicks.
 */
export function readAllowed(params: URLSearchParams, key: string, allowed: readonly string[]): string[] {
  const requested = new Set(readList(params, key, { lowerCase: true }));
  return allowed.filter((value) => requested.has(value));
}

/** `key=a,b` with readable commas, or '' for an empty list. */
export function writeList(key: string, values: readonly string[]): string {
  return values.length === 0 ? '' : `${encodeURIComponent(key)}=${values.map(encodeURIComponent).join(',')}`;
}

/** A query string with its commas left readable in shared links. */
export const readableQuery = (params: URLSearchParams) => params.toString().replace(/%2C/g, ',');
