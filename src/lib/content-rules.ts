/**
 * Rules of the content check about a tool's facts and the links between entries. Each rule is a
 * function of the whole checked content that returns its problems; `content-check.ts` parses the
 * files, locates lines and runs every rule of `TOOL_RULES`.
 */
import spdxLicenses from 'spdx-license-list';
import type { RedirectData } from '../schemas/redirect.ts';
import type { ToolData } from '../schemas/tool.ts';
import { INACTIVE_STATUSES } from '../vocabulary.ts';
import type { ContentProblem } from './content-check.ts';
import { unknownReference } from './suggest.ts';

interface Located<T> {
  readonly slug: string;
  readonly file: string;
  readonly data: T;
  /** 1-based line of a field path in the entry's file. */
  lineOf(path: readonly PropertyKey[]): number;
}

export interface ToolRuleContext {
  /** Tools whose file passed the schema. */
  readonly tools: readonly Located<ToolData>[];
  readonly redirects: readonly Located<RedirectData>[];
  /** Category id → its subcategory ids. */
  readonly categories: ReadonlyMap<string, readonly string[]>;
  /** Slug of every tool file, valid or not. */
  readonly toolSlugs: ReadonlySet<string>;
}

export type ToolRule = (context: ToolRuleContext) => ContentProblem[];

