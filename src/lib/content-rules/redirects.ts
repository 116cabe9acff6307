import type { ContentProblem } from './context.ts';
import { unknownReference } from '../suggest.ts';
import { problemAt, TOOL_FILE_EXPECTED, type Rule } from './context.ts';

/** Redirects point at tools that exist, and an old slug is not also a current tool or reference. */
export const redirectRule: Rule = ({ tools, redirects, toolSlugs }) => {
  const slugs = [...toolSlugs];
  const problems: ContentProblem[] = [];
  for (const redirect of redirects) {
    const { to, instead } = redirect.data;
    if (toolSlugs.has(redirect.slug))
      problems.push(
        problemAt(
          redirect,
          [],
          `"${redirect.slug}" is still a tool (content/tools/${redirect.slug}.yaml): a redirect is for an address that left the guide`,
        ),
      );
    if (to !== undefined && !toolSlugs.has(to))
      problems.push(problemAt(redirect, ['to'], unknownReference('tool', to, slugs, TOOL_FILE_EXPECTED)));
    if (to !== undefined && instead.length > 0)
      problems.push(
        problemAt(
          redirect,
          ['instead'],
          'a redirect with `to` goes there; `instead` is for removed entries (expected one of the two)',
        ),
      );
    instead.forEach((slug, index) => {
      if (!toolSlugs.has(slug))
        problems.push(
          problemAt(redirect, ['instead', index], unknownReference('tool', slug, slugs, TOOL_FILE_EXPECTED)),
        );
    });
  }
  const gone = new Map(redirects.map((redirect) => [redirect.slug, redirect]));
  for (const tool of tools) {
    for (const field of ['successors', 'integrates'] as const) {
      tool.data[field].forEach((slug, index) => {
        const redirect = gone.get(slug);
        if (redirect && !toolSlugs.has(slug))
          problems.push(
            problemAt(
              tool,
              [field, index],
              `"${slug}" left the guide (content/redirects/${slug}.yaml)${redirect.data.to ? `: use "${redirect.data.to}"` : ''}`,
            ),
          );
      });
    }
  }
  return problems;
};
