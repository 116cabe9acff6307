import { mdxToMdast } from 'satteri';
import type { TextProblem } from './content-text.ts';

/** The components a guide may use: the ones `pages/guides/[slug].astro` passes to its content. */
export const GUIDE_COMPONENTS: ReadonlySet<string> = new Set(['ChecklistItem']);

interface MdxNode {
  readonly type: string;
  readonly name?: string | null;
  readonly position?: { readonly start?: { readonly line?: number } };
  readonly attributes?: readonly MdxNode[];
  readonly value?: unknown;
  readonly children?: readonly MdxNode[];
}

/**
 * What stops a guide's body from building as the check read it, found with the parser Astro's
 * MDX integration uses (Sätteri): syntax errors, and anything that would run code at build time
 * or fail to render: imports and exports, `{…}` expressions, components other than those the
 * guide page provides. `lineOffset` is the number of lines before the body (the front matter).
 */
export function mdxProblems(body: string, lineOffset: number): TextProblem[] {
  let tree: MdxNode;
  try {
    tree = mdxToMdast(body) as MdxNode;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const [, line, text] = /^(\d+):\d+: ([^\n]*?)(?: \(\d+:\d+\))?(?: \([\w:-]+\))?$/m.exec(message) ?? [];
    return [
      {
        line: Number(line ?? 1) + lineOffset,
        message: `MDX syntax error: ${text ?? message.split('\n')[0] ?? 'unreadable'}`,
      },
    ];
  }
  const problems: TextProblem[] = [];
  const lineOf = (node: MdxNode) => (node.position?.start?.line ?? 1) + lineOffset;
  const visit = (node: MdxNode) => {
    if (node.type === 'mdxjsEsm') {
      problems.push({
        line: lineOf(node),
        message: 'import or export in a guide (write text and <ChecklistItem> only)',
      });
    } else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      problems.push({
        line: lineOf(node),
        message:
          'a {…} expression would run as code when the site is built (write the text itself, or escape the brace as \\{)',
      });
    } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
      if (/^[A-Z]/.test(node.name) && !GUIDE_COMPONENTS.has(node.name)) {
        problems.push({
          line: lineOf(node),
          message: `unknown component <${node.name}> (guides can use: ${[...GUIDE_COMPONENTS].map((name) => `<${name}>`).join(', ')})`,
        });
      }
      for (const attribute of node.attributes ?? []) {
        const expression = attribute.value !== null && typeof attribute.value === 'object';
        if (attribute.type !== 'mdxJsxAttribute' || expression) {
          problems.push({
            line: lineOf(node),
            message: `attribute of <${node.name}> written as an expression would run as code (write it as name="text")`,
          });
        }
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return problems;
}
