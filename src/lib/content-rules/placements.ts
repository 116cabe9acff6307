import type { ContentProblem } from './context.ts';
import { unknownReference } from '../suggest.ts';
import { problemAt, type Rule } from './context.ts';

/** Further placements name real categories and subcategories, never the primary one twice. */
export const placementRule: Rule = ({ tools, subcategoriesOf: categories }) =>
  tools.flatMap((tool) => {
    const problems: ContentProblem[] = [];
    const seen = new Set([`${tool.data.category}/${tool.data.subcategory}`]);
    tool.data.alsoIn.forEach((placement, index) => {
      const subcategories = categories.get(placement.category);
      if (!subcategories) {
        problems.push(
          problemAt(
            tool,
            ['alsoIn', index, 'category'],
            unknownReference(
              'category',
              placement.category,
              [...categories.keys()],
              `expected one of: ${[...categories.keys()].sort().join(', ')}`,
            ),
          ),
        );
        return;
      }
      if (!subcategories.includes(placement.subcategory)) {
        problems.push(
          problemAt(
            tool,
            ['alsoIn', index, 'subcategory'],
            unknownReference(
              `subcategory of "${placement.category}"`,
              placement.subcategory,
              subcategories,
              `expected one of: ${subcategories.join(', ')}`,
            ),
          ),
        );
        return;
      }
      const key = `${placement.category}/${placement.subcategory}`;
      if (seen.has(key))
        problems.push(
          problemAt(
            tool,
            ['alsoIn', index],
            `${key} is listed twice (expected each placement once, the primary one in category/subcategory)`,
          ),
        );
      seen.add(key);
    });
    return problems;
  });
