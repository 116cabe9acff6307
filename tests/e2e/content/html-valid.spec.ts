import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { expect, test } from '@playwright/test';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { isRedirectPage } from '../../helpers/sites.ts';

/**
 * Every HTML file of the built site passes html-validate's recommended preset. Rules are turned
 * off or narrowed only where they conflict with a deliberate choice, each with its reason.
 */
const CONFIG: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // No form of the site needs a submit button: the header search has one field and is sent
    // with Enter (implicit submission; enterkeyhint="search" puts a Search key on touch
    // keyboards); the filter panels, the stack builder and the search page update the page as
    // options change, without a change of context (WCAG 3.2.2, the criterion H32 serves).
    'wcag/h32': 'off',
    // The header search suggestions are an ARIA 1.2 combobox popup whose options carry a title
    // and a detail line; a native <select> cannot show that. Other roles are still checked.
    'prefer-native-element': ['error', { exclude: ['listbox'] }],
    // Checkbox groups share their name on purpose: several values of one filter are sent as
    // `?license=free&license=freemium`, as radio groups do by default.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
};

const DIST = join(process.cwd(), 'dist');
const files = readdirSync(DIST, { withFileTypes: true, recursive: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
  .map((entry) => relative(process.cwd(), join(entry.parentPath, entry.name)).split(sep).join('/'))
  .filter((file) => !file.startsWith('dist/pagefind/') && !isRedirectPage(readFileSync(file, 'utf8')))
  .sort();

test('every HTML file of dist/ is valid', async () => {
  expect(files.length, 'HTML files in dist/ (run npm run build first)').toBeGreaterThan(50);
  const validator = new HtmlValidate(CONFIG);
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    const report = await validator.validateString(source, file);
    const errors = report.results.flatMap((result) =>
      result.messages.map((message) => {
        // Astro writes each page on one line: the element and a bit of markup locate the error.
        const start = source[message.offset - 1] === '<' ? message.offset - 1 : message.offset;
        const markup = source.slice(start, start + Math.min(message.size + 60, 120));
        return `${file}:${message.line}:${message.column}: ${message.ruleId}: ${message.message} (${message.selector ?? 'document'}: ${markup})`;
      }),
    );
    expect.soft(errors, `${file} has ${errors.length} html-validate errors`).toEqual([]);
  }
});

/** The W3C Nu checker (the `vnu-jar` package) needs Java; without it the test says so and skips. */
const javaAvailable = spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;

test('the W3C Nu HTML checker reports no error on any page', () => {
  test.skip(!javaAvailable, 'java is not installed: the W3C Nu checker (vnu-jar) cannot run here');
  test.setTimeout(120_000);
  const vnuJar = createRequire(import.meta.url)('vnu-jar') as string;
  const run = spawnSync(
    'java',
    ['-Xss4m', '-jar', vnuJar, '--errors-only', '--format', 'gnu', '--exit-zero-always', ...files],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  expect(run.status, run.stderr).toBe(0);
  const errors = run.stderr.split('\n').filter((line) => line.includes('error'));
  expect(errors).toEqual([]);
});
