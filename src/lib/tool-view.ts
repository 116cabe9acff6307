import type { DirectoryData } from './data-export.ts';

/**
 * A tool as client scripts and exports read it: its `/tools.json` record, made from the schema by
 * `directoryData` (dates as `YYYY-MM-DD` text, unset facts as null). Modules that need part of a
 * tool name the fields they read from this one shape instead of restating it.
 */
export type ToolRecord = DirectoryData['tools'][number];

/** A vocabulary value read from JSON or the page is just text until it is looked up. */
type AsRead<T> = T extends string ? string : T;

/**
 * Part of a tool record: `Needed` fields required, `Facts` optional, so a page can also pass its
 * own view of a tool (where an unset fact is undefined rather than null), and a script what it
 * read from `/tools.json` or the page (where a vocabulary value is plain text).
 */
export type ToolFields<Needed extends keyof ToolRecord, Facts extends keyof ToolRecord = never> = Readonly<
  Pick<ToolRecord, Needed>
> & { readonly [Key in Facts]?: AsRead<ToolRecord[Key]> | undefined };
