import { checklistToolSlugs } from '../checklist-tools.ts';
import type { ContentProblem } from './context.ts';
import { unknownReference } from '../suggest.ts';
import { TOOL_FILE_EXPECTED, type Rule } from './context.ts';

/** Markdown links are not rewritten for the base path: inline links, reference definitions, href. */
const SITE_RELATIVE_LINK = /\]\(\/(?!\/)|^\s*\[[^\]]+\]:\s*\/(?!\/)|\bhref=["']\/(?!\/)/;

/** Guides link no page site-relatively, and their checklist items name tools that exist. */
export const checklistRule: Rule = ({ guideFiles, toolSlugs }) => {
  const slugs = [...toolSlugs];
  const problems: ContentProblem[] = [];
  for (const guide of guideFiles) {
    guide.text.split('\n').forEach((text, index) => {
      const at = { file: guide.path, line: index + 1 };
      if (SITE_RELATIVE_LINK.test(text)) {
        problems.push({
          ...at,
          field: '(body)',
          message:
            'site-relative link (it breaks when the site is served under a base path; name tools in the ChecklistItem tools attribute instead)',
        });
      }
      for (const slug of checklistToolSlugs(text)) {
        if (toolSlugs.has(slug)) continue;
        problems.push({
          ...at,
          field: 'ChecklistItem.tools',
          message: unknownReference('tool', slug, slugs, TOOL_FILE_EXPECTED),
        });
      }
    });
  }
  return problems;
};
