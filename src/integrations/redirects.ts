import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { hostRedirectsFile, toolRedirects } from '../lib/redirects.ts';

/**
 * Astro `redirects` for tools that left the guide, read from `<content>/redirects/*.yaml`: a
 * renamed or merged tool's old page points to the new one, a removed tool's to its explanation.
 * Astro writes each as a small page with a meta refresh and a canonical link.
 */
export function redirectsFromContent(contentDir: string): Record<string, string> {
  const directory = join(contentDir, 'redirects');
  let names: string[];
  try {
    names = readdirSync(directory).filter((name) => name.endsWith('.yaml'));
  } catch {
    return {};
  }
  return toolRedirects(
    names.map((name) => ({
      slug: name.replace(/\.yaml$/, ''),
      to: (parse(readFileSync(join(directory, name), 'utf8')) as { to?: unknown } | null)?.to,
    })),
  );
}

/** Writes `_redirects` for static hosts that read it, from the same redirects as Astro's pages. */
export function hostRedirects(redirects: Readonly<Record<string, string>>): AstroIntegration {
  let base = '/';
  return {
    name: 'mlops-guide:host-redirects',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir }) => {
        writeFileSync(`${fileURLToPath(dir)}_redirects`, hostRedirectsFile(redirects, base));
      },
    },
  };
}
