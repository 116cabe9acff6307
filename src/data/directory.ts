import { getCollection } from 'astro:content';
import type { CategoryData } from '../schemas/category.ts';
import type { GuideData } from '../schemas/guide.ts';
import type { ResourceData } from '../schemas/resource.ts';
import {
  categoryListing,
  compareNames,
  groupBySubcategory,
  placedIn,
  relatedEntries,
  worksWith,
} from '../lib/entries.ts';
import { comparisonLabels, pairSlug, serializeComparedSlugs, type Labels } from '../lib/compare.ts';
import { LABEL_MAPS } from '../lib/labels.ts';
import { MAX_RIVALS, rivalPairs, rivalsBySlug } from '../lib/rivals.ts';
import {
  modelOf,
  modelsOfTool,
  categoryCounts,
  type CapabilityModel,
  type CategoryCounts,
} from '../lib/capabilities.ts';
import { adoptionSignals, sortByAdoption, type Adoption } from '../lib/adoption.ts';
import { changeHistory, type DirectoryChange } from '../lib/changes.ts';
import { compareForListing } from '../lib/order.ts';
import {
  RESOURCE_FILTER_KEYS,
  CATEGORY_KEY,
  TOOL_FILTER_KEYS,
  facetValuesOf,
  filterGroups,
  groupValues,
  type FilterGroupDefinition,
} from '../lib/filters.ts';
import { encodeGroups, encodeSmall, type ListingData } from '../lib/listing-index.ts';
import { pageHref, pageOfIndex } from '../lib/paginate.ts';
import { createRoutes } from '../lib/routes.ts';
import { readUpstream } from '../lib/upstream/read.ts';
import { readSynonyms } from '../lib/synonyms.ts';
import { listAdoptionOf, type ListAdoption } from '../lib/curated-lists.ts';
import { readListSnapshot } from '../lib/curated-lists-read.ts';
import { checklistMentions } from '../lib/checklist-tools.ts';
import { searchStanding } from '../lib/search-rank.ts';
import { toolView, type Tool } from '../lib/tool-view.ts';
import type { UpstreamRecord } from '../schemas/upstream.ts';
import { memoized, pushTo } from '../lib/maps.ts';
import {
  DEFAULT_SORT,
  latestActivity,
  offeredOrders,
  sortTools,
  upstreamViews,
  type SortOrder,
  type UpstreamView,
} from '../lib/upstream-view.ts';

export const routes = createRoutes(import.meta.env.BASE_URL);

export interface Category extends CategoryData {
  readonly id: string;
}

/** A tool as every page reads it: the tool view (`src/lib/tool-view.ts`), built once per tool. */
export type { Tool } from '../lib/tool-view.ts';

export interface Resource extends ResourceData {
  readonly slug: string;
  readonly sourcePath: string;
}

export interface Guide extends GuideData {
  readonly slug: string;
}

export interface Directory {
  readonly categories: Category[];
  readonly tools: Tool[];
  readonly resources: Resource[];
  readonly guides: Guide[];
  /** Upstream records by tool slug, as collected (the views are on each tool). */
  readonly upstream: ReadonlyMap<string, UpstreamRecord>;
  /** Search synonym groups (`content/search/synonyms.yaml`). */
  readonly synonyms: readonly (readonly string[])[];
  /** How many checklist items of the guides name each tool, by slug. */
  readonly checklistMentions: ReadonlyMap<string, number>;
  /** The orders the listings and search offer (`offeredOrders`): those some tool has a value for. */
  readonly orders: readonly SortOrder[];
}

/** The upstream data directory beside the content (`content/upstream/`, or the fixture's). */
const upstreamDir = `${process.env['CONTENT_DIR'] ?? './content'}/upstream`;

