/**
 * A warning, not an error: a fact cited to a machine-generated mirror, an SEO aggregator or an
 * AI-written wiki, where the project's own page (its site, repository, docs or announcement) is
 * the better source. `npm run validate` prints these after the content check; they never fail it,
 * since such a page may still be one source among others (but never the only one).
 */
import { collectLinks, LINK_FIELDS } from './link-report.ts';

export type WeakSourceKind = 'ai-wiki' | 'aggregator' | 'mirror' | 'package-manifest';

interface WeakHost {
  readonly host: string;
  /** Only URLs whose path starts so (a mirror account on a shared host). */
  readonly path?: string;
  readonly kind: WeakSourceKind;
}

/** Hosts seen citing facts they copied or generated; a subdomain matches its host. */
export const WEAK_SOURCE_HOSTS: readonly WeakHost[] = [
  { host: 'aiwiki.ai', kind: 'ai-wiki' },
  { host: 'hivebook.wiki', kind: 'ai-wiki' },
  { host: 'leeroopedia.com', kind: 'ai-wiki' },
  { host: 'deepwiki.com', kind: 'ai-wiki' },
  { host: 'llmpedia.scads.ai', kind: 'ai-wiki' },
  { host: 'wikimili.com', kind: 'mirror' },
  { host: 'mintlify.com', kind: 'mirror' },
  { host: 'tessl.io', kind: 'mirror' },
  { host: 'docsearch.algolia.com', kind: 'mirror' },
  { host: 'apis.io', kind: 'mirror' },
  { host: 'skills.sh', kind: 'mirror' },
  { host: 'mail-archive.com', kind: 'mirror' },
  { host: 'raw.githubusercontent.com', path: '/api-evangelist/', kind: 'mirror' },
  { host: 'libraries.io', kind: 'aggregator' },
  { host: 'newreleases.io', kind: 'aggregator' },
  { host: 'cloudsmith.com', path: '/navigator/', kind: 'aggregator' },
  { host: 'aicoolies.com', kind: 'aggregator' },
  { host: 'pangea.app', kind: 'aggregator' },
  { host: 'thinkautomated.io', kind: 'aggregator' },
  { host: '10slides.io', kind: 'aggregator' },
  { host: 'tokenmix.ai', kind: 'aggregator' },
  { host: 'awesomeagents.ai', kind: 'aggregator' },
  { host: 'newclawtimes.com', kind: 'aggregator' },
  { host: 'featurestorecomparison.com', kind: 'aggregator' },
  { host: 'metavert.io', kind: 'aggregator' },
  { host: 'endoflife.date', kind: 'aggregator' },
  { host: 'github.com', path: '/microsoft/winget-pkgs/', kind: 'package-manifest' },
];

const WHAT: Record<WeakSourceKind, string> = {
  'ai-wiki': 'an AI-written wiki',
  aggregator: 'an aggregator that copies other pages',
  mirror: 'a machine-generated mirror',
  'package-manifest': "a package manager's copy of another project's release facts",
};

/** The weak host a URL is on, if any. */
export function weakSource(url: string): WeakHost | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const host = parsed.hostname.toLowerCase();
  return WEAK_SOURCE_HOSTS.find(
    (weak) =>
      (host === weak.host || host.endsWith(`.${weak.host}`)) &&
      (weak.path === undefined || parsed.pathname.startsWith(weak.path)),
  );
}

export interface SourceWarning {
  readonly file: string;
  readonly field: string;
  readonly url: string;
  readonly message: string;
}

/** The warnings of one parsed entry (the value `yaml`'s `parse` returns): its cited pages only. */
export function sourceWarnings(file: string, data: unknown): SourceWarning[] {
  const links = LINK_FIELDS as readonly string[];
  return collectLinks(file, data).flatMap((link) => {
    if (links.includes(link.field)) return [];
    const weak = weakSource(link.url);
    if (!weak) return [];
    return [
      {
        file,
        field: link.field,
        url: link.url,
        message: `${new URL(link.url).hostname} is ${WHAT[weak.kind]}: cite the project's own page (site, repository, docs or announcement) instead`,
      },
    ];
  });
}
