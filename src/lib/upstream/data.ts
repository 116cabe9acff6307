import { UPSTREAM_FORMAT, upstreamDataSchema, type UpstreamData } from '../../schemas/upstream.ts';

/** The file the GitHub facts live in, inside the upstream data directory (`content/upstream/`). */
export const UPSTREAM_FILE = 'github.json';

export function emptyUpstream(): UpstreamData {
  return { format: UPSTREAM_FORMAT, tools: {} };
}

/** Thrown when the data file is not valid JSON or does not match the schema. */
export class UpstreamDataError extends Error {
  readonly file: string;
  readonly problems: readonly string[];

  constructor(file: string, problems: readonly string[]) {
    super(`${file} is not valid upstream data:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
    this.name = 'UpstreamDataError';
    this.file = file;
    this.problems = problems;
  }
}

/** Reads the text of an upstream data file, checked against the schema. Pure: no file system. */
export function parseUpstream(text: string, file = UPSTREAM_FILE): UpstreamData {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UpstreamDataError(file, [
      `not JSON: ${error instanceof Error ? error.message : String(error)}`,
    ]);
  }
  const result = upstreamDataSchema.safeParse(json);
  if (!result.success) {
    throw new UpstreamDataError(
      file,
      result.error.issues.map((issue) => `${issue.path.map(String).join('.') || '(file)'}: ${issue.message}`),
    );
  }
  return result.data;
}

/**
 * The file's text: checked against the schema first (so nothing invalid is ever written), slugs
 * sorted, keys in schema order, two-space JSON with a final newline. Records hold no arrays, so
 * this is also what Prettier would write: the bot's pull request passes `prettier --check`.
 */
export function serializeUpstream(data: UpstreamData): string {
  const checked = upstreamDataSchema.parse(data);
  const tools = Object.fromEntries(
    Object.keys(checked.tools)
      .sort()
      .map((slug) => [slug, checked.tools[slug]]),
  );
  return `${JSON.stringify({ format: checked.format, tools }, null, 2)}\n`;
}
