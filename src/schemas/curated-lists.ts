import { z } from 'astro/zod';

/**
 * The coverage snapshot (`content/coverage/snapshot.yaml`): names and addresses of the tools the
 * major public curated lists include, as read on one day by `npm run snapshot:lists`. Facts only,
 * never the lists' descriptions. Refreshed by maintainers, never edited by hand.
 */

/** A day, `YYYY-MM-DD`, kept as text. */
const daySchema = z.iso.date({ error: 'expected a date written as YYYY-MM-DD' });
/** Any web address (the lists hold some plain-HTTP ones). */
const webUrlSchema = z.url({ protocol: /^https?$/, error: 'expected a web address' });

export const curatedListSchema = z.strictObject({
  /** Short id the tools refer to (`ethicalml`). */
  id: z.string().regex(/^[a-z0-9-]+$/, { error: 'expected a lower-case id' }),
  /** The list's name as shown on tool pages. */
  name: z.string().min(1),
  /** The list's repository. */
  url: webUrlSchema,
  /** Date of the list's newest commit when it was read. */
  date: daySchema,
});

export const listedToolSchema = z.strictObject({
  /** The tool's name as the first list that includes it writes it. */
  name: z.string().min(1),
  /** Its address in that list. */
  url: webUrlSchema,
  /** Its source repository, when a list records one. */
  repo: webUrlSchema.optional(),
  /** Ids of the lists that include it. */
  lists: z.array(z.string()).min(1),
});

/** A tool as the lists name it, with the ids of the lists that include it. */
export type ListedTool = z.infer<typeof listedToolSchema>;

export const listSnapshotSchema = z.strictObject({
  /** The day the snapshot was taken. */
  date: daySchema,
  lists: z.array(curatedListSchema).min(1),
  tools: z.array(listedToolSchema),
});

/**
 * Tools of the lists' consensus the maintainers considered and left out, each with why
 * (`content/coverage/rejected.yaml`), so the coverage report measures the directory's scope.
 */
export const rejectedToolSchema = z.strictObject({
  name: z.string().min(1),
  /**
   * `dormant`: nothing released or committed for twelve months when it was considered; the
   * directory adds only active tools, so it is looked at again when it moves.
   */
  reason: z.enum(['out-of-scope', 'dead', 'dormant', 'duplicate', 'not-a-tool'], {
    error: 'expected out-of-scope, dead, dormant, duplicate or not-a-tool',
  }),
  /** One line: what it is, and why it is not an entry. */
  note: z.string().min(1).max(200),
});

export const rejectedToolsSchema = z.array(rejectedToolSchema);

export type RejectedTool = z.infer<typeof rejectedToolSchema>;
