/**
 * Which forge a tool's `repo` URL points to, and the repository's `owner/name` there.
 */

export type RepoLocation =
  | {
      readonly forge: 'github';
      readonly owner: string;
      readonly name: string;
      /** `owner/name` in lower case: GitHub's names are case-insensitive. */
      readonly key: string;
    }
  | { readonly forge: 'gitlab' | 'other'; readonly host: string }
  | { readonly forge: 'invalid'; readonly reason: string };

const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const NAME = /^[A-Za-z0-9._-]{1,100}$/;

/** GitHub's web hosts, plus the host of a GitHub Enterprise server when the API points to one. */
export function githubHosts(apiUrl: string, serverUrl?: string): Set<string> {
  const hosts = new Set(['github.com', 'www.github.com']);
  for (const url of [serverUrl, apiUrl]) {
    if (!url) continue;
    try {
      const { hostname, pathname } = new URL(url);
      // https://api.github.com is github.com; a GHES API is https://HOST/api/v3 on the web host.
      if (hostname === 'api.github.com') continue;
      if (url === serverUrl || /^\/api(?:\/v3)?\/?$/.test(pathname)) hosts.add(hostname.toLowerCase());
    } catch {
      // An unparsable URL adds nothing; the client reports it when it is used.
    }
  }
  return hosts;
}

/**
 * The GraphQL endpoint for a REST API root: `${apiUrl}/graphql`, except on GitHub Enterprise
 * Server, whose REST root is `/api/v3` and GraphQL endpoint `/api/graphql`.
 */
export function graphqlUrlFor(apiUrl: string): string {
  const root = apiUrl.replace(/\/+$/, '');
  return root.endsWith('/api/v3') ? `${root.slice(0, -'/v3'.length)}/graphql` : `${root}/graphql`;
}

/** Where a `repo` URL points. Paths below the repository (`/tree/main/x`) and `.git` are ignored. */
export function locateRepo(url: string, hosts: ReadonlySet<string>): RepoLocation {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { forge: 'invalid', reason: 'not a URL' };
  }
  const host = parsed.hostname.toLowerCase();
  if (hosts.has(host)) {
    const [owner, rawName] = parsed.pathname.split('/').filter(Boolean);
    const name = rawName?.replace(/\.git$/, '');
    if (!owner || !name || !OWNER.test(owner) || !NAME.test(name)) {
      return { forge: 'invalid', reason: 'not a repository URL (expected https://github.com/owner/name)' };
    }
    return { forge: 'github', owner, name, key: `${owner}/${name}`.toLowerCase() };
  }
  if (host === 'gitlab.com' || host.startsWith('gitlab.')) return { forge: 'gitlab', host };
  return { forge: 'other', host };
}

/** Two `repo` URLs name the same repository (case, trailing slash, `.git` and sub-paths aside). */
export function sameRepoUrl(a: string, b: string, hosts: ReadonlySet<string>): boolean {
  const left = locateRepo(a, hosts);
  const right = locateRepo(b, hosts);
  if (left.forge === 'github' && right.forge === 'github') return left.key === right.key;
  const bare = (url: string) =>
    url
      .trim()
      .toLowerCase()
      .replace(/(?:\.git)?\/*$/, '');
  return bare(a) === bare(b);
}
