// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/**
 * The layers of the site, from the bottom: vocabulary → schemas → lib → data → components,
 * layouts and pages. A layer imports only from layers below it (see CONTRIBUTING, "How the code
 * is organised"). Client scripts run in the browser: they take pure code from lib only.
 */
/**
 * @param {string[]} files
 * @param {string[]} patterns
 * @param {string} why
 * @returns {import('eslint').Linter.Config}
 */
const layer = (files, patterns, why) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns: [{ group: patterns, message: why }] }] },
});
const ABOVE_LIB = [
  '**/data/*',
  '**/components/*',
  '**/layouts/*',
  '**/pages/*',
  '**/integrations/*',
  '**/scripts/*',
];

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench-results/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: {
        // Scripts and configs run on Node; client modules in the browser.
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        URLSearchParams: 'readonly',
        document: 'readonly',
        window: 'readonly',
        history: 'readonly',
        location: 'readonly',
        HTMLElement: 'readonly',
        customElements: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: 'error',
    },
  },
  layer(
    ['src/vocabulary.ts'],
    ['astro:*', '**/schemas/*', '**/lib/*', ...ABOVE_LIB],
    'the vocabulary is the bottom layer: it imports nothing of the site',
  ),
  layer(['src/schemas/**'], ['astro:*', '**/lib/*', ...ABOVE_LIB], 'schemas build on the vocabulary only'),
  layer(
    ['src/lib/**'],
    ['astro:*', ...ABOVE_LIB],
    'src/lib is pure TypeScript: no Astro modules, nothing from the layers above',
  ),
  layer(
    ['src/data/**'],
    ['**/components/*', '**/layouts/*', '**/pages/*', '**/scripts/*'],
    'data loads content for pages; it does not render',
  ),
  layer(
    ['src/scripts/**'],
    ['astro:*', 'node:*', '**/data/*', '**/integrations/*', '**/schemas/*', '**/components/*', '**/pages/*'],
    'client scripts run in the browser: only pure modules of src/lib',
  ),
);
