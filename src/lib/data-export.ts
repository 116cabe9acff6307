/**
 * `/tools.json`: the directory as data. The format is versioned: fields are only ever added
 * within a major version; a rename or removal bumps `version`.
 *
 * Version 1:
 * - `version` (number), `site` (absolute URL of the site)
 * - `categories[]`: `id`, `name`, `subcategories[]` (`id`, `name`)
 * - `tools[]`: `slug`, `name`, `url`, `page` (absolute URL of its page on the site),
 *   `description`, `category`, `subcategory`, `features[]`, `license` and `difficulty`
 *   (a badge value or null when not rated), `aliases[]`, `tags[]`, `repo` and `docs` (URL or
 *   null), `deployment` and `status` (a value or null when unknown), `statusNote` (or null),
 *   `successors[]` and `integrates[]` (slugs of other tools), `added` and `reviewed`
 *   (YYYY-MM-DD, `reviewed` may be null)
 * - `resources[]`: `slug`, `name`, `url`, `page`, `description`, `kind`, `author` (or null),
 *   `features[]`, `license`, `difficulty`, `added`, `reviewed`
 */
export const DATA_FORMAT_VERSION = 1;

const day = (date: Date | undefined) => (date ? date.toISOString().slice(0, 10) : null);

interface ExportableTool {
  slug: string;
  name: string;
  url: string;
  description: string;
  category: string;
  subcategory: string;
  features: readonly string[];
  license?: string | undefined;
  difficulty?: string | undefined;
  aliases: readonly string[];
  tags: readonly string[];
  repo?: string | undefined;
  docs?: string | undefined;
  deployment?: string | undefined;
  status?: string | undefined;
  statusNote?: string | undefined;
  successors: readonly string[];
  integrates: readonly string[];
  added: Date;
  reviewed?: Date | undefined;
}

interface ExportableResource {
  slug: string;
  name: string;
  url: string;
  description: string;
  kind: string;
  author?: string | undefined;
  features: readonly string[];
  license?: string | undefined;
  difficulty?: string | undefined;
  added: Date;
  reviewed?: Date | undefined;
}

export function directoryData(
  directory: {
    categories: readonly {
      id: string;
      name: string;
      subcategories: readonly { id: string; name: string }[];
    }[];
    tools: readonly ExportableTool[];
    resources: readonly ExportableResource[];
  },
  pageUrl: (kind: 'tool' | 'resource', slug: string) => string,
  site: string,
) {
  return {
    version: DATA_FORMAT_VERSION,
    site,
    categories: directory.categories.map(({ id, name, subcategories }) => ({
      id,
      name,
      subcategories: subcategories.map((sub) => ({ id: sub.id, name: sub.name })),
    })),
    tools: directory.tools.map((tool) => ({
      slug: tool.slug,
      name: tool.name,
      url: tool.url,
      page: pageUrl('tool', tool.slug),
      description: tool.description,
      category: tool.category,
      subcategory: tool.subcategory,
      features: [...tool.features],
      license: tool.license ?? null,
      difficulty: tool.difficulty ?? null,
      aliases: [...tool.aliases],
      tags: [...tool.tags],
      repo: tool.repo ?? null,
      docs: tool.docs ?? null,
      deployment: tool.deployment ?? null,
      status: tool.status ?? null,
      statusNote: tool.statusNote ?? null,
      successors: [...tool.successors],
      integrates: [...tool.integrates],
      added: day(tool.added),
      reviewed: day(tool.reviewed),
    })),
    resources: directory.resources.map((resource) => ({
      slug: resource.slug,
      name: resource.name,
      url: resource.url,
      page: pageUrl('resource', resource.slug),
      description: resource.description,
      kind: resource.kind,
      author: resource.author ?? null,
      features: [...resource.features],
      license: resource.license ?? null,
      difficulty: resource.difficulty ?? null,
      added: day(resource.added),
      reviewed: day(resource.reviewed),
    })),
  };
}
