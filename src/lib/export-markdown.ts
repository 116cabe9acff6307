import type { CheckedContent } from './content-check.ts';
import { isoDay } from './dates.ts';
import { badgesOf, compareNames, statusWarning } from './entries.ts';
import { isInactiveStatus } from '../vocabulary-core.ts';
import { compareForListing } from './order.ts';
import type { ToolData } from '../schemas/tool.ts';
import type { UpstreamRecord } from '../schemas/upstream.ts';
import { listOf } from './prose.ts';
import { decisionFactLines } from './tool-facts.ts';
import { fullStars, upstreamViews, type UpstreamView } from './upstream-view.ts';
import { RESOURCE_KINDS, RESOURCE_KIND_VALUES } from '../vocabulary.ts';

export interface ExportOptions {
  readonly title: string;
  readonly description: string;
  /** Address of the hosted site, for links to the guides. */
  readonly siteUrl: string;
  /**
   * Upstream records by tool slug (`readUpstream('content/upstream').tools`): each tool with a
   * record for its current repository gets an "Upstream" line. None without.
   */
  readonly upstream?: ReadonlyMap<string, UpstreamRecord> | Readonly<Record<string, UpstreamRecord>>;
}

/**
 * The upstream line of a tool: "Upstream, as of 2026-11-30 (GitHub API): 12,345 stars · latest
 * release v1.2.0 on 2026-08-21 · last push 2026-08-22 · license detected Apache-2.0". Dates are
 * absolute: the document is read long after it was written.
 */
export function upstreamLine(view: UpstreamView): string {
  const facts: string[] = [];
  if (view.missingSince) facts.push(`⚠️ repository not found since ${view.missingSince}`);
  if (view.archived) facts.push('⚠️ archived upstream');
  if (view.stars !== null) facts.push(`${fullStars(view.stars)} stars`);
  if (view.latestRelease) {
    facts.push(
      `latest release ${view.latestRelease.tag}${view.latestRelease.date ? ` on ${view.latestRelease.date}` : ''}`,
    );
  }
  if (view.lastPush) facts.push(`last ${view.pushKind} ${view.lastPush}`);
  if (view.licenseId) facts.push(`license detected ${view.licenseId}`);
  const source = view.source === 'snapshot' ? 'snapshot of the repository' : 'GitHub API';
  return `Upstream, as of ${view.asOf} (${source}): ${facts.length > 0 ? facts.join(' · ') : 'nothing known'}`;
}

/**
 * GitHub's heading anchors: lowercase, punctuation dropped, spaces to hyphens; a heading whose
 * anchor is taken gets `-1`, `-2`… in document order (as github-slugger does).
 */
function createSlugger(): (heading: string) => string {
  const occurrences = new Map<string, number>();
  return (heading) => {
    const base = heading
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}_ -]/gu, '')
      .replace(/ /g, '-');
    let anchor = base;
    while (occurrences.has(anchor)) {
      const count = (occurrences.get(base) ?? 0) + 1;
      occurrences.set(base, count);
      anchor = `${base}-${count}`;
    }
    occurrences.set(anchor, 0);
    return anchor;
  };
}

