/**
 * The comparison table's markup, written in one place for both pages that show it: the
 * pre-rendered pair pages (CompareTable.astro, through `set:html`) and the /compare/ page, whose
 * script builds it from `/tools.json` (through `innerHTML`). Neither caller escapes again, so
 * every text and attribute value that comes from content is escaped here.
 *
 * Loaded in the browser: keep it free of imports beyond types and `html.ts`.
 */
import type { CapabilityCell, ComparisonTable, StatusFlag } from './compare.ts';
import { escapeHtml, externalLinkHtml } from './html.ts';

/** Only web addresses become links; anything else (`javascript:`, `data:`) is left out. */
const isWebUrl = (url: string | null | undefined): url is string => !!url && /^https?:\/\//i.test(url);

export interface CompareTableOptions {
  /** The table's caption, also the accessible name of its scrolling region. */
  readonly caption: string;
  /** Link to a tool's page on this site. */
  readonly toolHref: (slug: string) => string;
  /**
   * Adds a "Remove <tool>" button to each column header, `data-remove` holding the slug; the
   * /compare/ page's script handles the clicks.
   */
  readonly removable?: boolean;
}

/** A group of rows: its own `<tbody>`, opened by a header row that names it for the rows below. */
function rowGroup(title: string, columns: number, rows: readonly string[]): string {
  if (rows.length === 0) return '';
  return (
    `<tbody><tr class="section"><th scope="rowgroup" colspan="${columns + 1}">${escapeHtml(title)}</th></tr>` +
    `${rows.join('')}</tbody>`
  );
}

const row = (header: string, cells: readonly string[], className?: string) =>
  `<tr${className ? ` class="${className}"` : ''}><th scope="row">${escapeHtml(header)}</th>${cells.join('')}</tr>`;

