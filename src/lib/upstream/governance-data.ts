/**
 * The governance facts file (`content/upstream/landscapes.json`): read by the site, written by
 * the landscape refresh (`scripts/lib/upstream/landscape.ts`).
 */
import {
  GOVERNANCE_FORMAT,
  LANDSCAPE_IDS,
  governanceDataSchema,
  type GovernanceData,
} from '../../schemas/governance.ts';

/** The file the governance facts live in, inside the upstream data directory (`content/upstream/`). */
export const GOVERNANCE_FILE = 'landscapes.json';

export function emptyGovernance(): GovernanceData {
  return { format: GOVERNANCE_FORMAT, landscapes: {}, tools: {} };
}

/** Thrown when `landscapes.json` is not valid governance data. */
export class GovernanceDataError extends Error {}

export function parseGovernance(text: string, file = GOVERNANCE_FILE): GovernanceData {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new GovernanceDataError(
      `${file} is not JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const result = governanceDataSchema.safeParse(json);
  if (!result.success)
    throw new GovernanceDataError(
      `${file} is not valid governance data: ${result.error.issues
        .map((issue) => `${issue.path.map(String).join('.') || '(file)'}: ${issue.message}`)
        .join('; ')}`,
    );
  return result.data;
}

/** The file's text: schema-checked, landscapes in a fixed order, two-space JSON with a final newline. */
export function serializeGovernance(data: GovernanceData): string {
  const checked = governanceDataSchema.parse(data);
  const landscapes = Object.fromEntries(
    LANDSCAPE_IDS.flatMap((id) => (checked.landscapes[id] ? [[id, checked.landscapes[id]]] : [])),
  );
  return `${JSON.stringify({ format: checked.format, landscapes, tools: checked.tools }, null, 2)}\n`;
}
