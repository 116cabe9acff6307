import type { QuestionData } from '../schemas/category.ts';
import type { Status } from '../vocabulary.ts';
import { adoptionReason, byAdoption, hasAdoption, type Adoption } from './adoption.ts';
import { isMaintenanceOnlyStatus, isUnmaintainedStatus } from '../vocabulary-core.ts';
import { matchesFilters } from './filter-state.ts';
import { FILTER_GROUPS, CATEGORY_KEY, facetValuesOf, type FilterState } from './filters.ts';
import { readableQuery } from './url-list.ts';
import { memoized } from './maps.ts';

/** A question as written (its capabilities that answer it may be left out). */
type QuestionInput = Omit<QuestionData, 'answeredBy'> & {
  /** Capabilities that answer it wherever a tool is filed (none when left out). */
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

/** A tool that answers a question, with how well it fits it (see `compareFit`). */
interface Match<T> {
  readonly tool: T;
  /** Filed under the question's category (and subcategory), not only placed there as well. */
  readonly filed: boolean;
  /** Records as "yes" a capability the question names (`answeredBy`). */
  readonly capable: boolean;
  /** For each badge the question asks for, the position of the tool's value in its list. */
  readonly preference: number;
}

function matchesOf<T extends Placed & Partial<Answering>>(
  tools: readonly T[],
  question: Question,
): Match<T>[] {
  const filters = questionFilters(question);
  const capable = (tool: T) =>
    (question.answeredBy ?? []).some(
      (answer) =>
        tool.capabilities?.[answer.capability]?.value === 'yes' &&
        [tool.category, ...tool.alsoIn.map((placement) => placement.category)].includes(answer.category),
    );
  return tools.flatMap((tool) => {
    // A tool counts under the placement that the question asks for: where it is filed, or any of
    // its `alsoIn` placements (a tool may be placed twice in one category).
    const placements = [{ category: tool.category, subcategory: tool.subcategory }, ...tool.alsoIn];
    const placedAt = placements.findIndex(
      (candidate) =>
        candidate.category === question.category &&
        (!question.subcategory || candidate.subcategory === question.subcategory),
    );
    const placement = placements[placedAt];
    const isCapable = capable(tool);
    const answers = placement
      ? { ...tool, subcategory: placement.subcategory }
      : isCapable
        ? tool
        : undefined;
    if (!answers) return [];
    const values = facetValuesOf(answers, FILTER_GROUPS);
    if (!matchesFilters(values, filters)) return [];
    const preference = Object.entries(filters).reduce((sum, [key, wanted]) => {
      const own = values[key as keyof typeof values];
      const position = wanted.findIndex((value) => own.includes(value));
      return sum + Math.max(position, 0);
    }, 0);
    return [
      {
        tool: answers,
        // The first placement is where the tool is filed.
        filed: placedAt === 0,
        capable: isCapable,
        preference,
      },
    ];
  });
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
  return matchesOf(tools, question).map((match) => match.tool);
}

/**
 * How well two matches fit their question, the better first: a tool that records a capability
 * the question names does the job asked about; one filed under the question's (sub)category
 * before one placed there as well; the first of the values the question lists for a badge
 * before a later one (the question's order is its preference: "managed, both" asks for managed
 * services first); an active tool before one only kept in maintenance.
 */
export function compareFit<T extends Partial<Answering>>(a: Match<T>, b: Match<T>): number {
  return (
    Number(b.capable) - Number(a.capable) ||
    Number(b.filed) - Number(a.filed) ||
    a.preference - b.preference ||
    Number(isMaintenanceOnlyStatus(a.tool.status)) - Number(isMaintenanceOnlyStatus(b.tool.status))
  );
}

/** A question's answer as its page shows it: where to start, the others, and the tools to avoid. */
export interface Answer<T> {
  /** The established choice, by the adoption the directory records, with why; none without signals. */
  readonly pick?: { readonly tool: T; readonly reason: string } | undefined;
  /** Every tool to consider, the pick first: the best fit first (`compareFit`), then the most adopted. */
  readonly recommended: readonly T[];
  /** Tools that match but are dormant, deprecated, archived or discontinued: folded away. */
  readonly notRecommended: readonly T[];
}

/**
 * The shortlist of a question, ordered for a beginner: tools that have ended or gone quiet are
 * set apart, the rest ordered by how well they fit the question, then by adoption (see
 * adoption.ts); the first is named as the place to start when the directory records any adoption
 * for it and it is not only kept in maintenance.
 */
export function answerQuestion<T extends Answering>(
  tools: readonly T[],
  question: Question,
  signals: ReadonlyMap<string, Adoption>,
): Answer<T> {
  const matches = matchesOf(tools, question);
  const adopted = byAdoption<T>(signals);
  const recommended = matches
    .filter((match) => !isUnmaintainedStatus(match.tool.status))
    .sort((a, b) => compareFit(a, b) || adopted(a.tool, b.tool))
    .map((match) => match.tool);
  const notRecommended = matches
    .filter((match) => isUnmaintainedStatus(match.tool.status))
    .map((match) => match.tool);
  const first = recommended[0];
  const adoption = first ? signals.get(first.slug) : undefined;
  return {
    ...(first && !isMaintenanceOnlyStatus(first.status) && adoption && hasAdoption(adoption)
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
    const answered = isAnswered(question, tools);
    if (answered) offered.set(question.category, count + 1);
    return answered;
  });
}

const answeredIn = new WeakMap<readonly object[], Map<string, boolean>>();

/**
 * Whether a question's shortlist has a maintained tool, found once per list of tools: a
 * category's first page and each of its badge pages offer the same questions.
 */
function isAnswered<T extends Placed & Partial<Answering>>(question: Question, tools: readonly T[]): boolean {
  return memoized(answeredIn, tools, `${question.category}/${question.id}`, () =>
    shortlist(tools, question).some((tool) => !isUnmaintainedStatus(tool.status)),
  );
}