/** A URL as a Markdown link target: characters that would end or split it are percent-encoded. */
function linkTarget(url: string): string {
  return url.replace(
    /[()\s<>]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

/** Markdown-safe text: characters with meaning inside link text or emphasis are escaped. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/g, '\\$1');
}

/** The first line of every entry of the document: bold linked name, then its description. */
function headLine(name: string, url: string, description: string): string {
  return `**[${escapeMarkdown(name)}](${linkTarget(url)})** - ${escapeMarkdown(description)}`;
}

type Listed = Parameters<typeof badgesOf>[0] &
  Partial<
    Pick<
      ToolData,
      | 'licenseId'
      | 'statusDate'
      | 'successors'
      | 'maintainer'
      | 'languages'
      | 'firstRelease'
      | 'quickstart'
      | 'pricing'
    >
  > & { readonly name: string };

/**
 * A tool's status, when it is not active: "⚠️ Deprecated since 2025-02-28, use Triton Inference
 * Server". Successors are to "use" once a tool has ended, to "consider" while it is still kept.
 */
function statusText(entry: Listed, nameOf: (slug: string) => string): string | undefined {
  const warning = statusWarning(entry.status);
  if (!warning) return undefined;
  const since = entry.statusDate ? ` since ${entry.statusDate}` : '';
  const successors = (entry.successors ?? []).map(nameOf);
  const advice =
    successors.length > 0
      ? `, ${isInactiveStatus(entry.status) ? 'use' : 'consider'} ${listOf(successors, 'or')}`
      : '';
  return `${warning.icon} ${warning.label}${since}${advice}`;
}

/**
 * The badges line of an entry: license (with its SPDX id when known), difficulty, and the status
 * of a tool that is not active. Undefined when there is nothing to show.
 */
function badgeLine(entry: Listed, nameOf: (slug: string) => string): string | undefined {
  const badges = badgesOf(entry)
    .filter((badge) => badge.value !== undefined)
    .map((badge) =>
      badge.group === 'license' && entry.licenseId
        ? `${badge.icon} ${badge.label} (${entry.licenseId})`
        : `${badge.icon} ${badge.label}`,
    );
  const status = statusText(entry, nameOf);
  const parts = status === undefined ? badges : [...badges, status];
  return parts.length > 0 ? escapeMarkdown(parts.join(' · ')) : undefined;
}

/** A line that may refer to a heading anchor assigned later in the document. */
type Line = string | (() => string);

/**
 * The whole directory as one Markdown document in the shape of the original guide: categories,
 * subcategories (with the question each answers), entries with their badges and features, then
 * learning resources, guides, and the entries that were removed or renamed. A tool placed in
 * further categories (`alsoIn`) is listed there too, with a link to the subcategory it is filed
 * under.
 */
/** What the export reads: the checked entries of each collection (the problems are the check's). */
export type ExportedContent = Omit<CheckedContent, 'problems'>;

export function exportMarkdown(content: ExportedContent, options: ExportOptions): string {
  const categories = [...content.categories].sort((a, b) => a.data.order - b.data.order);
  const guides = [...content.guides].sort((a, b) => a.data.order - b.data.order);
  const redirects = content.redirects.map((entry) => entry.data).sort(compareNames);
  const toolsBySlug = new Map(content.tools.map((tool) => [tool.id, tool.data]));
  const nameOf = (slug: string) => toolsBySlug.get(slug)?.name ?? slug;
  const site = options.siteUrl.replace(/\/?$/, '/');
  const views = upstreamViews(
    content.tools.map((tool) => ({ slug: tool.id, repo: tool.data.repo })),
    options.upstream ?? new Map(),
  );
  const upstreamOfEntry = new Map<object, UpstreamView>();
  for (const tool of content.tools) {
    const view = views.get(tool.id);
    if (view) upstreamOfEntry.set(tool.data, view);
  }

  const slug = createSlugger();
  const anchors = new Map<string, string>();
  const anchorOf = (key: string) => anchors.get(key) ?? '';
  const lines: Line[] = [];
  const heading = (level: number, text: string, key?: string) => {
    const anchor = slug(text);
    if (key !== undefined) anchors.set(key, anchor);
    lines.push(`${'#'.repeat(level)} ${escapeMarkdown(text)}`, '');
  };
  const entry = (
    item: Listed & {
      readonly url: string;
      readonly description: string;
      readonly features: readonly string[];
    },
  ) => {
    const badges = badgeLine(item, nameOf);
    const upstream = upstreamOfEntry.get(item);
    const facts = decisionFactLines(item);
    const tryIt = item.quickstart?.command
      ? `Try it: \`${item.quickstart.command.replace(/`/g, "'")}\` ([quick start](${linkTarget(item.quickstart.url)}))`
      : item.quickstart
        ? `Try it: [official quick start](${linkTarget(item.quickstart.url)})`
        : undefined;
    lines.push(
      headLine(item.name, item.url, item.description),
      ...(badges === undefined ? [] : [`- ${badges}`]),
      ...(facts.length === 0 ? [] : [`- ${escapeMarkdown(facts.join(' · '))}`]),
      ...(tryIt === undefined ? [] : [`- ${tryIt}`]),
      ...item.features.map((feature) => `- ${escapeMarkdown(feature)}`),
      ...(upstream === undefined ? [] : [`- ${escapeMarkdown(upstreamLine(upstream))}`]),
      '',
    );
  };

  heading(1, options.title);
  lines.push(
    options.description,
    '',
    '<!-- Generated from content/ when the site is built. Edit the YAML files, not this file. -->',
    '',
  );
  heading(2, 'Table of Contents');
  const contents: [string, string][] = [
    ...categories.map((category): [string, string] => [category.data.name, `category:${category.id}`]),
    ['Learning Resources', 'resources'],
    ['Best Practices', 'guides'],
    ...(redirects.length > 0 ? [['Removed and renamed entries', 'redirects'] as [string, string]] : []),
  ];
  lines.push(
    ...contents.map(
      ([text, key]) =>
        () =>
          `- [${escapeMarkdown(text)}](#${anchorOf(key)})`,
    ),
    '',
  );

  for (const category of categories) {
    heading(2, category.data.name, `category:${category.id}`);
    lines.push(category.data.intro, '');
    for (const subcategory of category.data.subcategories) {
      const placed = content.tools
        .filter(
          ({ data }) =>
            (data.category === category.id && data.subcategory === subcategory.id) ||
            data.alsoIn.some(
              (placement) => placement.category === category.id && placement.subcategory === subcategory.id,
            ),
        )
        .map((tool) => tool.data)
        .sort(compareForListing);
      if (placed.length === 0) continue;
      heading(3, subcategory.name, `subcategory:${category.id}/${subcategory.id}`);
      if (subcategory.description) lines.push(escapeMarkdown(subcategory.description), '');
      for (const tool of placed) {
        if (tool.category === category.id && tool.subcategory === subcategory.id) {
          entry(tool);
          continue;
        }
        // Listed here too: name, description and badges; the features stay with the main entry.
        const home = categories.find((other) => other.id === tool.category);
        const homeName = `${home?.data.name ?? tool.category} › ${
          home?.data.subcategories.find((other) => other.id === tool.subcategory)?.name ?? tool.subcategory
        }`;
        const badges = badgeLine(tool, nameOf);
        lines.push(
          headLine(tool.name, tool.url, tool.description),
          ...(badges === undefined ? [] : [`- ${badges}`]),
          () =>
            `- Also listed here; filed under [${escapeMarkdown(homeName)}](#${anchorOf(
              `subcategory:${tool.category}/${tool.subcategory}`,
            )})`,
          '',
        );
      }
    }
  }

  heading(2, 'Learning Resources', 'resources');
  for (const kind of RESOURCE_KIND_VALUES) {
    const resources = content.resources
      .filter((resource) => resource.data.kind === kind)
      .map((resource) => resource.data)
      .sort(compareNames);
    if (resources.length === 0) continue;
    heading(3, `${RESOURCE_KINDS[kind].label}s`);
    for (const resource of resources) entry(resource);
  }

  heading(2, 'Best Practices', 'guides');
  for (const guide of guides) {
    lines.push(headLine(guide.data.title, `${site}guides/${guide.id}/`, guide.data.description), '');
  }

  if (redirects.length > 0) {
    heading(2, 'Removed and renamed entries', 'redirects');
    lines.push('Entries that left the guide or now go by another name; their old addresses still work.', '');
    for (const redirect of redirects) {
      const target = redirect.to === undefined ? undefined : toolsBySlug.get(redirect.to);
      const date = isoDay(redirect.date);
      const what =
        redirect.to === undefined
          ? `Removed from the guide on ${date}.`
          : `Listed as ${
              target
                ? `[${escapeMarkdown(target.name)}](${linkTarget(target.url)})`
                : escapeMarkdown(nameOf(redirect.to))
            } since ${date}.`;
      const instead = redirect.instead.map((other) => {
        const tool = toolsBySlug.get(other);
        return tool ? `[${escapeMarkdown(tool.name)}](${linkTarget(tool.url)})` : escapeMarkdown(other);
      });
      lines.push(
        `**${escapeMarkdown(redirect.name)}** - ${what}`,
        `- ${escapeMarkdown(redirect.reason)}`,
        ...(instead.length > 0 ? [`- Use instead: ${listOf(instead, 'or')}`] : []),
        '',
      );
    }
  }

  return lines.map((line) => (typeof line === 'string' ? line : line())).join('\n');
}
