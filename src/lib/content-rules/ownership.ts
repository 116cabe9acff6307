/**
 * Rules about who owns a tool and under which licenses its parts come: ownership is data (a
 * dated, sourced `history`), not prose in the maintainer's name, and it agrees with the
 * maintainer facet; each licensed part of an open-core product names a known license.
 */
import type { ContentProblem } from './context.ts';
import { isOsiApproved, SPDX_IDS } from '../licenses.ts';
import { HISTORY_IN_NAME } from '../ownership.ts';
import { unknownReference } from '../suggest.ts';
import { problemAt, type Rule } from './context.ts';

/** `2025-03` sorts before `2025-03-04`, which is what "oldest first" needs. */
const sortKey = (date: string) => (date.length === 7 ? `${date}-00` : date);

export const ownershipRule: Rule = ({ tools }) =>
  tools.flatMap((tool) => {
    const { maintainer, history = [] } = tool.data;
    const problems: ContentProblem[] = [];
    if (maintainer && HISTORY_IN_NAME.test(maintainer.name))
      problems.push(
        problemAt(
          tool,
          ['maintainer', 'name'],
          `"${maintainer.name}" tells a story: name who maintains it now, and put acquisitions, renames and origins in history (expected {event, party, date, source})`,
        ),
      );
    history.forEach((event, index) => {
      const previous = history[index - 1];
      // An undated event cannot be placed: only dated neighbours are held to the order.
      if (event.date && previous?.date && sortKey(event.date) < sortKey(previous.date))
        problems.push(
          problemAt(
            tool,
            ['history', index, 'date'],
            `${event.date} comes before ${previous.date} of the event above (expected the events oldest first)`,
          ),
        );
    });
    const last = history.at(-1);
    if (last && maintainer) {
      if (last.event === 'joined-foundation' && maintainer.kind !== 'foundation')
        problems.push(
          problemAt(
            tool,
            ['maintainer', 'kind'],
            `its latest history event joins ${last.party}, but its kind is "${maintainer.kind}" (expected kind: foundation, foundation: ${last.party})`,
          ),
        );
      if (
        last.event === 'joined-foundation' &&
        maintainer.kind === 'foundation' &&
        maintainer.foundation !== last.party
      )
        problems.push(
          problemAt(
            tool,
            ['maintainer', 'foundation'],
            `its latest history event joins "${last.party}", but the foundation is "${maintainer.foundation ?? '(none)'}" (expected the same name)`,
          ),
        );
      if (last.event === 'acquired' && maintainer.kind === 'foundation')
        problems.push(
          problemAt(
            tool,
            ['maintainer', 'kind'],
            `its latest history event is an acquisition by ${last.party}, but its kind is "foundation" (expected vendor, or a later joined-foundation event)`,
          ),
        );
    }
    const joinedEvent = history.filter((event) => event.event === 'joined-foundation').at(-1);
    if (joinedEvent?.date && maintainer?.joined && String(maintainer.joined) !== joinedEvent.date.slice(0, 4))
      problems.push(
        problemAt(
          tool,
          ['maintainer', 'joined'],
          `joined ${maintainer.joined}, but history says ${joinedEvent.party} on ${joinedEvent.date} (expected the same year)`,
        ),
      );
    return problems;
  });

/** Each licensed part names an SPDX id; listing parts means the product is open core, so say how. */
export const licensePartsRule: Rule = ({ tools }) =>
  tools.flatMap((tool) => {
    const { licenseParts = [], openCore } = tool.data;
    const problems: ContentProblem[] = [];
    licenseParts.forEach((part, index) => {
      if (part.licenseId !== undefined && isOsiApproved(part.licenseId) === undefined)
        problems.push(
          problemAt(
            tool,
            ['licenseParts', index, 'licenseId'],
            unknownReference(
              'SPDX license id',
              part.licenseId,
              SPDX_IDS,
              'expected an id of the SPDX license list',
            ),
          ),
        );
    });
    if (licenseParts.length > 0 && !openCore)
      problems.push(
        problemAt(
          tool,
          ['licenseParts'],
          'parts under different licenses make it open core: say which part is open and which is not in openCore',
        ),
      );
    return problems;
  });
