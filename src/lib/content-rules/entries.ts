import { unknownReference } from '../suggest.ts';
import { slugify } from '../slug.ts';
import { normalizeUrlForComparison } from '../url.ts';
import type { ToolData } from '../../schemas/tool.ts';
import { problemAt, type Located, type Rule } from './context.ts';

/** A tool's or resource's file is named after it: `Weights & Biases` lives in `weights-biases.yaml`. */
export const fileNameRule: Rule = ({ tools, resources }) =>
  [...tools, ...resources].flatMap((entry: Located<{ name: string }>) => {
    const expected = slugify(entry.data.name);
    return entry.slug === expected
      ? []
      : [
          problemAt(
            entry,
            ['name'],
            `file name "${entry.slug}" does not match the name (expected the file to be named "${expected}.yaml")`,
          ),
        ];
  });

type Dated = Located<{ name: string; url: string; added?: Date | undefined }>;

/**
 * Oldest first: by when the file entered the repository (uncommitted files last), then by the
 * entry's `added` date, then by path. Of two duplicates, the later one is the one that adds it.
 */
function oldestFirst(a: Dated, b: Dated): number {
  return (
    (a.addedAt ?? 0) - (b.addedAt ?? 0) ||
    (a.data.added?.getTime() ?? 0) - (b.data.added?.getTime() ?? 0) ||
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)
  );
}

function duplicates(entries: readonly Dated[], kind: string) {
  const seen = { name: new Map<string, string>(), url: new Map<string, string>() };
  return [...entries].sort(oldestFirst).flatMap((entry) =>
    (['name', 'url'] as const).flatMap((field) => {
      const key =
        field === 'name'
          ? entry.data.name.toLowerCase().replace(/\s+/g, ' ')
          : normalizeUrlForComparison(entry.data.url);
      const first = seen[field].get(key);
      if (!first) {
        seen[field].set(key, entry.file);
        return [];
      }
      return [
        problemAt(
          entry,
          [field],
          `duplicate ${kind} ${field}: ${first} already has ${JSON.stringify(entry.data[field])}`,
        ),
      ];
    }),
  );
}

/** No two tools (or two resources) share a name or a URL, whatever the case or `www.`. */
export const duplicateRule: Rule = ({ tools, resources }) => [
  ...duplicates(tools, 'tool'),
  ...duplicates(resources, 'resource'),
];

const aliasKey = (name: string) => name.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * One name, one tool: an alias never names another entry, nor is it the alias of another entry
 * (search puts an exact name or alias match first, so an ambiguous one would send people to the
 * wrong tool). Reported on the entry that adds the clash, the newer of the two.
 */
export const aliasRule: Rule = ({ tools }) => {
  const ordered = [...tools].sort(oldestFirst);
  const names = new Map(ordered.map((tool) => [aliasKey(tool.data.name), tool]));
  const aliasOwner = new Map<string, Located<ToolData>>();
  return ordered.flatMap((tool) =>
    tool.data.aliases.flatMap((alias, index) => {
      const key = aliasKey(alias);
      const named = names.get(key);
      if (named && named !== tool)
        return [
          problemAt(
            tool,
            ['aliases', index],
            `alias "${alias}" is the name of another entry, ${named.file} (leave it out: each name finds one tool)`,
          ),
        ];
      const owner = aliasOwner.get(key);
      if (owner && owner !== tool)
        return [
          problemAt(
            tool,
            ['aliases', index],
            `alias "${alias}" is already an alias of ${owner.file} (an alias names one tool only)`,
          ),
        ];
      aliasOwner.set(key, tool);
      return [];
    }),
  );
};

/** Subcategory ids are unique within their category. */
export const subcategoryIdRule: Rule = ({ categories }) =>
  categories.flatMap((category) => {
    const seen = new Set<string>();
    return category.data.subcategories.flatMap((subcategory, index) => {
      const repeated = seen.has(subcategory.id);
      seen.add(subcategory.id);
      return repeated
        ? [
            problemAt(
              category,
              ['subcategories', index, 'id'],
              `duplicate subcategory id "${subcategory.id}" (ids must be unique within a category)`,
            ),
          ]
        : [];
    });
  });

/** A category's common questions have distinct ids and name one of its own subcategories. */
export const questionRule: Rule = ({ categories }) =>
  categories.flatMap((category) => {
    const seen = new Set<string>();
    const subcategories = category.data.subcategories.map((subcategory) => subcategory.id);
    return category.data.questions.flatMap((question, index) => {
      const problems = [];
      if (seen.has(question.id))
        problems.push(
          problemAt(category, ['questions', index, 'id'], `duplicate question id "${question.id}"`),
        );
      seen.add(question.id);
      if (question.subcategory && !subcategories.includes(question.subcategory))
        problems.push(
          problemAt(
            category,
            ['questions', index, 'subcategory'],
            unknownReference(
              'subcategory',
              question.subcategory,
              subcategories,
              `expected one of this category's subcategories: ${subcategories.join(', ')}`,
            ),
          ),
        );
      return problems;
    });
  });

/**
 * A moved subcategory points at a real subcategory of another category, and its old id is free
 * (a subcategory of the same category with that id would own the anchor); a question's former
 * category is another real category, where no question of that id is left.
 */
export const movedRule: Rule = ({ categories }) => {
  const subcategoriesOf = new Map(
    categories.map((category) => [category.slug, category.data.subcategories.map((sub) => sub.id)]),
  );
  const questionsOf = new Map(
    categories.map((category) => [category.slug, category.data.questions.map((question) => question.id)]),
  );
  const ids = [...subcategoriesOf.keys()].sort();
  return categories.flatMap((category) => {
    const own = subcategoriesOf.get(category.slug) ?? [];
    const moved = category.data.moved.flatMap((entry, index) => {
      const path = ['moved', index];
      const target = subcategoriesOf.get(entry.to.category);
      if (entry.to.category === category.slug)
        return [
          problemAt(category, [...path, 'to', 'category'], 'a moved subcategory points at another category'),
        ];
      if (!target)
        return [
          problemAt(
            category,
            [...path, 'to', 'category'],
            unknownReference('category', entry.to.category, ids, `expected one of: ${ids.join(', ')}`),
          ),
        ];
      const problems = [];
      if (!target.includes(entry.to.subcategory))
        problems.push(
          problemAt(
            category,
            [...path, 'to', 'subcategory'],
            unknownReference(
              `subcategory of "${entry.to.category}"`,
              entry.to.subcategory,
              target,
              `expected one of: ${target.join(', ')}`,
            ),
          ),
        );
      for (const id of [entry.id, ...entry.formerIds])
        if (own.includes(id))
          problems.push(
            problemAt(
              category,
              [...path, 'id'],
              `"${id}" is still a subcategory here: it cannot also have moved`,
            ),
          );
      return problems;
    });
    const questions = category.data.questions.flatMap((question, index) => {
      const former = question.formerCategory;
      if (!former) return [];
      const path = ['questions', index, 'formerCategory'];
      if (former === category.slug)
        return [problemAt(category, path, 'the former category is this one: leave formerCategory out')];
      if (!subcategoriesOf.has(former))
        return [
          problemAt(
            category,
            path,
            unknownReference('category', former, ids, `expected one of: ${ids.join(', ')}`),
          ),
        ];
      return questionsOf.get(former)?.includes(question.id)
        ? [problemAt(category, path, `"${former}" still asks "${question.id}": remove it there`)]
        : [];
    });
    return [...moved, ...questions];
  });
};
