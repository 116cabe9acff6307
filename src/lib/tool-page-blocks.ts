/**
 * The lists a tool page repeats item by item (capabilities, sources, related tools), as strings:
 * a directory of 10,000 tools renders them on 10,000 pages, where each item as markup of its own
 * component cost more than the rest of the page.
 */
import { CAPABILITY_NOT_RECORDED, CAPABILITY_SUPPORT } from '../vocabulary.ts';
import type { CapabilityLine } from './capabilities.ts';
import type { BadgeView } from './entries.ts';
import { attributes, escapeHtml, externalLinkHtml } from './html.ts';
import { displayHost } from './url.ts';

/** The capabilities of a tool's job, each yes, partial, no or not recorded, with its source. */
export function capabilitiesHtml(category: string, lines: readonly CapabilityLine[]): string {
  if (lines.length === 0) return '';
  const recorded = lines.filter((line) => line.recorded).length;
  const items = lines.map((line) => {
    const term = line.recorded ? CAPABILITY_SUPPORT[line.recorded.value] : CAPABILITY_NOT_RECORDED;
    const name = escapeHtml(line.name);
    const note = line.recorded?.note
      ? `<span class="tool-note">: ${escapeHtml(line.recorded.note)}</span>`
      : '';
    const source = line.recorded
      ? ` ${externalLinkHtml(
          line.recorded.source,
          `${escapeHtml(displayHost(line.recorded.source))}<span class="visually-hidden"> (source for ${name})</span>`,
          'tool-capability-source',
        )}`
      : '';
    return (
      `<li class="cap-${line.recorded?.value ?? 'unknown'}">` +
      `<span class="tool-capability-value"><span aria-hidden="true">${term.icon}</span> ${term.label}</span> ` +
      `<span class="tool-capability-name"${attributes({ title: line.definition })}>${name}</span>${note}${source}</li>`
    );
  });
  return (
    `<section aria-labelledby="capabilities" data-pagefind-ignore><h2 id="capabilities">Capabilities</h2>` +
    `<p class="tool-note">What ${escapeHtml(category)} tools are compared on; ${recorded} of ${lines.length} recorded with a source. ` +
    `<q>${CAPABILITY_NOT_RECORDED.label}</q> says nothing about the tool.</p>` +
    `<ul class="tool-capabilities">${items.join('')}</ul></section>`
  );
}

/** The public pages an entry's facts come from, folded, with the day they were last checked. */
export function sourcesHtml(urls: readonly string[], reviewed?: string): string {
  if (urls.length === 0) return '';
  const items = urls.map(
    (url) => `<li>${externalLinkHtml(url, escapeHtml(`${displayHost(url)}${new URL(url).pathname}`))}</li>`,
  );
  return (
    `<details class="sources" data-pagefind-ignore><summary>Sources of these facts (${urls.length})` +
    `${reviewed ? `, checked ${escapeHtml(reviewed)}` : ''}</summary><ul>${items.join('')}</ul></details>`
  );
}

export interface RelatedItem {
  readonly name: string;
  readonly href: string;
  readonly description: string;
  /** Its rated badges (license, difficulty). */
  readonly badges: readonly BadgeView[];
  /** Its status when not active, as cards say it. */
  readonly warning?: { readonly icon: string; readonly label: string } | undefined;
}

/**
 * Other tools of a subcategory as a compact list rather than full cards: every tool page carries
 * one, so at thousands of tools its weight is paid thousands of times, in bytes and build time.
 */
export function relatedToolsHtml(heading: string, items: readonly RelatedItem[]): string {
  const entries = items.map((item) => {
    const warning = item.warning
      ? `<span class="related-warning"><span aria-hidden="true">${item.warning.icon} </span>${escapeHtml(item.warning.label)}</span>`
      : '';
    const badges =
      item.badges.length > 0
        ? `<span class="related-badges">${item.badges
            .map(
              (badge) =>
                `<span><span aria-hidden="true">${badge.icon} </span>${escapeHtml(badge.label)} </span>`,
            )
            .join('')}</span>`
        : '';
    return (
      `<li><a class="related-name" href="${escapeHtml(item.href)}">${escapeHtml(item.name)}</a> ` +
      `<span class="related-description">${escapeHtml(item.description)}</span> ${warning} ${badges}</li>`
    );
  });
  return `<section aria-labelledby="related"><h2 id="related">${escapeHtml(heading)}</h2><ul class="related-tools">${entries.join('')}</ul></section>`;
}
