import { findCapability } from '../capabilities.ts';
import { STACK_STAGES, type StackStage } from '../stack.ts';
import { unknownReference } from '../suggest.ts';
import type { Rule } from './context.ts';

/**
 * The stack builder's stages name categories and tools of the guide. The stages are code
 * (`src/lib/stack.ts`), so a problem is reported there, at the stage.
 */
export function stackStageProblems(stages: readonly StackStage[]): Rule {
  return ({ categories, toolSlugs, subcategoriesOf }) => {
    const ids = categories.map((category) => category.slug);
    if (ids.length === 0) return [];
    const at = (stage: StackStage) => ({
      file: 'src/lib/stack.ts',
      line: 1,
      field: `STACK_STAGES.${stage.key}`,
    });
    return stages.flatMap((stage) => [
      ...stage.categories
        .filter((id) => !ids.includes(id))
        .map((id) => ({
          ...at(stage),
          message: unknownReference('category', id, ids, 'expected a file name in content/categories/'),
        })),
      ...[...(stage.subcategories ?? []), ...(stage.excludeSubcategories ?? [])]
        .filter((id) => !stage.categories.some((category) => subcategoriesOf.get(category)?.includes(id)))
        .map((id) => {
          const known = stage.categories.flatMap((category) => subcategoriesOf.get(category) ?? []);
          return {
            ...at(stage),
            message: unknownReference('subcategory', id, known, `expected one of: ${known.join(', ')}`),
          };
        }),
      // A category without a capability model cannot show the evidence; one with a model must declare it.
      ...(stage.evidence ?? [])
        .filter(
          (id) =>
            stage.categories.some((category) =>
              categories.some((entry) => entry.slug === category && entry.data.capabilities.length > 0),
            ) &&
            !stage.categories.some((category) =>
              findCapability(
                categories.map((entry) => ({ id: entry.slug, ...entry.data })),
                category,
                id,
              ),
            ),
        )
        .map((id) => ({
          ...at(stage),
          message: `unknown capability "${id}" (expected a capability of the models of ${stage.categories.join(', ')})`,
        })),
      ...(stage.extraTools ?? [])
        .filter((slug) => !toolSlugs.has(slug))
        .map((slug) => ({
          ...at(stage),
          message: unknownReference('tool', slug, [...toolSlugs], 'expected a file name in content/tools/'),
        })),
    ]);
  };
}

export const stackStageRule: Rule = stackStageProblems(STACK_STAGES);
