import type { QuestionData } from '../schemas/category.ts';
import type { Status } from '../vocabulary.ts';
import { adoptionReason, byAdoption, hasAdoption, type Adoption } from './adoption.ts';
import { placedIn } from './entries.ts';
import { isUnmaintainedStatus } from '../vocabulary-core.ts';
import { matchesFilters } from './filter-state.ts';
import { FILTER_GROUPS, CATEGORY_KEY, facetValuesOf, type FilterState } from './filters.ts';
import { readableQuery } from './url-list.ts';

/** A question as written (its capabilities that answer it may be left out). */
type QuestionInput = Omit<QuestionData, 'answeredBy'> & {
  /** Capabilities that answer it in other categories (none when left out). */
  readonly answeredBy?: QuestionData['answeredBy'] | undefined;
};

/** A category's common question, with the category it belongs to. */
export interface Question extends QuestionInput {
  readonly category: string;
}

type Placed = {
  category: string;
  subcategory: string;
  alsoIn: readonly { category: string; subcategory: string }[];
};

type Answering = Placed & {
  readonly slug: string;
  readonly name: string;
  readonly status?: Status | undefined;
  readonly capabilities?: Readonly<Record<string, { readonly value: string }>> | undefined;
};

/** The badge filters a question asks for, as the listings and the search page write them. */
export function questionFilters(
  question: Pick<QuestionData, 'license' | 'difficulty' | 'deployment'>,
): FilterState {
  const state: FilterState = {};
  if (question.license) state.license = question.license;
  if (question.difficulty) state.difficulty = question.difficulty;
  if (question.deployment) state.deployment = question.deployment;
  return state;
}

/**
 * The tools that answer a question: listed in its category (and subcategory, when it names one),
 * or, wherever they are filed, recording a capability the question names as "yes"; each carrying
 * every badge it asks for. Tools keep their order.
 */
export function shortlist<T extends Placed & Partial<Answering>>(
  tools: readonly T[],
  question: Question,
): T[] {
  const filters = questionFilters(question);
  const capable = (tool: T) =>
    (question.answeredBy ?? []).some(
      (answer) =>
        tool.capabilities?.[answer.capability]?.value === 'yes' &&
        [tool.category, ...tool.alsoIn.map((placement) => placement.category)].includes(answer.category),
    );
  return tools.flatMap((tool) => {
    // A tool placed in the category counts under the subcategory it is placed in.
    const [placed] = placedIn(question.category, [tool]);
    const answers =
      placed && (!question.subcategory || placed.subcategory === question.subcategory)
        ? placed
        : capable(tool)
          ? tool
          : undefined;
    return answers && matchesFilters(facetValuesOf(answers, FILTER_GROUPS), filters) ? [answers] : [];
  });
}

/** A question's answer as its page shows it: where to start, the others, and the tools to avoid. */
export interface Answer<T> {
  /** The established choice, by the adoption the directory records, with why; none without signals. */
  readonly pick?: { readonly tool: T; readonly reason: string } | undefined;
  /** Every tool to consider, the pick first, the most adopted first. */
  readonly recommended: readonly T[];
  /** Tools that match but are dormant, deprecated, archived or discontinued: folded away. */
  readonly notRecommended: readonly T[];
}

/**
 * The shortlist of a question, ordered for a beginner: tools that have ended or gone quiet are
 * set apart, the rest ordered by adoption (see adoption.ts), and the most adopted named as the
 * place to start when the directory records any adoption for it.
 */
export function answerQuestion<T extends Answering>(
  tools: readonly T[],
  question: Question,
  signals: ReadonlyMap<string, Adoption>,
): Answer<T> {
  const matches = shortlist(tools, question);
  const recommended = matches.filter((tool) => !isUnmaintainedStatus(tool.status)).sort(byAdoption(signals));
  const notRecommended = matches.filter((tool) => isUnmaintainedStatus(tool.status));
  const first = recommended[0];
  const adoption = first ? signals.get(first.slug) : undefined;
  return {
    ...(first && adoption && hasAdoption(adoption)
      ? { pick: { tool: first, reason: adoptionReason(adoption) } }
      : {}),
    recommended,
    notRecommended,
  };
}

/** The search page's query for the same question, to refine it with more filters or words. */
export function questionSearchQuery(question: Question): string {
  const params = new URLSearchParams({ kind: 'tool', [CATEGORY_KEY]: question.category });
  for (const [key, values] of Object.entries(questionFilters(question))) params.set(key, values.join(','));
  return readableQuery(params);
}

/** Every category's questions, categories in their order. */
export function questionsOf(
  categories: readonly { id: string; questions: readonly QuestionInput[] }[],
): Question[] {
  return categories.flatMap((category) =>
    category.questions.map((question) => ({ ...question, category: category.id })),
  );
}

/**
 * The questions worth offering: those whose shortlist has a tool to recommend (a question of a
 * category nobody has filled yet is left out), at most `perCategory` of each category, in order.
 */
export function answeredQuestions<T extends Placed & Partial<Answering>>(
  questions: readonly Question[],
  tools: readonly T[],
  perCategory = Infinity,
): Question[] {
  const offered = new Map<string, number>();
  return questions.filter((question) => {
    const count = offered.get(question.category) ?? 0;
    if (count >= perCategory) return false;
    const answered = shortlist(tools, question).some((tool) => !isUnmaintainedStatus(tool.status));
    if (answered) offered.set(question.category, count + 1);
    return answered;
  });
}
