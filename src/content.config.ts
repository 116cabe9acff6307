import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { categorySchema } from './schemas/category.ts';
import { guideSchema } from './schemas/guide.ts';
import { redirectSchema } from './schemas/redirect.ts';
import { resourceSchema } from './schemas/resource.ts';
import { toolSchema } from './schemas/tool.ts';

/** `CONTENT_DIR` lets benchmarks and test fixtures build the site from other content. */
const contentRoot = process.env['CONTENT_DIR'] ?? './content';

const categories = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentRoot}/categories` }),
  schema: categorySchema,
});

const tools = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentRoot}/tools` }),
  schema: toolSchema.extend({ category: reference('categories') }),
});

const resources = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentRoot}/resources` }),
  schema: resourceSchema,
});

const guides = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${contentRoot}/guides` }),
  schema: guideSchema,
});

const redirects = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentRoot}/redirects` }),
  schema: redirectSchema,
});

export const collections = { categories, tools, resources, guides, redirects };
