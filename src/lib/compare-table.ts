/**
 * The comparison table's markup, written in one place for both pages that show it: the
 * pre-rendered pair pages (CompareTable.astro, through `set:html`) and the /compare/ page, whose
 * script builds it from `/tools.json` (through `innerHTML`). Neither caller escapes again, so
 * every text and attribute value that comes from content is escaped here.
 *
 * Loaded in the browser: keep it free of imports beyond types.
 */
import type { ComparisonTable, StatusFlag } from './compare.ts';

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe for element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return String(text).replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

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

const externalLink = (href: string, text: string) =>
  `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${escapeHtml(text)}</a>`;

function statusFlag(flag: StatusFlag, toolHref: (slug: string) => string): string {
  const successors = flag.successors.map((successor) => link(toolHref(successor.slug), successor.name));
  return (
    `<p class="status-flag"><strong>${escapeHtml(flag.label)}</strong>` +
    `${successors.length > 0 ? `: consider ${successors.join(', ')}` : ''}</p>`
  );
}

const MARKS = {
  yes: '<td class="mark yes"><span role="img" aria-label="Yes">✓</span></td>',
  no: '<td class="mark no"><span role="img" aria-label="Not listed">–</span></td>',
} as const;

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
            ? `<td>${escapeHtml(fact.missing)}</td>`
            : '<td><span class="unknown">Unknown</span></td>',
      ),
      fact.same ? 'same' : undefined,
    ),
  );

  const features = table.features.map((feature) =>
    row(
      feature.feature,
      feature.has.map((has) => (has ? MARKS.yes : MARKS.no)),
    ),
  );

  const ecosystem = [
    row(
      'Works with (compared)',
      table.integrations.map((names) => `<td>${names.length > 0 ? escapeHtml(names.join(', ')) : '–'}</td>`),
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
          isWebUrl(href) ? [`<li>${externalLink(href, text)}</li>`] : [],
        );
        return `<td>${items.length > 0 ? `<ul class="links">${items.join('')}</ul>` : '–'}</td>`;
      }),
    ),
  ];

  return (
    `<section class="table-scroll" aria-label="${escapeHtml(caption)}" tabindex="0">` +
    `<table class="compare-table"><caption>${escapeHtml(caption)}</caption>` +
    `<thead><tr><td></td>${headers.join('')}</tr></thead>` +
    rowGroup('Facts', columns, facts) +
    rowGroup('Features', columns, features) +
    rowGroup('Ecosystem', columns, ecosystem) +
    '</table></section>'
  );
}
