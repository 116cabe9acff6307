/**
 * How long GitHub asks a client to wait, from an answer's status, headers and body
 * (https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api#exceeding-the-rate-limit):
 * `retry-after` (seconds) first; else, when `x-ratelimit-remaining` is 0, until
 * `x-ratelimit-reset` (epoch seconds); else at least a minute for a secondary rate limit.
 */

/** Reads a response header by name (case-insensitive, as `Headers.get`). */
export type HeaderReader = (name: string) => string | null;

/** Wait when GitHub says to slow down without saying how long. */
export const DEFAULT_RATE_LIMIT_WAIT_MS = 60_000;

/** `retry-after` in milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(header: HeaderReader, nowMs: number): number | undefined {
  const value = header('retry-after')?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

/** Milliseconds until `x-ratelimit-reset`, when `x-ratelimit-remaining` is 0; else undefined. */
export function exhaustedWaitMs(header: HeaderReader, nowMs: number): number | undefined {
  if (header('x-ratelimit-remaining')?.trim() !== '0') return undefined;
  const reset = Number(header('x-ratelimit-reset'));
  if (!Number.isFinite(reset) || reset <= 0) return DEFAULT_RATE_LIMIT_WAIT_MS;
  // One more second: the reset is counted in whole seconds.
  return Math.max(0, reset * 1000 - nowMs) + 1000;
}

function graphqlErrors(body: unknown): { type?: unknown; message?: unknown }[] {
  if (body === null || typeof body !== 'object') return [];
  const errors = (body as { errors?: unknown }).errors;
  return Array.isArray(errors) ? errors.filter((error) => error !== null && typeof error === 'object') : [];
}

/** The GraphQL API reports an exhausted rate limit as an error of type RATE_LIMITED. */
export function isRateLimitedBody(body: unknown): boolean {
  return graphqlErrors(body).some((error) => error.type === 'RATE_LIMITED');
}

function mentionsRateLimit(body: unknown, text: string): boolean {
  const message =
    body !== null && typeof body === 'object' ? (body as { message?: unknown }).message : undefined;
  return /rate limit/i.test(typeof message === 'string' ? message : text);
}

/**
 * Milliseconds to wait before asking again, when this answer is a rate limit; undefined when it
 * is not one (a plain 403 "forbidden" is not: waiting would not help).
 */
export function rateLimitWaitMs(answer: {
  status: number;
  header: HeaderReader;
  body: unknown;
  text: string;
  nowMs: number;
}): number | undefined {
  const { status, header, body, text, nowMs } = answer;
  const limited =
    status === 429 ||
    isRateLimitedBody(body) ||
    (status === 403 &&
      (header('retry-after') !== null ||
        header('x-ratelimit-remaining')?.trim() === '0' ||
        mentionsRateLimit(body, text)));
  if (!limited) return undefined;
  return retryAfterMs(header, nowMs) ?? exhaustedWaitMs(header, nowMs) ?? DEFAULT_RATE_LIMIT_WAIT_MS;
}
