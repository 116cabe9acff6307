/** Site-wide settings, each declared once. */
export const SITE = {
  title: 'MLOps & Production Deployment Guide',
  shortTitle: 'MLOps Guide',
  description:
    'A curated, checked directory of MLOps tools: platforms, serving, monitoring, feature stores, versioning, CI/CD and orchestration.',
  /** Public address of the hosted site (overridden by SITE_URL at build time). */
  url: 'https://mlops-guide.github.io',
  /** The repository contributions go to; "Edit this entry" links are built from it. */
  repository: 'https://github.com/mlops-guide/mlops-production-guide',
  /** Branch the edit links point at. */
  branch: 'main',
} as const;
