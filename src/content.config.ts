import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { checkedYaml } from './integrations/content-loader.ts';
import { categorySchema } from './schemas/category.ts';
import { guideSchema } from './schemas/guide.ts';
import { redirectSchema } from './schemas/redirect.ts';
import { resourceSchema } from './schemas/resource.ts';
import { toolSchema } from './schemas/tool.ts';

/**
 * `CONTENT_DIR` lets benchmarks and test fixtures build the site from other content. The YAML
 * collections are read by the content check's own reader (`checkedYaml`); the guides are MDX,
 * rendered by Astro, from the same folder the check reads.
 */
const contentRoot = process.env['CONTENT_DIR'] ?? './content';

const categories = defineCollection({
  loader: checkedYaml('categories'),
  schema: categorySchema,
});

/** A tool's fields that name an entry of another collection. */
const toolReferences = { category: 'categories' } as const;

const tools = defineCollection({
  loader: checkedYaml('tools', toolReferences),
  schema: toolSchema.extend({ category: reference(toolReferences.category) }),
});

const resources = defineCollection({
  loader: checkedYaml('resources'),
  schema: resourceSchema,
});

const guides = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${contentRoot}/guides` }),
  schema: guideSchema,
});

const redirects = defineCollection({
  loader: checkedYaml('redirects'),
  schema: redirectSchema,
});

export const collections = { categories, tools, resources, guides, redirects };
