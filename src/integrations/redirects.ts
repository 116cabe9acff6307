import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readEntryData } from '../lib/content-read.ts';
import { hostRedirectsFile, questionRedirects, redirectPage, toolRedirects } from '../lib/redirects.ts';
import { readContentFiles } from '../lib/content-files.ts';

/**
 * Astro `redirects` for tools that left the guide, read from `<content>/redirects/*.yaml`: a
 * renamed or merged tool's old page points to the new one, a removed tool's to its explanation;
 * and for common questions that moved to another category (`formerCategory`).
 * Astro writes each as a small page with a meta refresh and a canonical link.
 */
export function redirectsFromContent(contentDir: string): Record<string, string> {
  // Read as the content check reads them; a file it refuses is left out here and reported by
  // the check, which stops the build with the file's name before anything is written.
  const files = readContentFiles(contentDir, { collections: ['redirects', 'categories'], history: false });
  const categories = files
    .filter((file) => file.collection === 'categories')
    .flatMap((file) => {
      const { data } = readEntryData(file);
      const id = file.path
        .split('/')
        .at(-1)
        ?.replace(/\.yaml$/, '');
      const questions = data?.['questions'];
      return id && Array.isArray(questions) ? [{ id, questions: questions.filter(isQuestionLike) }] : [];
    });
  const tools = toolRedirects(
    files
      .filter((file) => file.collection === 'redirects')
      .flatMap((file) => {
        const { data } = readEntryData(file);
        const slug = file.path
          .split('/')
          .at(-1)
          ?.replace(/\.yaml$/, '');
        return data && slug ? [{ slug, to: data['to'] }] : [];
      }),
  );
  return { ...tools, ...questionRedirects(categories) };
}

const isQuestionLike = (value: unknown): value is { id: string; formerCategory?: unknown } =>
  typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string';

/**
 * Writes `_redirects` for static hosts that read it, from the same redirects as Astro's pages,
 * and replaces each page Astro wrote at an old address with `redirectPage` (valid HTML).
 */
export function hostRedirects(redirects: Readonly<Record<string, string>>): AstroIntegration {
  let base = '/';
  let site = 'http://localhost/';
  return {
    name: 'mlops-guide:host-redirects',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        site = config.site ?? site;
      },
      'astro:build:done': ({ dir }) => {
        const outDir = fileURLToPath(dir);
        writeFileSync(join(outDir, '_redirects'), hostRedirectsFile(redirects, base));
        const prefix = base.replace(/\/+$/, '');
        for (const [from, to] of Object.entries(redirects)) {
          const target = `${prefix}${to}`;
          writeFileSync(join(outDir, from, 'index.html'), redirectPage(target, new URL(target, site).href));
        }
      },
    },
  };
}