const link = (href: string, text: string) => `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;

function statusFlag(flag: StatusFlag, toolHref: (slug: string) => string): string {
  const successors = flag.successors.map((successor) => link(toolHref(successor.slug), successor.name));
  return (
    `<p class="status-flag"><strong>${escapeHtml(flag.label)}</strong>` +
    `${successors.length > 0 ? `: consider ${successors.join(', ')}` : ''}</p>`
  );
}

/**
 * The marks of a capability cell: a symbol and a word, so support never rests on colour alone;
 * "not recorded" is its own mark, never read as "no". (The words are vocabulary.ts's
 * CAPABILITY_SUPPORT labels, restated here because this module runs in the browser without it.)
 */
const SUPPORT = {
  yes: ['✓', 'Yes'],
  partial: ['◐', 'Partial'],
  no: ['✗', 'No'],
} as const;
const NOT_RECORDED = ['?', 'Not recorded'] as const;
/** A cell with no recorded value says so in words, never with a bare dash. */
const NOT_RECORDED_CELL = '<span class="unknown">Not recorded</span>';

function capabilityCell(cell: CapabilityCell, context: string): string {
  const [icon, label] = cell.value ? SUPPORT[cell.value] : NOT_RECORDED;
  const note = cell.note ? `<span class="cap-note">${escapeHtml(cell.note)}</span>` : '';
  const source = isWebUrl(cell.source)
    ? ` ${externalLinkHtml(cell.source, `source<span class="visually-hidden"> for ${escapeHtml(context)}</span>`, 'cap-source')}`
    : '';
  return (
    `<td class="cap cap-${cell.value ?? 'unknown'}"><span aria-hidden="true">${icon}</span> ${label}` +
    `${note}${source}</td>`
  );
}

/** Rows where every tool agrees can be folded; the others are marked as differences. */
const agreement = (same: boolean, columns: number) => (columns > 1 && !same ? 'differs' : 'same');

/** The whole table, in its scrolling region, as one HTML string. */
export function compareTableHtml(table: ComparisonTable, options: CompareTableOptions): string {
  const { caption, toolHref, removable = false } = options;
  const columns = table.tools.length;

  const headers = table.tools.map((tool, index) => {
    const flag = table.flags[index];
    return (
      `<th scope="col">${link(toolHref(tool.slug), tool.name)}` +
      (flag ? statusFlag(flag, toolHref) : '') +
      (removable
        ? `<button type="button" class="remove" data-remove="${escapeHtml(tool.slug)}">Remove ${escapeHtml(tool.name)}</button>`
        : '') +
      '</th>'
    );
  });

  const facts = table.facts.map((fact) =>
    row(
      fact.label,
      fact.values.map((value) =>
        value !== undefined
          ? `<td>${escapeHtml(value)}</td>`
          : fact.missing !== undefined
            ? `<td><span class="unknown">${escapeHtml(fact.missing)}</span></td>`
            : '<td><span class="unknown">Unknown</span></td>',
      ),
      agreement(fact.same, columns),
    ),
  );

  // A row no compared tool records says nothing about them: it folds away until asked for.
  const capabilities = table.capabilities.map(
    (capability) =>
      `<tr class="${agreement(capability.same, columns)}${capability.recorded ? '' : ' unrecorded'}"><th scope="row">${escapeHtml(capability.name)}` +
      `<span class="cap-definition">${escapeHtml(capability.definition)}</span></th>` +
      capability.cells
        .map((cell, index) => capabilityCell(cell, `${table.tools[index]?.name ?? ''}: ${capability.name}`))
        .join('') +
      '</tr>',
  );

  // Each tool's own words, side by side but never aligned: a bullet one tool lacks says nothing.
  const ownWords = [
    row(
      'Features',
      table.features.map(
        (features) =>
          `<td>${features.length > 0 ? `<ul class="own-features">${features.map((feature) => `<li>${escapeHtml(feature)}</li>`).join('')}</ul>` : NOT_RECORDED_CELL}</td>`,
      ),
    ),
  ];

  const ecosystem = [
    row(
      'Works with (compared)',
      table.integrations.map(
        (names) => `<td>${names.length > 0 ? escapeHtml(names.join(', ')) : NOT_RECORDED_CELL}</td>`,
      ),
    ),
    row(
      'Links',
      table.tools.map((tool) => {
        const links: [string | null | undefined, string][] = [
          [tool.url, 'Website'],
          [tool.repo, 'Source'],
          [tool.docs, 'Docs'],
        ];
        const items = links.flatMap(([href, text]) =>
          isWebUrl(href) ? [`<li>${externalLinkHtml(href, escapeHtml(text))}</li>`] : [],
        );
        return `<td>${items.length > 0 ? `<ul class="links">${items.join('')}</ul>` : NOT_RECORDED_CELL}</td>`;
      }),
    ),
  ];

  const unrecorded = table.capabilities.filter((capability) => !capability.recorded).length;
  const unrecordedToggle =
    unrecorded > 0
      ? `<p class="compare-fold"><label><input type="checkbox" data-show-unrecorded> Show the ${unrecorded} capabilit${unrecorded === 1 ? 'y' : 'ies'} recorded for none of these tools</label></p>`
      : '';
  return (
    `<div class="compare-view"><p class="compare-scope">${escapeHtml(table.scope)}</p>` +
    // Folding works without JavaScript: the stylesheet hides agreeing rows while it is checked,
    // and rows recorded for no tool until their box is checked.
    '<p class="compare-fold"><label><input type="checkbox" data-only-differences> Show only the rows where they differ</label></p>' +
    unrecordedToggle +
    // Shown on narrow screens only, where a comparison of more than two tools scrolls sideways.
    (columns > 2
      ? `<p class="compare-swipe" data-swipe-cue>${columns} tools side by side: scroll the table sideways to see every column <span aria-hidden="true">→</span></p>`
      : '') +
    `<section class="table-scroll" aria-label="${escapeHtml(caption)}" tabindex="0">` +
    `<table class="compare-table" data-columns="${columns}"><caption>${escapeHtml(caption)}</caption>` +
    `<thead><tr><td></td>${headers.join('')}</tr></thead>` +
    rowGroup('Facts', columns, facts) +
    rowGroup('Capabilities', columns, capabilities) +
    rowGroup('In their own words', columns, ownWords) +
    rowGroup('Ecosystem', columns, ecosystem) +
    '</table></section></div>'
  );
}
