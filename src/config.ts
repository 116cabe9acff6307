/** Placeholder used when the build does not run on GitHub Actions. */
const DEFAULT_REPOSITORY = 'https://github.com/mlops-guide/mlops-production-guide';

/**
 * The repository the site is built from: on GitHub Actions (and forks' Actions) the one that
 * runs the build, from `GITHUB_SERVER_URL` and `GITHUB_REPOSITORY`; elsewhere the default.
 */
export function repositoryUrl(env: Readonly<Record<string, string | undefined>>): string {
  const repository = env['GITHUB_REPOSITORY'];
  if (!repository || !/^[\w.-]+\/[\w.-]+$/.test(repository)) return DEFAULT_REPOSITORY;
  const server = (env['GITHUB_SERVER_URL'] ?? 'https://github.com').replace(/\/+$/, '');
  return `${server}/${repository}`;
}

/** Site-wide settings, each declared once. */
export const SITE = {
  title: 'MLOps & Production Deployment Guide',
  shortTitle: 'MLOps Guide',
  description:
    'A curated, checked directory of MLOps tools: platforms, training, evaluation, serving, retrieval, monitoring, feature stores, labelling, versioning, CI/CD and orchestration.',
  /** Public address of the hosted site (overridden by SITE_URL at build time). */
  url: 'https://mlops-guide.github.io',
  /** The repository contributions go to; "Edit this entry" links are built from it. */
  repository: repositoryUrl(typeof process === 'undefined' ? {} : process.env),
  /** Branch the edit links point at. */
  branch: 'main',
} as const;

/** How to contribute an entry: the guide for contributors in the repository. */
export const CONTRIBUTING_URL = `${SITE.repository}/blob/${SITE.branch}/CONTRIBUTING.md`;
