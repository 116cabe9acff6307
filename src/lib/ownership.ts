/**
 * Who owns or governs a tool now, and how that came about, from its `maintainer` and its
 * `history` (acquisitions, foundation moves, renames, spin-outs). Shared by the tool page, the
 * comparison and the content diff so that ownership reads the same everywhere. Pure.
 */
import type { ToolData } from '../schemas/tool.ts';
import { OWNERSHIP_EVENTS } from '../vocabulary.ts';

type OwnershipFacts = Partial<Pick<ToolData, 'maintainer'>> & {
  readonly history?: ToolData['history'] | undefined;
};

export type OwnershipEventData = NonNullable<ToolData['history']>[number];

/** The year of a `YYYY-MM-DD` or `YYYY-MM` date, after `words` (" since 2025"); '' when undated. */
const inYear = (words: string, date: string | undefined) => (date ? ` ${words} ${date.slice(0, 4)}` : '');

/** The last event of the history (they are written oldest first; the content check holds them to it). */
export function latestEvent(history: readonly OwnershipEventData[]): OwnershipEventData | undefined {
  return history.at(-1);
}

/**
 * Who a tool belongs to today: the buyer of its latest acquisition, the foundation it last
 * joined, else its maintainer. Renames and spin-outs leave the maintainer as it is written.
 */
export function currentOwner(tool: OwnershipFacts): string | undefined {
  const owning = (tool.history ?? []).filter(
    (event) => event.event === 'acquired' || event.event === 'joined-foundation',
  );
  const last = latestEvent(owning);
  if (last && !(last.event === 'joined-foundation' && tool.maintainer?.kind !== 'foundation'))
    return last.party;
  return tool.maintainer?.foundation ?? tool.maintainer?.name;
}

/** "Acquired by HPE (2021-06)", "Joined PyTorch Foundation (2025-10)": one past event. */
export function eventText(event: OwnershipEventData): string {
  const label = OWNERSHIP_EVENTS[event.event].label;
  const when = event.date ? ` (${event.date})` : '';
  return `${label.charAt(0).toUpperCase()}${label.slice(1)} ${event.party}${when}`;
}

/**
 * The present-tense line of the tool page: "Part of CoreWeave since 2025", "In the PyTorch
 * Foundation since 2025", "Formerly Allegro AI (renamed in 2024)"; undefined without history.
 */
export function ownershipLine(tool: OwnershipFacts): string | undefined {
  const last = latestEvent(tool.history ?? []);
  if (!last) return undefined;
  switch (last.event) {
    case 'acquired':
      return `Part of ${last.party}${inYear('since', last.date)}`;
    case 'joined-foundation':
      return `In the ${last.party.replace(/^the /i, '')}${inYear('since', last.date)}`;
    case 'renamed':
      return `Formerly ${last.party} (renamed${inYear('in', last.date)})`;
    case 'spun-out':
      return `Spun out of ${last.party}${inYear('in', last.date)}`;
    default:
      return undefined;
  }
}

/** Wording that belongs in `history`, not in a maintainer's name ("acquired by", "formerly"). */
export const HISTORY_IN_NAME =
  /\b(?:acquired|formerly|part of|a [\w.-]+ company|since \d{4}|originated at|created (?:at|by))\b/i;