async function loadDirectory(): Promise<Directory> {
  const [categories, tools, resources, guides] = await Promise.all([
    getCollection('categories'),
    getCollection('tools'),
    getCollection('resources'),
    getCollection('guides'),
  ]);
  // Schema-checked; a missing file means no facts yet, an invalid one fails the build.
  const upstream = new Map(Object.entries(readUpstream(upstreamDir).tools));
  const synonyms = readSynonyms(process.env['CONTENT_DIR'] ?? './content');
  const views = upstreamViews(
    tools.map((entry) => ({ slug: entry.id, repo: entry.data.repo })),
    upstream,
  );
  const listSnapshot = readListSnapshot(process.env['CONTENT_DIR'] ?? './content');
  const listAdoption = listSnapshot
    ? listAdoptionOf(new Map(tools.map((entry) => [entry.id, entry.data])), listSnapshot)
    : undefined;
  const curatedListsOf = (slug: string): { curatedLists?: ListAdoption } => {
    const found = listAdoption?.get(slug);
    return found ? { curatedLists: found } : {};
  };
  const upstreamOf = (slug: string): { upstream?: UpstreamView } => {
    const view = views.get(slug);
    return view ? { upstream: view } : {};
  };
  const toolViews = tools
    .map((entry) =>
      toolView({
        ...entry.data,
        category: entry.data.category.id,
        slug: entry.id,
        sourcePath: repositoryPath('tools', entry.id, entry.filePath),
        ...upstreamOf(entry.id),
        ...curatedListsOf(entry.id),
      }),
    )
    .sort(compareNames);
  return {
    categories: categories
      .map((entry) => ({ id: entry.id, ...entry.data }))
      .sort((a, b) => a.order - b.order),
    tools: toolViews,
    resources: resources
      .map((entry) => ({
        ...entry.data,
        slug: entry.id,
        sourcePath: repositoryPath('resources', entry.id, entry.filePath),
      }))
      .sort(compareNames),
    guides: guides.map((entry) => ({ ...entry.data, slug: entry.id })).sort((a, b) => a.order - b.order),
    upstream,
    synonyms,
    checklistMentions: checklistMentions(guides.map((entry) => entry.body ?? '')),
    orders: offeredOrders(toolViews),
  };
}

let cached: Promise<Directory> | undefined;

/**
 * Where an entry's file lives in the repository, for "Edit this entry" links: the published
 * site's entries always come from `content/<collection>/`, whatever folder or project copy a
 * test or benchmark build read them from.
 */
function repositoryPath(collection: 'tools' | 'resources', id: string, filePath: string | undefined): string {
  const fileName = filePath?.split('/').at(-1) ?? `${id}.yaml`;
  return `content/${collection}/${fileName}`;
}

/** The names of the subcategories a tool is listed in: its own first, then those of `alsoIn`. */
export function placementNames(directory: Directory, tool: Tool): string[] {
  return [{ category: tool.category, subcategory: tool.subcategory }, ...tool.alsoIn].flatMap((placement) => {
    const category = directory.categories.find((candidate) => candidate.id === placement.category);
    const name = category?.subcategories.find((sub) => sub.id === placement.subcategory)?.name;
    return name ? [name] : [];
  });
}

const newestRelease = new WeakMap<Directory, number>();

/** How established a tool is, for search ranking (`searchStanding`), from the directory's facts. */
export function standingOfTool(directory: Directory, tool: Tool): number {
  let newest = newestRelease.get(directory);
  if (newest === undefined) {
    newest = directory.tools.reduce((year, other) => Math.max(year, other.firstRelease?.year ?? 0), 0);
    newestRelease.set(directory, newest);
  }
  return searchStanding(
    {
      checklistMentions: directory.checklistMentions.get(tool.slug) ?? 0,
      maturity: tool.maintainer?.maturity,
      firstReleaseYear: tool.firstRelease?.year,
      stars: tool.upstream?.stars,
      curatedLists: tool.curatedLists?.lists.length,
    },
    newest,
  );
}

/** All content, loaded once per build and shared by every page. */
export function getDirectory(): Promise<Directory> {
  cached ??= loadDirectory();
  return cached;
}

/** The category a tool belongs to; the content check guarantees it exists. */
export function categoryOf(directory: Directory, tool: Pick<Tool, 'category'>): Category {
  const category = directory.categories.find((candidate) => candidate.id === tool.category);
  if (!category) throw new Error(`Unknown category "${tool.category}"`);
  return category;
}

