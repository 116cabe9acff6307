/**
 * The project's relative imports as a graph, and its cycles: a layer imports the one below it and
 * never back (`eslint.config.mjs` guards the direction between folders; this guards modules).
 * Imports are read with TypeScript's own pre-processor, type-only imports included.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const SOURCE = /\.(?:ts|mjs|astro)$/;

/**
 * Each module of `paths` (folders or files, relative to `root`) → the modules of the project it
 * imports.
 */
export function importGraph(root: string, paths: readonly string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const add = (file: string) => {
    const imports = ts
      .preProcessFile(readFileSync(file, 'utf8'), true, true)
      .importedFiles.map((imported) => imported.fileName)
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) => relative(root, resolve(dirname(file), specifier)));
    graph.set(relative(root, file), imports);
  };
  for (const path of paths) {
    const absolute = join(root, path);
    if (statSync(absolute).isFile()) {
      add(absolute);
      continue;
    }
    for (const entry of readdirSync(absolute, { recursive: true, withFileTypes: true }))
      if (entry.isFile() && SOURCE.test(entry.name)) add(join(entry.parentPath, entry.name));
  }
  return graph;
}

/** The modules `roots` import, directly or through others, the roots included. */
export function reachableFrom(
  graph: ReadonlyMap<string, readonly string[]>,
  roots: Iterable<string>,
): Set<string> {
  const reached = new Set<string>();
  const pending = [...roots];
  for (let module = pending.pop(); module !== undefined; module = pending.pop()) {
    if (reached.has(module)) continue;
    reached.add(module);
    pending.push(...(graph.get(module) ?? []));
  }
  return reached;
}

/** Every cycle of a graph (its strongly connected components of more than one module), sorted. */
export function cyclesOf(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let next = 0;
  const visit = (module: string) => {
    index.set(module, next);
    low.set(module, next);
    next++;
    stack.push(module);
    onStack.add(module);
    for (const imported of graph.get(module) ?? []) {
      if (!graph.has(imported)) continue;
      if (!index.has(imported)) {
        visit(imported);
        low.set(module, Math.min(low.get(module) ?? 0, low.get(imported) ?? 0));
      } else if (onStack.has(imported)) {
        low.set(module, Math.min(low.get(module) ?? 0, index.get(imported) ?? 0));
      }
    }
    if (low.get(module) !== index.get(module)) return;
    const component: string[] = [];
    for (;;) {
      const member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      component.push(member);
      if (member === module) break;
    }
    if (component.length > 1) cycles.push(component.sort());
  };
  for (const module of graph.keys()) if (!index.has(module)) visit(module);
  return cycles.sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
}
