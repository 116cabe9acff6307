import type { ContentProblem } from './context.ts';
import { findCapability, modelsOfTool } from '../capabilities.ts';
import { unknownReference } from '../suggest.ts';
import { problemAt, type Rule } from './context.ts';

/**
 * A model's capability ids are unique, and within a category an id means one thing: a subcategory
 * that reuses an id of its category's model (or of a sibling's) gives it the same name and
 * definition, so a tool's recorded value reads the same in every model that shows it.
 */
export const capabilityModelRule: Rule = ({ categories }) =>
  categories.flatMap((category) => {
    const problems: ContentProblem[] = [];
    const meaning = new Map<string, { name: string; definition: string; where: string }>();
    const models = [
      { path: ['capabilities'], where: 'the category', capabilities: category.data.capabilities },
      ...category.data.subcategories.map((subcategory, index) => ({
        path: ['subcategories', index, 'capabilities'],
        where: `subcategory "${subcategory.id}"`,
        capabilities: subcategory.capabilities,
      })),
    ];
    for (const model of models) {
      const seen = new Set<string>();
      model.capabilities.forEach((capability, index) => {
        const at = [...model.path, index, 'id'];
        if (seen.has(capability.id)) {
          problems.push(
            problemAt(
              category,
              at,
              `duplicate capability id "${capability.id}" (ids must be unique within a model)`,
            ),
          );
          return;
        }
        seen.add(capability.id);
        const known = meaning.get(capability.id);
        if (!known) {
          meaning.set(capability.id, { ...capability, where: model.where });
        } else if (known.name !== capability.name || known.definition !== capability.definition) {
          problems.push(
            problemAt(
              category,
              at,
              `capability "${capability.id}" is declared by ${known.where} with another name or definition (give it the same name and definition, or another id)`,
            ),
          );
        }
      });
    }
    return problems;
  });

/**
 * A tool records only capabilities its jobs are compared on: those of the model of each of its
 * placements (a subcategory's own model, or its category's).
 */
export const toolCapabilityRule: Rule = ({ tools, categories }) => {
  const withIds = categories.map((category) => ({ id: category.slug, ...category.data }));
  return tools.flatMap((tool) => {
    const models = modelsOfTool(withIds, tool.data);
    const declared = [
      ...new Set(models.flatMap((model) => model.capabilities.map((capability) => capability.id))),
    ];
    const jobs = models.map((model) => model.key).join(', ');
    const problems: ContentProblem[] = [];
    for (const id of Object.keys(tool.data.capabilities)) {
      if (declared.includes(id)) continue;
      problems.push(
        problemAt(
          tool,
          ['capabilities', id],
          unknownReference(
            'capability',
            id,
            declared,
            declared.length > 0
              ? `expected one of the capabilities of ${jobs}: ${declared.join(', ')}`
              : `the models of ${jobs} declare no capabilities`,
          ),
        ),
      );
    }
    return problems;
  });
};

/** A question answered by a capability names one that the named category's models declare. */
export const questionCapabilityRule: Rule = ({ categories }) => {
  const withIds = categories.map((category) => ({ id: category.slug, ...category.data }));
  return categories.flatMap((category) =>
    category.data.questions.flatMap((question, index) =>
      question.answeredBy.flatMap((answer, position) =>
        findCapability(withIds, answer.category, answer.capability)
          ? []
          : [
              problemAt(
                category,
                ['questions', index, 'answeredBy', position, 'capability'],
                `unknown capability "${answer.capability}" of category "${answer.category}" (expected a capability its model or one of its subcategories' declares)`,
              ),
            ],
      ),
    ),
  );
};
