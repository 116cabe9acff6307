import { getCollection } from 'astro:content';
import type { CategoryData } from '../schemas/category.ts';
import type { GuideData } from '../schemas/guide.ts';
import type { ResourceData } from '../schemas/resource.ts';
import type { ToolData } from '../schemas/tool.ts';
import { categoryListing, compareNames } from '../lib/entries.ts';
import { pageHref, pageOfIndex } from '../lib/paginate.ts';
import { createRoutes } from '../lib/routes.ts';

export const routes = createRoutes(import.meta.env.BASE_URL);

export interface Category extends CategoryData {
  readonly id: string;
}

export interface Tool extends ToolData {
  /** File name without extension; the tool page lives at `/tools/<slug>/`. */
  readonly slug: string;
  /** Path of the source file, for "Edit this entry" links. */
  readonly sourcePath: string;
}

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
}

async function loadDirectory(): Promise<Directory> {
  const [categories, tools, resources, guides] = await Promise.all([
    getCollection('categories'),
    getCollection('tools'),
    getCollection('resources'),
    getCollection('guides'),
  ]);
  return {
    categories: categories
      .map((entry) => ({ id: entry.id, ...entry.data }))
      .sort((a, b) => a.order - b.order),
    tools: tools
      .map((entry) => ({
        ...entry.data,
        category: entry.data.category.id,
        slug: entry.id,
        sourcePath: entry.filePath ?? `content/tools/${entry.id}.yaml`,
      }))
      .sort(compareNames),
    resources: resources
      .map((entry) => ({
        ...entry.data,
        slug: entry.id,
        sourcePath: entry.filePath ?? `content/resources/${entry.id}.yaml`,
      }))
      .sort(compareNames),
    guides: guides.map((entry) => ({ ...entry.data, slug: entry.id })).sort((a, b) => a.order - b.order),
  };
}

let cached: Promise<Directory> | undefined;

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

/** Link to a subsection of a category, on the listing page where that subsection starts. */
export function subsectionHref(directory: Directory, category: Category, subcategoryId: string): string {
  const ordered = categoryListing(
    category.subcategories,
    directory.tools.filter((tool) => tool.category === category.id),
  );
  const start = ordered.findIndex((tool) => tool.subcategory === subcategoryId);
  return `${pageHref(routes.category(category.id), pageOfIndex(start))}#${subcategoryId}`;
}
