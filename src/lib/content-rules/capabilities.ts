import type { ContentProblem } from './context.ts';
import { unknownReference } from '../suggest.ts';
import { problemAt, type Rule } from './context.ts';

/** A section's capability ids are unique. */
export const capabilityModelRule: Rule = ({ categories }) =>
  categories.flatMap((category) => {
    const seen = new Set<string>();
    return category.data.capabilities.flatMap((capability, index) => {
      const repeated = seen.has(capability.id);
      seen.add(capability.id);
      return repeated
        ? [
            problemAt(
              category,
              ['capabilities', index, 'id'],
              `duplicate capability id "${capability.id}" (ids must be unique within a section)`,
            ),
          ]
        : [];
    });
  });

/**
 * A tool records only capabilities its sections compare on: those of its own section and of the
 * sections it is also listed in.
 */
export const toolCapabilityRule: Rule = ({ tools, categories }) => {
  const modelOf = new Map(
    categories.map((category) => [
      category.slug,
      category.data.capabilities.map((capability) => capability.id),
    ]),
  );
  return tools.flatMap((tool) => {
    const sections = [tool.data.category, ...tool.data.alsoIn.map((placement) => placement.category)];
    const declared = [...new Set(sections.flatMap((section) => modelOf.get(section) ?? []))];
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
              ? `expected one of the capabilities of ${sections.join(', ')}: ${declared.join(', ')}`
              : `the sections ${sections.join(', ')} declare no capabilities`,
          ),
        ),
      );
    }
    return problems;
  });
};
