/**
 * The filter panel of a listing, as a string. Every page of a listing (a 10,000-tool directory
 * has thousands) shows the same panel with the same counts, so it is written once per listing
 * and option shown, and every page reuses it. Each option is a link to its badge page; the
 * listing script (`badge-filter.ts`) adds the checkbox that replaces it with JavaScript.
 */
import { attributes, escapeHtml } from './html.ts';
import { listingCounts, type FilterGroupDefinition, type FilterGroupKey } from './filters.ts';

export interface FilterPanelOptions {
  /** Every entry the listing shows, for the option counts. */
  readonly entries: readonly object[];
  /** Plural noun for the result count ("tools"). */
  readonly noun: string;
  /** Base of the pre-rendered badge pages: options link to `${badgePagesBase}license/free/`. */
  readonly badgePagesBase: string;
  /** The filter groups that apply to these entries. */
  readonly groups: readonly FilterGroupDefinition[];
  /** On a badge page: the option it shows, marked as current. */
  readonly current?: { readonly group: FilterGroupKey; readonly value: string } | undefined;
}

const rendered = new WeakMap<
  readonly object[],
  WeakMap<readonly FilterGroupDefinition[], Map<string, string>>
>();

/** The panel's markup, computed once per listing, groups and option shown. */
export function filterPanelHtml(options: FilterPanelOptions): string {
  const { entries, groups, noun, badgePagesBase, current } = options;
  let byGroups = rendered.get(entries);
  if (!byGroups) rendered.set(entries, (byGroups = new WeakMap()));
  let byKey = byGroups.get(groups);
  if (!byKey) byGroups.set(groups, (byKey = new Map()));
  const key = JSON.stringify([noun, badgePagesBase, current?.group, current?.value]);
  let html = byKey.get(key);
  if (html === undefined) byKey.set(key, (html = panelHtml(options)));
  return html;
}

function panelHtml({ entries, noun, badgePagesBase, groups, current }: FilterPanelOptions): string {
  const all = listingCounts(entries, groups);
  /** A badge page counts each option next to its own: the tools it would show if added. */
  const counts = current ? listingCounts(entries, groups, { [current.group]: [current.value] }) : all;
  const isCurrent = (group: FilterGroupDefinition, value: string) =>
    current?.group === group.key && current.value === value;
  const currentLabel = current
    ? groups
        .find((group) => group.key === current.group)
        ?.options.find((option) => option.value === current.value)?.label
    : undefined;
  const fieldsets = groups.map((group) => {
    // Options no entry of the listing carries are left out: a selection can only narrow the
    // listing, so they could never match (the badge page being shown is kept, even when empty).
    const offered = group.options.filter(
      (option) => (all[group.key].get(option.value) ?? 0) > 0 || isCurrent(group, option.value),
    );
    const items = offered.map((option) => {
      const count = counts[group.key].get(option.value) ?? 0;
      const selected = isCurrent(group, option.value);
      const icon = option.icon ? `<span aria-hidden="true">${escapeHtml(option.icon)} </span>` : '';
      const label = escapeHtml(option.label);
      const link =
        `<a class="option-link"${attributes({ href: `${badgePagesBase}${group.key}/${option.value}/`, 'aria-current': selected ? 'page' : undefined })}>` +
        `${icon}${label} <span class="count">(${count})</span></a>`;
      return `<li>${link}</li>`;
    });
    const described = group.options.filter((option) => option.description);
    const help =
      group.explained && described.length > 0
        ? `<details class="filter-help"><summary>What the ${escapeHtml(group.legend.toLowerCase())} values mean</summary><dl>` +
          described
            .map((option) => `<dt>${escapeHtml(option.label)}</dt><dd>${escapeHtml(option.description)}</dd>`)
            .join('') +
          `</dl></details>`
        : '';
    return `<fieldset><legend>${escapeHtml(group.legend)}</legend><ul class="cluster">${items.join('')}</ul>${help}</fieldset>`;
  });
  return (
    // On phones the panel folds away behind its summary; on wide screens it is always open
    // (styles/components/filter-panel.css).
    `<details class="filter-disclosure" data-filter-disclosure id="filters"><summary>Filters` +
    `<span class="filter-summary-state" data-filter-state>${currentLabel ? `: ${escapeHtml(currentLabel)}` : ''}</span></summary>` +
    `<form class="filter-panel" aria-label="Filter ${escapeHtml(noun)}" data-filter-form>${fieldsets.join('')}` +
    // On phones the open panel is long: a way back down to what the filters chose.
    `<p class="filter-done"><a href="#listing-results">Show the ${escapeHtml(noun)}</a></p></form></details>`
  );
}
