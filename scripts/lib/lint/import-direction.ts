/**
 * The ESLint rule that keeps imports pointing down the layers (`eslint.config.mjs` declares the
 * layers, ARCHITECTURE.md explains them). Each relative import is resolved to the file it names
 * and that file's layer must be one its importer may use; each package import must not start
 * with a prefix its importer's layer refuses (`astro:` for pure code, `node:` for the browser).
 */
import type { Rule } from 'eslint';
import { dirname, relative, resolve, sep } from 'node:path';

export interface Layer {
  readonly name: string;
  /** Folders and files of the layer, relative to the project's root. */
  readonly paths: readonly string[];
  /** Names of the layers its modules may import from; always its own. */
  readonly imports: readonly string[] | 'any';
  /** Package prefixes its modules must not import (`astro:`, `node:`). */
  readonly refusesPackages?: readonly string[];
  /** Why, shown in the lint message. */
  readonly why: string;
}

/** The layer a file belongs to (its longest matching path), if any. */
export function layerOf(layers: readonly Layer[], file: string): Layer | undefined {
  let found: Layer | undefined;
  let length = -1;
  for (const layer of layers)
    for (const path of layer.paths)
      if ((file === path || file.startsWith(`${path}/`)) && path.length > length) {
        found = layer;
        length = path.length;
      }
  return found;
}

/** A rule checking every import of a file against `layers`, paths relative to `root`. */
export function importDirection(root: string, layers: readonly Layer[]): Rule.RuleModule {
  const known = new Set(layers.map((layer) => layer.name));
  for (const layer of layers)
    if (layer.imports !== 'any')
      for (const name of layer.imports)
        if (!known.has(name)) throw new Error(`layer ${layer.name} imports unknown layer ${name}`);
  const project = (path: string) => relative(root, path).split(sep).join('/');
  return {
    meta: {
      type: 'problem',
      docs: { description: 'imports point down the layers of eslint.config.mjs' },
      messages: {
        layer: '{{from}} may not import {{target}} ({{to}}): {{why}}',
        package: '{{from}} may not import {{target}}: {{why}}',
      },
      schema: [],
    },
    create(context) {
      // A <script> of an .astro file is linted as a virtual file inside it: resolve from the file.
      const file = context.physicalFilename;
      const from = layerOf(layers, project(file));
      if (!from || from.imports === 'any') return {};
      const allowed = new Set([from.name, ...from.imports]);
      const check = (node: Rule.Node, source: unknown) => {
        if (typeof source !== 'string') return;
        if (!source.startsWith('.')) {
          const refused = from.refusesPackages?.find((prefix) => source.startsWith(prefix));
          if (refused)
            context.report({
              node,
              messageId: 'package',
              data: { from: from.name, target: source, why: from.why },
            });
          return;
        }
        const to = layerOf(layers, project(resolve(dirname(file), source)));
        if (to && !allowed.has(to.name))
          context.report({
            node,
            messageId: 'layer',
            data: { from: from.name, target: source, to: to.name, why: from.why },
          });
      };
      return {
        ImportDeclaration: (node) => check(node, node.source.value),
        ExportNamedDeclaration: (node) => check(node, node.source?.value),
        ExportAllDeclaration: (node) => check(node, node.source.value),
        ImportExpression: (node) =>
          check(node, node.source.type === 'Literal' ? node.source.value : undefined),
      };
    },
  };
}
