/**
 * The GitHub GraphQL half of the upstream refresh: one query asks for up to `BATCH_SIZE`
 * repositories through aliases (`r0: repository(…)`, `r1: …`), and its answer is read back into
 * one outcome per repository. No network here: the client (`scripts/lib/upstream/github-api.ts`) sends
 * the query and hands back the body, or why there is none.
 */
import { z } from 'astro/zod';
import { githubFactsShape, type GithubFacts } from '../../../src/schemas/upstream.ts';

/**
 * Repositories per query. A query's cost is about one point per 100 nodes, so 50 repositories
 * with their latest release cost 1 point: 10,000 tools take 200 queries, far below the 5,000
 * points an hour one token gets (https://docs.github.com/en/graphql/overview/rate-limits-and-query-limits-for-the-graphql-api).
 */
export const BATCH_SIZE = 50;

/** One repository to ask for. `key` is `owner/name` in lower case. */
export interface RepoRequest {
  readonly key: string;
  readonly owner: string;
  readonly name: string;
}

export interface GraphqlRequest {
  readonly query: string;
  readonly variables: Readonly<Record<string, string>>;
}

/** Why a request (or one repository of it) gave no facts. */
export type FailureReason =
  'rate-limited' | 'timeout' | 'server-error' | 'network' | 'http-error' | 'bad-response' | 'graphql-error';

export interface Failure {
  readonly reason: FailureReason;
  readonly message: string;
}

/** What the client hands back for one query: the JSON body, or why there is none. */
export type GraphqlReply =
  | { readonly ok: true; readonly body: unknown; readonly receivedAt: Date }
  | { readonly ok: false; readonly failure: Failure };

export type RepoOutcome =
  | { readonly kind: 'found'; readonly facts: GithubFacts }
  | { readonly kind: 'missing' }
  | { readonly kind: 'failed'; readonly failure: Failure };

const FRAGMENT = `fragment facts on Repository {
  nameWithOwner
  url
  stargazerCount
  isArchived
  pushedAt
  defaultBranchRef {
    name
    target {
      ... on Commit {
        committedDate
      }
    }
  }
  licenseInfo {
    spdxId
  }
  latestRelease {
    tagName
    publishedAt
  }
}`;

const aliasOf = (index: number) => `r${index}`;

/**
 * The query for a batch. Owners and names travel as variables, never spliced into the query
 * text; `followRenames` makes a moved repository answer under its new `nameWithOwner`.
 */
export function batchQuery(repos: readonly RepoRequest[]): GraphqlRequest {
  const variables: Record<string, string> = {};
  const parameters: string[] = [];
  const fields: string[] = [];
  repos.forEach((repo, index) => {
    variables[`o${index}`] = repo.owner;
    variables[`n${index}`] = repo.name;
    parameters.push(`$o${index}: String!`, `$n${index}: String!`);
    fields.push(
      `  ${aliasOf(index)}: repository(owner: $o${index}, name: $n${index}, followRenames: true) {\n    ...facts\n  }`,
    );
  });
  const query = `query UpstreamFacts(${parameters.join(', ')}) {\n  rateLimit {\n    cost\n    remaining\n    resetAt\n  }\n${fields.join('\n')}\n}\n\n${FRAGMENT}\n`;
  return { query, variables };
}

/** Splits `items` into consecutive batches of at most `size`. */
export function batches<T>(items: readonly T[], size = BATCH_SIZE): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`batch size must be a positive integer`);
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}

/** A repository node as the query above asks for it (fields it did not ask for are ignored). */
const repositoryNodeSchema = z.object({
  nameWithOwner: z.string(),
  url: z.string(),
  stargazerCount: z.number(),
  isArchived: z.boolean(),
  pushedAt: z.string().nullable(),
  defaultBranchRef: z
    .object({
      name: z.string(),
      target: z.object({ committedDate: z.string().optional() }).nullable().optional(),
    })
    .nullable(),
  licenseInfo: z.object({ spdxId: z.string().nullable() }).nullable(),
  latestRelease: z.object({ tagName: z.string(), publishedAt: z.string().nullable() }).nullable(),
});

const factsSchema = z.strictObject(githubFactsShape);

const graphqlErrorSchema = z.object({
  type: z.string().optional(),
  message: z.string().optional(),
  path: z.array(z.union([z.string(), z.number()])).optional(),
});

const bodySchema = z.object({
  data: z.record(z.string(), z.unknown()).nullable().optional(),
  errors: z.array(graphqlErrorSchema).optional(),
});

/** The facts of one repository node, or why they could not be read. */
export function factsOfNode(node: unknown): { facts: GithubFacts } | { failure: Failure } {
  const parsed = repositoryNodeSchema.safeParse(node);
  if (!parsed.success) {
    return {
      failure: { reason: 'bad-response', message: 'the repository did not have the expected fields' },
    };
  }
  const repo = parsed.data;
  const spdxId = repo.licenseInfo?.spdxId ?? null;
  const candidate = {
    nameWithOwner: repo.nameWithOwner,
    url: repo.url,
    stars: repo.stargazerCount,
    archived: repo.isArchived,
    pushedAt: repo.pushedAt,
    lastCommitAt: repo.defaultBranchRef?.target?.committedDate ?? null,
    defaultBranch: repo.defaultBranchRef?.name ?? null,
    // GitHub names a license it cannot identify "Other", with spdxId NOASSERTION (kept as such).
    licenseId: repo.licenseInfo ? (spdxId ?? 'NOASSERTION') : null,
    latestRelease: repo.latestRelease
      ? { tag: repo.latestRelease.tagName, date: repo.latestRelease.publishedAt }
      : null,
  };
  const checked = factsSchema.safeParse(candidate);
  if (!checked.success) {
    const where = checked.error.issues.map((issue) => issue.path.join('.')).join(', ');
    return { failure: { reason: 'bad-response', message: `unexpected values in ${where}` } };
  }
  return { facts: checked.data };
}

/**
 * One outcome per repository of the batch, from the body of a 200 answer. GitHub answers
 * partially: an unknown repository is `null` in `data` with a `NOT_FOUND` error whose `path`
 * names its alias, while the others are still there.
 */
export function readBatchReply(repos: readonly RepoRequest[], body: unknown): Map<string, RepoOutcome> {
  const outcomes = new Map<string, RepoOutcome>();
  const parsed = bodySchema.safeParse(body);
  if (!parsed.success) {
    const failure: Failure = { reason: 'bad-response', message: 'the answer is not a GraphQL response' };
    for (const repo of repos) outcomes.set(repo.key, { kind: 'failed', failure });
    return outcomes;
  }
  const { data, errors = [] } = parsed.data;
  const general = errors.filter((error) => !error.path || error.path.length === 0);
  repos.forEach((repo, index) => {
    const alias = aliasOf(index);
    const own = errors.filter((error) => error.path?.[0] === alias);
    if (own.some((error) => error.type === 'NOT_FOUND')) {
      outcomes.set(repo.key, { kind: 'missing' });
      return;
    }
    const node = data?.[alias];
    if (own.length === 0 && node !== null && node !== undefined) {
      const read = factsOfNode(node);
      outcomes.set(
        repo.key,
        'facts' in read ? { kind: 'found', facts: read.facts } : { kind: 'failed', failure: read.failure },
      );
      return;
    }
    const error = own[0] ?? general[0];
    const message = error
      ? `${error.type ? `${error.type}: ` : ''}${error.message ?? 'no message'}`
      : 'the answer has no data for this repository';
    outcomes.set(repo.key, { kind: 'failed', failure: { reason: 'graphql-error', message } });
  });
  return outcomes;
}
