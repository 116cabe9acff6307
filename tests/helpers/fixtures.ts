import type { ContentFile } from '../../src/lib/content-check.ts';
import type { ComparableTool } from '../../src/lib/compare.ts';
import type { ToolFacts } from '../../src/lib/tool-view.ts';
import { toolSchema } from '../../src/schemas/tool.ts';
import { isFlaggedStatus } from '../../src/vocabulary-core.ts';

export const validCategoryYaml = `name: Model Serving
order: 2
intro: Tools that put trained models behind an API.
subcategories:
  - id: inference-servers
    name: Inference Servers
  - id: serverless-inference
    name: Serverless Inference
`;

export const validToolYaml = `name: BentoML
url: https://bentoml.com/
description: ML model serving framework
category: model-serving
subcategory: inference-servers
features:
  - Framework agnostic
  - Containerization
license: open-source
difficulty: beginner
added: 2025-06-19
licenseId: Apache-2.0
sources:
  - https://github.com/bentoml/BentoML/blob/main/LICENSE
`;

export const validResourceYaml = `name: Made With ML
url: https://madewithml.com/
description: MLOps course
kind: course
features:
  - Project-based
license: free
added: 2025-06-19
`;

export const validGuideMdx = `---
title: Deployment checklist
description: What to check before a model meets traffic.
order: 1
---

## Versioning

Keep every model version.
`;

/** A small, valid content set; tests replace or add files to make it bad in one way. */
export function validFiles(): ContentFile[] {
  return [
    { path: 'content/categories/model-serving.yaml', collection: 'categories', text: validCategoryYaml },
    { path: 'content/tools/bentoml.yaml', collection: 'tools', text: validToolYaml },
    { path: 'content/resources/made-with-ml.yaml', collection: 'resources', text: validResourceYaml },
    { path: 'content/guides/deployment-checklist.mdx', collection: 'guides', text: validGuideMdx },
  ];
}

/** The valid tool with one line replaced (matched by its key) or removed (replacement null). */
export function toolWith(key: string, replacement: string | null): string {
  const lines = validToolYaml.split('\n');
  const index = lines.findIndex((line) => line.startsWith(`${key}:`));
  if (index === -1) return `${validToolYaml}${replacement ?? ''}\n`;
  let end = index + 1;
  while (end < lines.length && lines[end]?.startsWith('  ')) end++;
  lines.splice(index, end - index, ...(replacement === null ? [] : [replacement]));
  return lines.join('\n');
}

/** A fixture tool with the flag its tool view and record carry (`flagged`, see tool-view.ts). */
export const withFlag = <T extends object>(tool: T) => ({
  ...tool,
  flagged: 'status' in tool && typeof tool.status === 'string' && isFlaggedStatus(tool.status),
});

/** A tool as comparisons read it: a serving tool named after its slug, with `extra` on top. */
export function comparableTool(slug: string, extra: Partial<ComparableTool> = {}): ComparableTool {
  return {
    slug,
    name: slug.toUpperCase(),
    url: `https://${slug}.dev/`,
    category: 'model-serving',
    subcategory: 'inference-servers',
    alsoIn: [],
    features: [],
    integrates: [],
    flagged: isFlaggedStatus(extra.status),
    ...extra,
  };
}

/**
 * The time a unit test that reads the whole guide or runs a validator may take: a few seconds
 * alone, several times that while `npm test` runs the build and browsers beside it on two cores.
 */
export const HEAVY_TEST_TIMEOUT = 30_000;

/**
 * A tool's facts as the schema gives them (defaults filled) for a made-up tool, "Core", with the
 * fields of `extra` over them: the input of the tool view and the tool page.
 */
export function coreToolFacts(extra: Record<string, unknown> = {}): ToolFacts {
  return {
    ...toolSchema.parse({
      name: 'Core',
      url: 'https://core.dev/',
      description: 'Model serving',
      category: 'model-serving',
      subcategory: 'inference-servers',
      features: ['Batching'],
      sources: ['https://core.dev/docs'],
      added: new Date('2026-01-02'),
      ...extra,
    }),
    slug: 'core',
    sourcePath: 'content/tools/core.yaml',
  };
}
