import type { QuestionData } from '../schemas/category.ts';
import { placedIn } from './entries.ts';
import { matchesFilters } from './filter-state.ts';
import { FILTER_GROUPS, SECTION_KEY, facetValuesOf, type FilterState } from './filters.ts';
import { readableQuery } from './url-list.ts';

/** A section's common question, with the section it belongs to. */
export interface Question extends QuestionData {
  readonly category: string;
}

type Placed = {
  category: string;
  subcategory: string;
  alsoIn: readonly { category: string; subcategory: string }[];
};

/** The badge filters a question asks for, as the listings and the search page write them. */
export function questionFilters(question: QuestionData): FilterState {
  const state: FilterState = {};
  if (question.license) state.license = question.license;
  if (question.difficulty) state.difficulty = question.difficulty;
  if (question.deployment) state.deployment = question.deployment;
  return state;
}

/**
 * The tools that answer a question: listed in its section (and subsection, when it names one),
 * carrying every badge it asks for. Tools keep their order.
 */
export function shortlist<T extends Placed>(tools: readonly T[], question: Question): T[] {
  const filters = questionFilters(question);
  return placedIn(question.category, tools).filter(
    (tool) =>
      (!question.subcategory || tool.subcategory === question.subcategory) &&
      matchesFilters(facetValuesOf(tool, FILTER_GROUPS), filters),
  );
}

/** The search page's query for the same question, to refine it with more filters or words. */
export function questionSearchQuery(question: Question): string {
  const params = new URLSearchParams({ kind: 'tool', [SECTION_KEY]: question.category });
  for (const [key, values] of Object.entries(questionFilters(question))) params.set(key, values.join(','));
  return readableQuery(params);
}

/** Every section's questions, sections in their order. */
export function questionsOf(
  categories: readonly { id: string; questions: readonly QuestionData[] }[],
): Question[] {
  return categories.flatMap((category) =>
    category.questions.map((question) => ({ ...question, category: category.id })),
  );
}
