// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import { importDirection } from './scripts/lib/lint/import-direction.ts';
import { LAYERS } from './scripts/lib/lint/layers.ts';

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
  // Imports point down the layers of scripts/lib/lint/layers.ts, each refusal with its reason.
  {
    plugins: { local: { rules: { 'import-direction': importDirection(import.meta.dirname, LAYERS) } } },
    rules: { 'local/import-direction': 'error' },
  },
);
