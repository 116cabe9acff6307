import { slugIdSchema } from '../../schemas/common.ts';
import { unknownReference } from '../suggest.ts';
import { problemAt, TOOL_FILE_EXPECTED, type Rule } from './context.ts';

/** Subcategory ids a parsed (possibly invalid) category declares, or undefined if unreadable. */
function declaredSubcategories(data: Record<string, unknown>): string[] | undefined {
  const subcategories = data['subcategories'];
  if (!Array.isArray(subcategories)) return undefined;
  return subcategories.flatMap((subcategory: unknown) =>
    subcategory && typeof subcategory === 'object' && typeof (subcategory as { id?: unknown }).id === 'string'
      ? [(subcategory as { id: string }).id]
      : [],
  );
}

/**
 * A tool's category and subcategory exist. Every parsed tool is checked against every parsed
 * category, valid or not: one broken file must not make others report misleading references.
 */
export const categoryReferenceRule: Rule = ({ parsedTools, parsedCategories }) => {
  const byId = new Map(
    parsedCategories.map((category) => [category.slug, declaredSubcategories(category.data)]),
  );
  const ids = [...byId.keys()];
  return parsedTools.flatMap((tool) => {
    const { category, subcategory } = tool.data;
    // A value that is not even an id has already been reported by the schema.
    if (!slugIdSchema.safeParse(category).success || !slugIdSchema.safeParse(subcategory).success) return [];
    const categoryId = String(category);
    const subcategoryId = String(subcategory);
    if (!byId.has(categoryId)) {
      return [
        problemAt(
          tool,
          ['category'],
          unknownReference('category', categoryId, ids, `expected one of: ${[...ids].sort().join(', ')}`),
        ),
      ];
    }
    const subcategoryIds = byId.get(categoryId);
    if (!subcategoryIds || subcategoryIds.includes(subcategoryId)) return [];
    return [
      problemAt(
        tool,
        ['subcategory'],
        `unknown subcategory "${subcategoryId}" for category "${categoryId}" (expected one of: ${subcategoryIds.join(', ')})`,
      ),
    ];
  });
};

/** `successors` and `integrates` name other tools of the guide (any tool file counts, even a broken one). */
export const toolLinkRule: Rule = ({ tools, toolSlugs, redirects }) => {
  const slugs = [...toolSlugs];
  // A slug that left the guide is reported by the redirect rule, with what to use instead.
  const gone = new Set(redirects.map((redirect) => redirect.slug));
  return tools.flatMap((tool) =>
    (['successors', 'integrates'] as const).flatMap((field) =>
      tool.data[field].flatMap((slug, index) => {
        if (slug === tool.slug) return [problemAt(tool, [field, index], 'a tool cannot list itself')];
        if (toolSlugs.has(slug) || gone.has(slug)) return [];
        return [problemAt(tool, [field, index], unknownReference('tool', slug, slugs, TOOL_FILE_EXPECTED))];
      }),
    ),
  );
};
