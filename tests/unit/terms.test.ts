import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * One word per concept (ARCHITECTURE.md, "Glossary"): the code, the pages and the docs say
 * category and subcategory, never section or subsection, and license, never licence. HTML's
 * <section> element, the comparison table's row-group class and the header's NavSection (a part
 * of the site, not a category) keep their names; "licence" appears only as the misspelt field
 * that the content check must catch.
 */
const ROOTS = ['src', 'scripts', 'tests', '.github'];
// CHANGELOG.md is history: it names what was renamed.
const DOCS = ['README.md', 'CONTRIBUTING.md', 'ARCHITECTURE.md'];
const TEXT = /\.(?:ts|mjs|astro|css|md|ya?ml)$/;

function files(): string[] {
  const found = ROOTS.flatMap((root) =>
    readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && TEXT.test(entry.name))
      .map((entry) => join(entry.parentPath, entry.name))
      .filter((path) => !path.startsWith('tests/fixtures/')),
  );
  return [...found, ...DOCS];
}

const NOT_THE_CONCEPT = [
  /<\/?section\b/g,
  /(['"])section\1/g,
  /\.section(?![\w-])/g,
  /data-filter-section/g,
  /NavSection/g,
  /intersection/gi,
];

/** The lines of `text` that use an old term, with their line numbers. */
function oldTerms(text: string): string[] {
  return text.split('\n').flatMap((line, index) => {
    let rest = line;
    for (const pattern of NOT_THE_CONCEPT) rest = rest.replace(pattern, '');
    const section = /section/i.test(rest);
    const licence = /licence/i.test(rest.replace(/(['"`])licence\1|licence:/g, ''));
    return section || licence ? [`${index + 1}: ${line.trim()}`] : [];
  });
}

describe('one term per concept', () => {
  it('finds the old terms, but not HTML sections or the misspelt field', () => {
    expect(
      oldTerms(
        [
          'const sections = 1;',
          '<section aria-label="x"></section>',
          'the licence badge',
          "toolWith('license', 'licence: open-source')",
          'a subsection of it',
          'new IntersectionObserver()',
          'Licence id differs',
        ].join('\n'),
      ),
    ).toEqual([
      '1: const sections = 1;',
      '3: the licence badge',
      '5: a subsection of it',
      '7: Licence id differs',
    ]);
  });

  it('are category, subcategory and license in the code, the tests and the docs', () => {
    const found = files().flatMap((file) =>
      file === 'tests/unit/terms.test.ts'
        ? []
        : oldTerms(readFileSync(file, 'utf8')).map((line) => `${file}:${line}`),
    );
    expect(found).toEqual([]);
  });
});