// Per-build indexes, so that no page of a large directory scans or sorts every tool again.
const subcategoryIndex = new WeakMap<Directory, Map<string, Tool[]>>();
/** Each tool's position in its subcategory's list, by slug. */
const subcategoryPositions = new WeakMap<Directory, Map<string, number>>();
const subcategoryLinks = new WeakMap<Directory, Map<string, string>>();
const integrationIndex = new WeakMap<Directory, Map<string, Tool[]>>();
const slugIndex = new WeakMap<Directory, Map<string, Tool>>();

/** Every tool by slug. */
export function toolsBySlug(directory: Directory): Map<string, Tool> {
  let index = slugIndex.get(directory);
  if (!index) {
    index = new Map(directory.tools.map((tool) => [tool.slug, tool]));
    slugIndex.set(directory, index);
  }
  return index;
}

/** Tools a tool works with, declared on either side, by name (see `worksWith`). */
export function integrationsOf(directory: Directory, tool: Tool): Tool[] {
  let declaredBy = integrationIndex.get(directory);
  if (!declaredBy) {
    declaredBy = new Map();
    for (const entry of directory.tools) {
      for (const slug of entry.integrates) pushTo(declaredBy, slug, entry);
    }
    integrationIndex.set(directory, declaredBy);
  }
  const bySlug = toolsBySlug(directory);
  const candidates = [
    ...(declaredBy.get(tool.slug) ?? []),
    ...tool.integrates.flatMap((slug) => bySlug.get(slug) ?? []),
  ];
  return worksWith(tool, [...new Set(candidates)]);
}

/** The tools of a tool's subcategory, in name order (the tool itself included). */
export function subcategoryTools(directory: Directory, tool: Pick<Tool, 'category' | 'subcategory'>): Tool[] {
  let index = subcategoryIndex.get(directory);
  if (!index) {
    index = new Map();
    const positions = new Map<string, number>();
    for (const entry of directory.tools) {
      const key = `${entry.category}/${entry.subcategory}`;
      const group = index.get(key) ?? [];
      if (group.length === 0) index.set(key, group);
      positions.set(entry.slug, group.length);
      group.push(entry);
    }
    subcategoryIndex.set(directory, index);
    subcategoryPositions.set(directory, positions);
  }
  return index.get(`${tool.category}/${tool.subcategory}`) ?? [];
}

/** The tools of its subcategory that follow a tool alphabetically, wrapping round (see `relatedEntries`). */
export function relatedToolsOf(directory: Directory, tool: Tool, limit = 6): Tool[] {
  const group = subcategoryTools(directory, tool);
  return relatedEntries(tool, group, limit, subcategoryPositions.get(directory)?.get(tool.slug));
}

/** Link to a subcategory of a category, on the listing page where that subcategory starts. */
export function subcategoryHref(directory: Directory, category: Category, subcategoryId: string): string {
  let links = subcategoryLinks.get(directory);
  if (!links) {
    links = new Map();
    subcategoryLinks.set(directory, links);
  }
  const key = `${category.id}/${subcategoryId}`;
  const known = links.get(key);
  if (known) return known;
  const ordered = listingOf(directory, category);
  const start = ordered.findIndex((tool) => tool.subcategory === subcategoryId);
  const href = `${pageHref(routes.category(category.id), pageOfIndex(start))}#${subcategoryId}`;
  links.set(key, href);
  return href;
}

const listings = new WeakMap<Directory, Map<string, Tool[]>>();

/**
 * A listing's tools in display order, computed once per build: `all` for the A to Z listing
 * (tools that ended last), or a category id for that category (its own tools and those placed in
 * it, subcategory by subcategory). Every page of a paginated listing reads the same array.
 */
export function listingOf(directory: Directory, listing: 'all' | Category): Tool[] {
  return memoized(listings, directory, listing === 'all' ? 'all' : listing.id, () =>
    listing === 'all'
      ? [...directory.tools].sort(compareForListing)
      : categoryListing(listing.subcategories, placedIn(listing.id, directory.tools)),
  );
}

export interface SubcategoryLink {
  readonly id: string;
  readonly name: string;
  /** How many tools the category lists under it. */
  readonly count: number;
  /** The listing page where it starts, at its heading. */
  readonly href: string;
}

const outlines = new WeakMap<
  Directory,
  Map<string, { subcategories: SubcategoryLink[]; placedHere: number }>
>();

/**
 * A category's table of contents, computed once per build: its subcategories with their counts and
 * the page each starts on, and how many of its tools are filed under another category.
 */
