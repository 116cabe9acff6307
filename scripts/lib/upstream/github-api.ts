/**
 * A small GitHub GraphQL client for the upstream refresh. It never throws for a failed request:
 * it hands back why (`rate-limited`, `timeout`, `server-error`, …) so the caller keeps what it
 * knew. It only throws `GithubAuthError` (401: a bad token fails every request alike, so the run
 * stops before anything is written).
 *
 * - every request has a deadline (`AbortSignal.timeout`);
 * - timeouts, network errors and 5xx are retried a few times, with growing pauses;
 * - a rate limit is waited out as GitHub asks (`retry-after`, `x-ratelimit-reset`), but never
 *   longer than `maxWaitMs`: past that, this and every later request fail at once as
 *   `rate-limited` until the limit resets, without being sent;
 * - the clock and the pause are injectable, so tests do not really wait.
 */
import type { Failure, GraphqlReply, GraphqlRequest } from './github.ts';
import { exhaustedWaitMs, rateLimitWaitMs } from './rate-limit.ts';

export interface GithubApiOptions {
  readonly token: string;
  /** The GraphQL endpoint (`graphqlUrlFor(GITHUB_API_URL)`). */
  readonly graphqlUrl: string;
  readonly fetch?: typeof globalThis.fetch;
  readonly sleep?: (ms: number) => Promise<void>;
  /** Epoch milliseconds. */
  readonly now?: () => number;
  /** Deadline of one request, headers and body included. */
  readonly timeoutMs?: number;
  /** Longest single wait for a rate limit; a longer one fails the request instead. */
  readonly maxWaitMs?: number;
  /** Retries after a timeout, a network error or a 5xx. */
  readonly retries?: number;
  /** Times a request is sent again after waiting out a rate limit. */
  readonly rateLimitRetries?: number;
  /** First pause before a retry; doubled each time. */
  readonly backoffMs?: number;
  /** Told about every wait, for the log. */
  readonly onWait?: (ms: number, why: string) => void;
}

export const DEFAULTS = {
  timeoutMs: 30_000,
  maxWaitMs: 5 * 60_000,
  retries: 2,
  rateLimitRetries: 3,
  backoffMs: 2_000,
} as const;

export class GithubAuthError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GithubAuthError';
  }
}

export interface GithubClient {
  graphql(request: GraphqlRequest): Promise<GraphqlReply>;
}

const USER_AGENT = 'mlops-guide-upstream-refresh';

function describeError(error: unknown): Failure {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return { reason: 'timeout', message: 'no answer before the deadline' };
  }
  const message = error instanceof Error ? error.message : String(error);
  const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : '';
  return { reason: 'network', message: `${message}${cause}` };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function createGithubClient(options: GithubApiOptions): GithubClient {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = options.now ?? Date.now;
  const timeoutMs = options.timeoutMs ?? DEFAULTS.timeoutMs;
  const maxWaitMs = options.maxWaitMs ?? DEFAULTS.maxWaitMs;
  const retries = options.retries ?? DEFAULTS.retries;
  const rateLimitRetries = options.rateLimitRetries ?? DEFAULTS.rateLimitRetries;
  const backoffMs = options.backoffMs ?? DEFAULTS.backoffMs;
  /** No request is sent before this time (epoch ms): the rate limit is spent until then. */
  let notBefore = 0;

  const rateLimited = (waitMs: number): Failure => ({
    reason: 'rate-limited',
    message: `rate limited for ${Math.ceil(waitMs / 1000)} s more, over the ${Math.round(maxWaitMs / 1000)} s cap`,
  });

  async function graphql(request: GraphqlRequest): Promise<GraphqlReply> {
    let transientFailures = 0;
    let rateLimitWaits = 0;
    for (;;) {
      const gate = notBefore - now();
      if (gate > 0) {
        if (gate > maxWaitMs) return { ok: false, failure: rateLimited(gate) };
        options.onWait?.(gate, 'rate limit');
        await sleep(gate);
      }

      let status: number;
      let headers: Headers;
      let text: string;
      try {
        const response = await fetchImpl(options.graphqlUrl, {
          method: 'POST',
          headers: {
            Authorization: `bearer ${options.token}`,
            'Content-Type': 'application/json',
            Accept: 'application/json',
            'User-Agent': USER_AGENT,
          },
          body: JSON.stringify(request),
          signal: AbortSignal.timeout(timeoutMs),
        });
        status = response.status;
        headers = response.headers;
        text = await response.text();
      } catch (error) {
        const failure = describeError(error);
        if (transientFailures >= retries) return { ok: false, failure };
        const pause = backoffMs * 2 ** transientFailures++;
        options.onWait?.(pause, failure.message);
        await sleep(pause);
        continue;
      }

      if (status === 401) {
        throw new GithubAuthError(`GitHub answered 401 (bad credentials): check GITHUB_TOKEN`);
      }
      const body = parseJson(text);
      const header = (name: string) => headers.get(name);
      const waitMs = rateLimitWaitMs({ status, header, body, text, nowMs: now() });
      if (waitMs !== undefined) {
        notBefore = Math.max(notBefore, now() + waitMs);
        if (waitMs > maxWaitMs || rateLimitWaits >= rateLimitRetries) {
          return { ok: false, failure: rateLimited(waitMs) };
        }
        rateLimitWaits++;
        continue;
      }
      if (status >= 500) {
        const failure: Failure = { reason: 'server-error', message: `HTTP ${status}` };
        if (transientFailures >= retries) return { ok: false, failure };
        const pause = backoffMs * 2 ** transientFailures++;
        options.onWait?.(pause, failure.message);
        await sleep(pause);
        continue;
      }
      if (status !== 200) {
        return { ok: false, failure: { reason: 'http-error', message: `HTTP ${status}` } };
      }
      if (body === undefined) {
        return { ok: false, failure: { reason: 'bad-response', message: 'the answer is not JSON' } };
      }
      // The last call of the hour spent the limit: hold the next one until it resets.
      const spent = exhaustedWaitMs(header, now());
      if (spent !== undefined) notBefore = Math.max(notBefore, now() + spent);
      return { ok: true, body, receivedAt: new Date(now()) };
    }
  }

  return { graphql };
}
