import type { Layer } from './import-direction.ts';

/**
 * The layers of the project, from the bottom: vocabulary and settings → schemas → lib → data,
 * build hooks → components, layouts and pages; client scripts take pure code from lib only; the
 * maintainers' scripts may use src/ but src/ never uses them, and nothing but tests imports the
 * tests (ARCHITECTURE.md, "The layers"). `local/import-direction` resolves every relative import
 * and fails when it reaches a layer its importer may not use (`eslint.config.mjs`).
 */
export const LAYERS: readonly Layer[] = [
  {
    name: 'vocabulary',
    paths: ['src/vocabulary-core.ts', 'src/vocabulary.ts'],
    imports: [],
    refusesPackages: ['astro:'],
    why: 'the vocabulary is the bottom layer: it imports nothing of the site',
  },
  {
    name: 'settings',
    paths: ['src/config.ts', 'src/astro-settings.ts'],
    imports: [],
    why: 'the settings are declared once, below everything that reads them',
  },
  {
    name: 'schemas',
    paths: ['src/schemas'],
    imports: ['vocabulary'],
    refusesPackages: ['astro:'],
    why: 'schemas build on the vocabulary only',
  },
  {
    name: 'lib',
    paths: ['src/lib'],
    imports: ['vocabulary', 'settings', 'schemas'],
    refusesPackages: ['astro:'],
    why: 'src/lib is the logic the site runs: no Astro modules, nothing from the layers above, the scripts or the tests',
  },
  {
    name: 'client scripts',
    paths: ['src/scripts'],
    imports: ['vocabulary', 'settings', 'lib'],
    refusesPackages: ['astro:', 'node:'],
    why: 'client scripts run in the browser: only pure modules of src/lib',
  },
  {
    name: 'styles',
    paths: ['src/styles'],
    imports: [],
    why: 'styles are CSS the components import',
  },
  {
    name: 'data',
    paths: ['src/data'],
    imports: ['vocabulary', 'settings', 'schemas', 'lib'],
    why: 'data loads content for pages; it does not render',
  },
  {
    name: 'build hooks',
    paths: ['src/integrations'],
    imports: ['vocabulary', 'settings', 'schemas', 'lib'],
    why: "build hooks run the site's logic around the build; they render nothing",
  },
  {
    name: 'collections',
    paths: ['src/content.config.ts'],
    imports: ['vocabulary', 'settings', 'schemas', 'lib', 'build hooks'],
    why: 'the collections read content through the loader and the schemas',
  },
  {
    name: 'components',
    paths: ['src/components'],
    imports: ['vocabulary', 'settings', 'schemas', 'lib', 'data', 'styles', 'client scripts', 'layouts'],
    why: 'components render data: nothing from pages, build hooks, the scripts or the tests',
  },
  {
    name: 'layouts',
    paths: ['src/layouts'],
    imports: ['vocabulary', 'settings', 'schemas', 'lib', 'data', 'styles', 'client scripts', 'components'],
    why: 'layouts frame pages: nothing from pages, build hooks, the scripts or the tests',
  },
  {
    name: 'pages',
    paths: ['src/pages'],
    imports: [
      'vocabulary',
      'settings',
      'schemas',
      'lib',
      'data',
      'styles',
      'client scripts',
      'components',
      'layouts',
    ],
    why: 'pages stay thin: they render components with data and logic from below, never the scripts or the tests',
  },
  {
    name: 'maintainer scripts',
    paths: ['scripts'],
    imports: ['vocabulary', 'settings', 'schemas', 'lib', 'build hooks'],
    why: "maintainer tooling runs on Node beside the site: it may use src/'s logic, never its pages or the tests",
  },
  {
    name: 'test helpers',
    paths: ['tests/helpers'],
    imports: [
      'vocabulary',
      'settings',
      'schemas',
      'lib',
      'client scripts',
      'data',
      'build hooks',
      'maintainer scripts',
      'fixtures',
    ],
    why: 'test helpers serve the tests and never import one',
  },
  {
    name: 'fixtures',
    paths: ['tests/fixtures'],
    imports: [],
    why: 'fixtures stand alone: recorded data and stand-ins import nothing of the project',
  },
  { name: 'tests', paths: ['tests/unit', 'tests/integration', 'tests/e2e'], imports: 'any', why: '' },
];