const problemAt = <T>(entry: Located<T>, path: readonly PropertyKey[], message: string): ContentProblem => ({
  file: entry.file,
  line: entry.lineOf(path),
  field: path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index ? '.' : ''}${String(key)}`))
    .join(''),
  message,
});

const SPDX_IDS = Object.keys(spdxLicenses);

/** Whether an SPDX id is approved by the Open Source Initiative (undefined when unknown). */
export function isOsiApproved(licenseId: string): boolean | undefined {
  return Object.hasOwn(spdxLicenses, licenseId) ? spdxLicenses[licenseId]?.osiApproved : undefined;
}

/** Copyleft family of an SPDX id: strong (GPL, AGPL), weak (LGPL, MPL, EPL, …) or none. */
export function copyleftOf(licenseId: string): 'strong' | 'weak' | 'none' {
  if (/^(A?GPL)-/.test(licenseId)) return 'strong';
  if (/^(LGPL|MPL|EPL|EUPL|CDDL|OSL|CECILL)-/.test(licenseId)) return 'weak';
  return 'none';
}

/** SPDX ids exist; open source means OSI-approved, source-available means not; claims cite a source. */
export const licenceRule: ToolRule = ({ tools }) =>
  tools.flatMap((tool) => {
    const { license, licenseId, sources } = tool.data;
    const problems: ContentProblem[] = [];
    const osi = licenseId === undefined ? undefined : isOsiApproved(licenseId);
    if (licenseId !== undefined && osi === undefined) {
      problems.push(
        problemAt(
          tool,
          ['licenseId'],
          unknownReference(
            'SPDX licence id',
            licenseId,
            SPDX_IDS,
            'expected an id of the SPDX licence list, e.g. "Apache-2.0"',
          ),
        ),
      );
    }
    if (license === 'open-source' && licenseId === undefined) {
      problems.push(
        problemAt(
          tool,
          ['license'],
          'open-source needs the licenseId of the repository’s LICENSE file (expected an SPDX id)',
        ),
      );
    }
    if (license === 'open-source' && osi === false) {
      problems.push(
        problemAt(
          tool,
          ['license'],
          `open-source with "${licenseId}", which is not OSI-approved (expected license: source-available)`,
        ),
      );
    }
    if (license === 'source-available' && osi === true) {
      problems.push(
        problemAt(
          tool,
          ['license'],
          `source-available with "${licenseId}", which is OSI-approved (expected license: open-source)`,
        ),
      );
    }
    if (license === 'source-available' && licenseId === undefined) {
      problems.push(
        problemAt(
          tool,
          ['license'],
          'source-available needs the licenseId of the repository’s licence (expected an SPDX id such as "BUSL-1.1")',
        ),
      );
    }
    if ((license !== undefined || licenseId !== undefined) && sources.length === 0) {
      problems.push(
        problemAt(
          tool,
          ['sources'],
          'a licence is claimed without a source (expected the URL of the LICENSE file or pricing page)',
        ),
      );
    }
    return problems;
  });

const inactive = (status: ToolData['status']) =>
  (INACTIVE_STATUSES as readonly (string | undefined)[]).includes(status);

/** A status other than active says when and why, with a source; a tool that ended names successors. */
export const lifecycleRule: ToolRule = ({ tools }) =>
  tools.flatMap((tool) => {
    const { status, statusDate, statusNote, successors, sources } = tool.data;
    const problems: ContentProblem[] = [];
    if (status === undefined || status === 'active') {
      if (successors.length > 0)
        problems.push(
          problemAt(
            tool,
            ['successors'],
            `only a tool that is not active has successors (expected status: maintenance, ${INACTIVE_STATUSES.join(', ')})`,
          ),
        );
      return problems;
    }
    if (statusDate === undefined)
      problems.push(
        problemAt(
          tool,
          ['status'],
          `${status} needs statusDate (expected when it changed, YYYY-MM-DD or "YYYY-MM")`,
        ),
      );
    if (statusNote === undefined)
      problems.push(
        problemAt(tool, ['status'], `${status} needs statusNote (expected one sentence on what happened)`),
      );
    if (sources.length === 0)
      problems.push(
        problemAt(
          tool,
          ['status'],
          `${status} needs a source (expected the URL of the notice or announcement in sources)`,
        ),
      );
    if (inactive(status) && successors.length === 0)
      problems.push(
        problemAt(
          tool,
          ['status'],
          `${status} needs successors (expected the slugs of tools to use instead)`,
        ),
      );
    return problems;
  });

/** Further placements name real sections and subsections, never the primary one twice. */
export const placementRule: ToolRule = ({ tools, categories }) =>
  tools.flatMap((tool) => {
    const problems: ContentProblem[] = [];
    const seen = new Set([`${tool.data.category}/${tool.data.subcategory}`]);
    tool.data.alsoIn.forEach((placement, index) => {
      const subcategories = categories.get(placement.category);
      if (!subcategories) {
        problems.push(
          problemAt(
            tool,
            ['alsoIn', index, 'category'],
            unknownReference(
              'category',
              placement.category,
              [...categories.keys()],
              `expected one of: ${[...categories.keys()].sort().join(', ')}`,
            ),
          ),
        );
        return;
      }
      if (!subcategories.includes(placement.subcategory)) {
        problems.push(
          problemAt(
            tool,
            ['alsoIn', index, 'subcategory'],
            unknownReference(
              `subcategory of "${placement.category}"`,
              placement.subcategory,
              subcategories,
              `expected one of: ${subcategories.join(', ')}`,
            ),
          ),
        );
        return;
      }
      const key = `${placement.category}/${placement.subcategory}`;
      if (seen.has(key))
        problems.push(
          problemAt(
            tool,
            ['alsoIn', index],
            `${key} is listed twice (expected each placement once, the primary one in category/subcategory)`,
          ),
        );
      seen.add(key);
    });
    return problems;
  });

/** Redirects point at tools that exist, and an old slug is not also a current tool or reference. */
export const redirectRule: ToolRule = ({ tools, redirects, toolSlugs }) => {
  const slugs = [...toolSlugs];
  const problems: ContentProblem[] = [];
  for (const redirect of redirects) {
    const { to, instead } = redirect.data;
    if (toolSlugs.has(redirect.slug))
      problems.push(
        problemAt(
          redirect,
          [],
          `"${redirect.slug}" is still a tool (content/tools/${redirect.slug}.yaml): a redirect is for an address that left the guide`,
        ),
      );
    if (to !== undefined && !toolSlugs.has(to))
      problems.push(
        problemAt(
          redirect,
          ['to'],
          unknownReference('tool', to, slugs, 'expected the file name of a tool in content/tools/'),
        ),
      );
    if (to !== undefined && instead.length > 0)
      problems.push(
        problemAt(
          redirect,
          ['instead'],
          'a redirect with `to` goes there; `instead` is for removed entries (expected one of the two)',
        ),
      );
    instead.forEach((slug, index) => {
      if (!toolSlugs.has(slug))
        problems.push(
          problemAt(
            redirect,
            ['instead', index],
            unknownReference('tool', slug, slugs, 'expected the file name of a tool in content/tools/'),
          ),
        );
    });
  }
  const gone = new Map(redirects.map((redirect) => [redirect.slug, redirect]));
  for (const tool of tools) {
    for (const field of ['successors', 'integrates'] as const) {
      tool.data[field].forEach((slug, index) => {
        const redirect = gone.get(slug);
        if (redirect && !toolSlugs.has(slug))
          problems.push(
            problemAt(
              tool,
              [field, index],
              `"${slug}" left the guide (content/redirects/${slug}.yaml)${redirect.data.to ? `: use "${redirect.data.to}"` : ''}`,
            ),
          );
      });
    }
  }
  return problems;
};

export const TOOL_RULES: readonly ToolRule[] = [licenceRule, lifecycleRule, placementRule, redirectRule];