export function subcategoryOutline(
  directory: Directory,
  category: Category,
): { readonly subcategories: readonly SubcategoryLink[]; readonly placedHere: number } {
  let byId = outlines.get(directory);
  if (!byId) outlines.set(directory, (byId = new Map()));
  let outline = byId.get(category.id);
  if (!outline) {
    const ordered = listingOf(directory, category);
    const subcategories = groupBySubcategory(category.subcategories, ordered).map((group) => ({
      id: group.id,
      name: group.name,
      count: group.entries.length,
      href: subcategoryHref(directory, category, group.id),
    }));
    outline = { subcategories, placedHere: ordered.filter((tool) => tool.category !== category.id).length };
    byId.set(category.id, outline);
  }
  return outline;
}

const sortedListings = new WeakMap<Directory, Map<string, Tool[]>>();

/**
 * A listing's tools in another order (see `SORT_ORDERS`), computed once per build: every tool of
 * the listing, flat (a sorted category is not split into subcategories).
 */
export function sortedListingOf(directory: Directory, listing: 'all' | Category, order: SortOrder): Tool[] {
  return memoized(sortedListings, directory, `${listing === 'all' ? 'all' : listing.id}/${order}`, () => {
    const listed = listingOf(directory, listing);
    return order === 'adoption' ? sortByAdoption(listed, adoptionOf(directory)) : sortTools(listed, order);
  });
}

const toolGroupsCache = new WeakMap<Directory, FilterGroupDefinition[]>();

/** The filter groups of tool listings: category first, then the vocabulary's facets. */
export function toolFilterGroups(directory: Directory): FilterGroupDefinition[] {
  const cached = toolGroupsCache.get(directory);
  if (cached) return cached;
  const groups = filterGroups(TOOL_FILTER_KEYS, directory);
  toolGroupsCache.set(directory, groups);
  return groups;
}

const categoryGroupsCache = new WeakMap<Directory, FilterGroupDefinition[]>();

/** The filter groups of a listing: a category's tools are all in it, so it offers the others. */
export function listingFilterGroups(
  directory: Directory,
  listing: 'all' | Category,
): FilterGroupDefinition[] {
  if (listing === 'all') return toolFilterGroups(directory);
  let groups = categoryGroupsCache.get(directory);
  if (!groups) {
    groups = toolFilterGroups(directory).filter((group) => group.key !== CATEGORY_KEY);
    categoryGroupsCache.set(directory, groups);
  }
  return groups;
}

/**
 * What the browser needs to filter a whole listing in one order (see `lib/listing-index.ts`):
 * its tools, their filter values, and for a category each tool's subcategory.
 */
export function listingData(directory: Directory, listing: 'all' | Category, order: SortOrder): ListingData {
  const tools =
    order === DEFAULT_SORT ? listingOf(directory, listing) : sortedListingOf(directory, listing, order);
  const groups = listingFilterGroups(directory, listing);
  const data = {
    tools: tools.map((tool) => tool.slug),
    groups: encodeGroups(
      tools.map((tool) => facetValuesOf(tool, groups)),
      groupValues(groups),
    ),
  };
  if (listing === 'all') return data;
  const subcategories = listing.subcategories.map(({ id, name, description }) => ({ id, name, description }));
  const indexOf = new Map(subcategories.map((subcategory, index) => [subcategory.id, index]));
  return {
    ...data,
    subcategories,
    // A category's listing carries each tool under the subcategory it is placed in there.
    subcategoryCodes: tools.map((tool) => encodeSmall(indexOf.get(tool.subcategory) ?? 0)).join(''),
  };
}

/** The filter groups of learning-resource listings. */
export const resourceFilterGroups: readonly FilterGroupDefinition[] = filterGroups(RESOURCE_FILTER_KEYS);

const rivalIndex = new WeakMap<
  Directory,
  { rivals: Map<string, Tool[]>; pages: Map<string, [Tool, Tool]> }
>();

