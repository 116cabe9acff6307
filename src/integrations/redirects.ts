import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { toolRedirects } from '../lib/redirects.ts';

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
