/**
 * Rules about a tool's claimed facts: its license and its lifecycle, each backed by a source.
 */
import { INACTIVE_STATUSES, isFlaggedStatus, isInactiveStatus } from '../../vocabulary.ts';
import type { ContentProblem } from './context.ts';
import { isOsiApproved, SPDX_IDS } from '../licenses.ts';
import { unknownReference } from '../suggest.ts';
import { problemAt, type Rule } from './context.ts';

/** SPDX ids exist; open source means OSI-approved, source-available means not; claims cite a source. */
export const licenseRule: Rule = ({ tools }) =>
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
            'SPDX license id',
            licenseId,
            SPDX_IDS,
            'expected an id of the SPDX license list, e.g. "Apache-2.0"',
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
          'source-available needs the licenseId of the repository’s license (expected an SPDX id such as "BUSL-1.1")',
        ),
      );
    }
    if ((license !== undefined || licenseId !== undefined) && sources.length === 0) {
      problems.push(
        problemAt(
          tool,
          ['sources'],
          'a license is claimed without a source (expected the URL of the LICENSE file or pricing page)',
        ),
      );
    }
    return problems;
  });

/** A status other than active says when and why, with a source; a tool that ended names successors. */
export const lifecycleRule: Rule = ({ tools }) =>
  tools.flatMap((tool) => {
    const { status, statusDate, statusNote, successors, sources } = tool.data;
    const problems: ContentProblem[] = [];
    if (!isFlaggedStatus(status)) {
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
    if (isInactiveStatus(status) && successors.length === 0)
      problems.push(
        problemAt(
          tool,
          ['status'],
          `${status} needs successors (expected the slugs of tools to use instead)`,
        ),
      );
    return problems;
  });

/**
 * The facts a tool page is organised around stay consistent: a foundation project names its
 * foundation (and only foundation projects do), a maturity belongs to a foundation, and every
 * fact is backed by a source (its own, or one of the tool's `sources`).
 */
export const toolFactsRule: Rule = ({ tools }) =>
  tools.flatMap((tool) => {
    const { maintainer, languages, firstRelease, pricing, sources } = tool.data;
    const problems: ContentProblem[] = [];
    if (maintainer) {
      if (maintainer.kind === 'foundation' && !maintainer.foundation)
        problems.push(
          problemAt(
            tool,
            ['maintainer', 'foundation'],
            'a foundation project needs the foundation it belongs to',
          ),
        );
      if (maintainer.kind !== 'foundation' && maintainer.foundation)
        problems.push(
          problemAt(
            tool,
            ['maintainer', 'kind'],
            `names the foundation "${maintainer.foundation}" but its kind is "${maintainer.kind}" (expected kind: foundation, or no foundation)`,
          ),
        );
      if ((maintainer.maturity || maintainer.joined) && !maintainer.foundation)
        problems.push(
          problemAt(
            tool,
            ['maintainer'],
            'maturity and joined describe a foundation membership: name the foundation',
          ),
        );
    }
    const unsourced = (
      [
        ['maintainer', maintainer?.source],
        ['languages', languages?.source],
        ['firstRelease', firstRelease?.source],
        ['pricing', pricing?.source ?? pricing?.url],
      ] as const
    ).filter(([field, source]) => tool.data[field] !== undefined && !source && sources.length === 0);
    for (const [field] of unsourced)
      problems.push(
        problemAt(tool, [field], `${field} needs a source: its own "source", or a page listed in "sources"`),
      );
    return problems;
  });