function rivalData(directory: Directory): {
  rivals: Map<string, Tool[]>;
  pages: Map<string, [Tool, Tool]>;
} {
  const cached = rivalIndex.get(directory);
  if (cached) return cached;
  const rivals = rivalsBySlug(directory.tools);
  const pairs = rivalPairs(directory.tools, MAX_RIVALS, rivals);
  const data = {
    rivals,
    pages: new Map(pairs.map((pair): [string, [Tool, Tool]] => [pairSlug(pair[0].slug, pair[1].slug), pair])),
  };
  rivalIndex.set(directory, data);
  return data;
}

/** The tools that do the same job as this one, most alike first (see `rivalsOf`). */
export function rivalsOfTool(directory: Directory, tool: Tool): Tool[] {
  return rivalData(directory).rivals.get(tool.slug) ?? [];
}

/** The rival pairs pre-rendered as `/compare/<a>-vs-<b>/`, by pair slug. */
export function rivalPages(directory: Directory): ReadonlyMap<string, [Tool, Tool]> {
  return rivalData(directory).pages;
}

const labelsIndex = new WeakMap<Directory, Labels>();

/** The labels of comparison tables (the /compare/ page's script uses the same), once per build. */
export function comparisonLabelsOf(directory: Directory): Labels {
  let labels = labelsIndex.get(directory);
  if (!labels) {
    labels = comparisonLabels(LABEL_MAPS, directory.categories, directory.tools, (slug) => {
      const upstream = toolsBySlug(directory).get(slug)?.upstream;
      return upstream ? latestActivity(upstream)?.date : undefined;
    });
    labelsIndex.set(directory, labels);
  }
  return labels;
}

/** The address comparing two tools: their pre-rendered page when there is one, else /compare/?tools=. */
export function comparisonHref(directory: Directory, a: Pick<Tool, 'slug'>, b: Pick<Tool, 'slug'>): string {
  const slug = pairSlug(a.slug, b.slug);
  return rivalPages(directory).has(slug)
    ? routes.comparePair(slug)
    : `${routes.compare}?${serializeComparedSlugs([a.slug, b.slug])}`;
}

const countsIndex = new WeakMap<Directory, Map<string, CategoryCounts>>();

/** The capability model a tool's page shows: the job of its own placement (see `modelOf`). */
export function jobModelOf(
  directory: Directory,
  tool: Pick<Tool, 'category' | 'subcategory'>,
): CapabilityModel {
  return modelOf(directory.categories, tool);
}

/** Per job (a model's key), how many of the tools placed in it record each capability as yes. */
export function capabilityCountsOf(directory: Directory, jobKey: string): CategoryCounts {
  let byJob = countsIndex.get(directory);
  if (!byJob) {
    const tools = new Map<string, Tool[]>();
    for (const tool of directory.tools)
      for (const model of modelsOfTool(directory.categories, tool)) pushTo(tools, model.key, tool);
    byJob = new Map([...tools].map(([key, group]) => [key, categoryCounts(group)]));
    countsIndex.set(directory, byJob);
  }
  return byJob.get(jobKey) ?? { tools: 0, yes: new Map() };
}

const adoptionIndex = new WeakMap<Directory, Map<string, Adoption>>();

/** Every tool's adoption signals (see adoption.ts), computed once per build. */
export function adoptionOf(directory: Directory): ReadonlyMap<string, Adoption> {
  let signals = adoptionIndex.get(directory);
  if (!signals) {
    signals = adoptionSignals(directory.tools);
    adoptionIndex.set(directory, signals);
  }
  return signals;
}

let changesCache: Promise<DirectoryChange[]> | undefined;

/**
 * Every recorded change of the directory, newest first (see changes.ts): additions, status and
 * license changes from the tools, renames and removals from `content/redirects/`.
 */
export function directoryChanges(): Promise<DirectoryChange[]> {
  changesCache ??= Promise.all([getDirectory(), getCollection('redirects')]).then(([directory, redirects]) =>
    changeHistory(
      directory.tools,
      redirects.map((entry) => ({ ...entry.data, slug: entry.id })),
    ),
  );
  return changesCache;
}

/** The page a change links to: the tool's, a removed tool's notice, or all tools for a batch. */
export function changeHref(change: Pick<DirectoryChange, 'kind' | 'slug'>): string {
  if (!change.slug) return routes.tools;
  return change.kind === 'removed' ? routes.removed(change.slug) : routes.tool(change.slug);
}
