import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';

/**
 * html-validate's recommended preset. Rules are turned off or narrowed only where they conflict
 * with a deliberate choice, each with its reason.
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

/** The HTML pages under `root`, redirect pages included (Pagefind's own UI left out). */
export function htmlPages(root: string): string[] {
  return readdirSync(root, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !relative(root, file).split(sep).includes('pagefind'))
    .sort();
}

/** At most `size` items, spread evenly over the list, the same ones on every run. */
export function evenSample<T>(items: readonly T[], size: number): T[] {
  if (items.length <= size) return [...items];
  const step = items.length / size;
  return Array.from({ length: size }, (_, index) => items[Math.floor(index * step)] as T);
}

/** Every html-validate error of the files, as `file:line:column: rule: message (markup)`. */
export async function htmlValidateErrors(files: readonly string[]): Promise<string[]> {
  const validator = new HtmlValidate(CONFIG);
  const errors: string[] = [];
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    const report = await validator.validateString(source, file);
    for (const message of report.results.flatMap((result) => result.messages)) {
      // Astro writes each page on one line: the element and a bit of markup locate the error.
      const start = source[message.offset - 1] === '<' ? message.offset - 1 : message.offset;
      const markup = source.slice(start, start + Math.min(message.size + 60, 120));
      errors.push(
        `${file}:${message.line}:${message.column}: ${message.ruleId}: ${message.message} (${markup})`,
      );
    }
  }
  return errors;
}

/** Whether Java is installed: the W3C Nu checker (the `vnu-jar` package) needs it. */
export const javaAvailable = spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;

/**
 * A short run of the JVM: the quick compiler only and the serial collector halve the checker's
 * CPU time on a few hundred pages (its optimising compiler and parallel GC never pay back).
 */
const SHORT_RUN_JVM = ['-Xss4m', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];

/** Every error the W3C Nu HTML checker reports on the files, in one run of the checker. */
export function nuCheckerErrors(files: readonly string[]): string[] {
  const vnuJar = createRequire(import.meta.url)('vnu-jar') as string;
  const run = spawnSync(
    'java',
    [...SHORT_RUN_JVM, '-jar', vnuJar, '--errors-only', '--format', 'gnu', '--exit-zero-always', ...files],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (run.status !== 0) throw new Error(`the Nu checker did not run: ${run.stderr}`);
  return run.stderr.split('\n').filter((line) => line.includes('error'));
}
