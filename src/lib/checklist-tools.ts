/**
 * The tools a guide's checklist items name (`<ChecklistItem … tools="feast tecton">`): the content
 * check verifies them, and search counts them as a sign of an established tool.
 */
const CHECKLIST_TOOLS = /<ChecklistItem\b[^>]*\btools="([^"]*)"/g;

/** The slugs each checklist item of a guide's source names, in order, repeats kept. */
export function checklistToolSlugs(source: string): string[] {
  return [...source.matchAll(CHECKLIST_TOOLS)].flatMap((match) =>
    (match[1] ?? '').split(/\s+/).filter(Boolean),
  );
}

/** How many checklist items of the guides name each tool. */
export function checklistMentions(sources: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const source of sources)
    for (const slug of checklistToolSlugs(source)) counts.set(slug, (counts.get(slug) ?? 0) + 1);
  return counts;
}
