import { parse } from 'yaml';

/**
 * The few fields of a hand-written tool entry the upstream refresh and report need, read
 * leniently: a file with a YAML error or a wrong field is still listed (so its upstream record
 * is kept), with only the fields that could be read. `npm run validate` explains the rest.
 */
export interface ToolRef {
  /** The file name without `.yaml`: the tool's id. */
  readonly slug: string;
  /** "content/tools/mlflow.yaml". */
  readonly path: string;
  /** False when the file could not be parsed, or its `repo` is not text: nothing of it is trusted. */
  readonly readable: boolean;
  readonly name?: string;
  readonly repo?: string;
  readonly status?: string;
  readonly license?: string;
  readonly licenseId?: string;
  /** From `maintainer`: its kind, foundation, maturity and the year it joined, as written. */
  readonly maintainerKind?: string;
  readonly foundation?: string;
  readonly maturity?: string;
  readonly joined?: number;
  /** Whether the entry gives a sourced reason (`activityNote`) for a status its dates alone would not give. */
  readonly activityNote?: boolean;
}

const FIELDS = ['name', 'repo', 'status', 'license', 'licenseId'] as const;

/** Tool refs of the `*.yaml` files among `files` (paths ending in `/<slug>.yaml`), sorted by slug. */
export function toolRefs(files: readonly { path: string; text: string }[]): ToolRef[] {
  const refs: ToolRef[] = [];
  for (const file of files) {
    const slug = /(?:^|[\\/])([^\\/]+)\.yaml$/.exec(file.path)?.[1];
    if (!slug) continue;
    let data: unknown;
    try {
      data = parse(file.text);
    } catch {
      refs.push({ slug, path: file.path, readable: false });
      continue;
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      refs.push({ slug, path: file.path, readable: false });
      continue;
    }
    const record = data as Record<string, unknown>;
    // A `repo` that is there but not text is a typo to fix, not a tool that lost its repository.
    if ('repo' in record && (typeof record['repo'] !== 'string' || record['repo'].trim() === '')) {
      refs.push({ slug, path: file.path, readable: false });
      continue;
    }
    const fields: Partial<Record<(typeof FIELDS)[number], string>> = {};
    for (const field of FIELDS) {
      const value = record[field];
      if (typeof value === 'string' && value.trim() !== '') fields[field] = value.trim();
    }
    const maintainer = record['maintainer'];
    const governance: { maintainerKind?: string; foundation?: string; maturity?: string; joined?: number } =
      {};
    if (maintainer !== null && typeof maintainer === 'object' && !Array.isArray(maintainer)) {
      const { kind, foundation, maturity, joined } = maintainer as Record<string, unknown>;
      if (typeof kind === 'string') governance.maintainerKind = kind;
      if (typeof foundation === 'string') governance.foundation = foundation.trim();
      if (typeof maturity === 'string') governance.maturity = maturity.trim();
      if (typeof joined === 'number') governance.joined = joined;
    }
    const activityNote = record['activityNote'] !== undefined && record['activityNote'] !== null;
    refs.push({
      slug,
      path: file.path,
      readable: true,
      ...fields,
      ...governance,
      ...(activityNote ? { activityNote } : {}),
    });
  }
  return refs.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}
