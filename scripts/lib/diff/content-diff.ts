/**
 * What a change does to the directory: the tools and resources it adds, removes, renames and
 * changes (fact by fact), with what a reviewer should look at twice. The pure half of
 * `npm run diff:content` (scripts/diff-content.ts), which reads the two sides from git; here
 * both sides are lists of content files, so tests run it on content written in memory.
 */
import {
  readCheckedContent,
  type CheckedContent,
  type CollectionName,
  type ContentFile,
  type ContentProblem,
} from '../../../src/lib/content-check.ts';
import { RULES, type Rule } from '../../../src/lib/content-rules/index.ts';
import { isoDay } from '../../../src/lib/dates.ts';
import { currentOwner } from '../../../src/lib/ownership.ts';
import { maintainerSchema } from '../../../src/schemas/tool-facts.ts';
import { OWNERSHIP_EVENTS, isFlaggedStatus } from '../../../src/vocabulary.ts';

export type EntryKind = 'tool' | 'resource';

const ENTRY_COLLECTIONS = { tools: 'tool', resources: 'resource' } as const satisfies Partial<
  Record<CollectionName, EntryKind>
>;

/** One tool or resource, on either side of the change. */
export interface EntryRef {
  readonly kind: EntryKind;
  readonly slug: string;
  /** Its name, or its slug when the file does not pass the content check. */
  readonly name: string;
  readonly path: string;
}

/** A fact that changed: a single value (old → new), or the items a list gained and lost. */
export type FactChange =
  | {
      readonly field: string;
      readonly type: 'value';
      readonly before: string | undefined;
      readonly after: string | undefined;
    }
  | {
      readonly field: string;
      readonly type: 'list';
      readonly added: readonly string[];
      readonly removed: readonly string[];
      /** Same items in another order. */
      readonly reordered: boolean;
    };

export interface AddedEntry extends EntryRef {
  /** False when the new file does not pass the content check (its problems say why). */
  readonly valid: boolean;
  /** Its key facts, in display order (category, license, status…), for a valid entry. */
  readonly facts: readonly { readonly field: string; readonly value: string }[];
  readonly description?: string;
}

export interface RemovedEntry extends EntryRef {
  /** The redirect left in `content/redirects/<slug>.yaml`, when there is a valid one. */
  readonly redirect?: {
    readonly path: string;
    readonly to?: string;
    readonly instead: readonly string[];
    readonly reason: string;
  };
}

export interface RenamedEntry {
  readonly from: EntryRef;
  readonly to: EntryRef;
  /** The redirect file that records the rename. */
  readonly redirectPath: string;
  /** What changed besides the slug (the name, usually), when both sides are valid. */
  readonly changes: readonly FactChange[];
}

export interface ChangedEntry extends EntryRef {
  /** Empty when only the layout or comments of the file changed. */
  readonly changes: readonly FactChange[];
}

export type WarningKind =
  | 'license-to-open-source'
  | 'license-from-open-source'
  | 'status-leaves-active'
  | 'added-not-active'
  | 'removed-without-redirect'
  | 'owner-changes';

/** Something a reviewer should check twice. */
export interface DiffWarning {
  readonly kind: WarningKind;
  readonly entry: EntryRef;
  readonly message: string;
}

/** A content file that is not a tool or resource (category, guide, redirect). */
export interface FileChange {
  readonly path: string;
  readonly change: 'added' | 'removed' | 'changed';
}

export interface ContentDiff {
  readonly added: readonly AddedEntry[];
  readonly removed: readonly RemovedEntry[];
  readonly renamed: readonly RenamedEntry[];
  readonly changed: readonly ChangedEntry[];
  /** Entries whose file changed but cannot be compared: one side fails the content check. */
  readonly unchecked: readonly EntryRef[];
  readonly otherFiles: readonly FileChange[];
  readonly warnings: readonly DiffWarning[];
  /** The problems of the new side, as `npm run validate` reports them. */
  readonly problems: readonly ContentProblem[];
  /** How many content files the new side has. */
  readonly fileCount: number;
}

type Data = Readonly<Record<string, unknown>>;

function slugOf(path: string): string {
  return (path.split('/').pop() ?? path).replace(/\.[^.]+$/, '');
}

/** `content/tools/x.yaml` → `content/redirects/x.yaml`: where the redirect of a tool belongs. */
function redirectPathFor(toolPath: string, slug: string): string {
  const parts = toolPath.split('/');
  const root = parts.slice(0, Math.max(0, parts.length - 2)).join('/');
  return `${root === '' ? '' : `${root}/`}redirects/${slug}.yaml`;
}

/** A value as one line of text: dates as YYYY-MM-DD, placements as `category/subcategory`. */
function formatValue(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (value instanceof Date) return isoDay(value);
  if (typeof value === 'object') return Object.values(value).map(formatValue).join('/');
  return String(value);
}

function textOf(data: Data | undefined, field: string): string | undefined {
  return formatValue(data?.[field]);
}

const isOwnershipEvent = (event: string): event is keyof typeof OWNERSHIP_EVENTS =>
  Object.hasOwn(OWNERSHIP_EVENTS, event);

/**
 * The maintainer and history of a checked entry's data (dates already read as text), read
 * field by field: what the owner comparison needs, nothing assumed about the rest.
 */
function ownershipFacts(data: Data): Parameters<typeof currentOwner>[0] {
  const maintainer = maintainerSchema.safeParse(data['maintainer']);
  const history = (Array.isArray(data['history']) ? data['history'] : []).flatMap((item: unknown) => {
    if (item === null || typeof item !== 'object') return [];
    const { event, party, date, source } = item as Record<string, unknown>;
    if (typeof event !== 'string' || !isOwnershipEvent(event) || typeof party !== 'string') return [];
    const when = formatValue(date);
    return [
      { event, party, ...(when ? { date: when } : {}), source: typeof source === 'string' ? source : '' },
    ];
  });
  return { ...(maintainer.success ? { maintainer: maintainer.data } : {}), history };
}

/** An ownership event in words ("acquired by ClickHouse (2026-01)"), for the history field. */
function historyItem(item: unknown): string | undefined {
  if (item === null || typeof item !== 'object') return undefined;
  const { event, party, date } = item as Record<string, unknown>;
  if (typeof event !== 'string' || !isOwnershipEvent(event) || typeof party !== 'string') return undefined;
  return `${OWNERSHIP_EVENTS[event].label} ${party} (${formatValue(date) ?? 'no date'})`;
}

function listOf(data: Data | undefined, field: string): string[] {
  const value = data?.[field];
  if (!Array.isArray(value)) return [];
  return value.map(
    (item) => (field === 'history' ? historyItem(item) : undefined) ?? formatValue(item) ?? '',
  );
}

/** The facts that differ between two versions of an entry, in the order of its fields. */
export function factChanges(before: Data, after: Data): FactChange[] {
  const fields = [...new Set([...Object.keys(after), ...Object.keys(before)])];
  const changes: FactChange[] = [];
  for (const field of fields) {
    if (Array.isArray(before[field]) || Array.isArray(after[field])) {
      const old = listOf(before, field);
      const now = listOf(after, field);
      const added = now.filter((item) => !old.includes(item));
      const removed = old.filter((item) => !now.includes(item));
      const reordered = added.length === 0 && removed.length === 0 && old.join('\n') !== now.join('\n');
      if (added.length > 0 || removed.length > 0 || reordered) {
        changes.push({ field, type: 'list', added, removed, reordered });
      }
      continue;
    }
    const old = textOf(before, field);
    const now = textOf(after, field);
    if (old !== now) changes.push({ field, type: 'value', before: old, after: now });
  }
  return changes;
}

/** The facts shown for a new entry. */
function keyFacts(kind: EntryKind, data: Data): AddedEntry['facts'] {
  const facts: { field: string; value: string }[] = [];
  const add = (field: string, value: string | undefined) => {
    if (value !== undefined && value !== '') facts.push({ field, value });
  };
  if (kind === 'tool') add('category', `${textOf(data, 'category')}/${textOf(data, 'subcategory')}`);
  else add('kind', textOf(data, 'kind'));
  add('license', textOf(data, 'license'));
  add('licenseId', textOf(data, 'licenseId'));
  add('status', textOf(data, 'status'));
  add('deployment', textOf(data, 'deployment'));
  add('difficulty', textOf(data, 'difficulty'));
  return facts;
}

/** Warnings on an entry that exists on both sides (changed, or renamed). */
function changeWarnings(entry: EntryRef, before: Data, after: Data): DiffWarning[] {
  const warnings: DiffWarning[] = [];
  const oldLicense = textOf(before, 'license');
  const newLicense = textOf(after, 'license');
  const show = (value: string | undefined) => value ?? 'not set';
  if ((oldLicense === 'open-source') !== (newLicense === 'open-source')) {
    const toOpen = newLicense === 'open-source';
    warnings.push({
      kind: toOpen ? 'license-to-open-source' : 'license-from-open-source',
      entry,
      message:
        `license moves ${toOpen ? 'to' : 'away from'} open source ` +
        `(${show(oldLicense)} → ${show(newLicense)}); check the license in its sources`,
    });
  }
  if (entry.kind === 'tool') {
    const ownerBefore = currentOwner(ownershipFacts(before));
    const ownerAfter = currentOwner(ownershipFacts(after));
    if (ownerBefore !== undefined && ownerAfter !== undefined && ownerBefore !== ownerAfter)
      warnings.push({
        kind: 'owner-changes',
        entry,
        message: `owner changes (${ownerBefore} → ${ownerAfter}); check the announcement in history or the maintainer's source`,
      });
  }
  const oldStatus = textOf(before, 'status');
  const newStatus = textOf(after, 'status');
  if (entry.kind === 'tool' && isFlaggedStatus(newStatus) && !isFlaggedStatus(oldStatus)) {
    const oldSources = listOf(before, 'sources');
    const newSources = listOf(after, 'sources').filter((source) => !oldSources.includes(source));
    const missing = [
      ...(listOf(after, 'successors').length === 0 ? ['no successors'] : []),
      ...(newSources.length === 0 ? ['no new source'] : []),
    ];
    if (missing.length > 0) {
      warnings.push({
        kind: 'status-leaves-active',
        entry,
        message: `status leaves active (${show(oldStatus)} → ${newStatus}) with ${missing.join(' and ')}`,
      });
    }
  }
  return warnings;
}

interface Side {
  readonly files: ReadonlyMap<string, ContentFile>;
  readonly valid: ReadonlyMap<string, Data>;
}

function sideOf(
  files: readonly ContentFile[],
  content: CheckedContent,
  collection: 'tools' | 'resources',
): Side {
  return {
    files: new Map(
      files.filter((file) => file.collection === collection).map((file) => [slugOf(file.path), file]),
    ),
    valid: new Map(content[collection].map((entry) => [entry.id, entry.data as unknown as Data])),
  };
}

function refOf(kind: EntryKind, slug: string, path: string, data: Data | undefined): EntryRef {
  return { kind, slug, path, name: textOf(data, 'name') ?? slug };
}

function otherFileChanges(base: readonly ContentFile[], head: readonly ContentFile[]): FileChange[] {
  const isOther = (file: ContentFile) => !(file.collection in ENTRY_COLLECTIONS);
  const before = new Map(base.filter(isOther).map((file) => [file.path, file.text]));
  const after = new Map(head.filter(isOther).map((file) => [file.path, file.text]));
  const changes: FileChange[] = [];
  for (const path of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const old = before.get(path);
    const now = after.get(path);
    if (old === undefined) changes.push({ path, change: 'added' });
    else if (now === undefined) changes.push({ path, change: 'removed' });
    else if (old !== now) changes.push({ path, change: 'changed' });
  }
  return changes;
}

/**
 * Compares two versions of the content (`base`, say the target branch, and `head`, the change).
 * A tool removed from `base` whose redirect in `head` says `to:` a tool added in `head` is a
 * rename. `rules` are those of the content check run on `head`.
 */
export function diffContent(
  base: readonly ContentFile[],
  head: readonly ContentFile[],
  rules: readonly Rule[] = RULES,
): ContentDiff {
  const baseContent = readCheckedContent(base, rules);
  const headContent = readCheckedContent(head, rules);
  const redirects = new Map(headContent.redirects.map((entry) => [entry.id, entry]));
  const redirectFiles = new Map(
    head.filter((file) => file.collection === 'redirects').map((file) => [slugOf(file.path), file.path]),
  );
  const added: AddedEntry[] = [];
  const removed: RemovedEntry[] = [];
  const renamed: RenamedEntry[] = [];
  const changed: ChangedEntry[] = [];
  const unchecked: EntryRef[] = [];
  const warnings: DiffWarning[] = [];

  for (const [collection, kind] of Object.entries(ENTRY_COLLECTIONS) as [
    'tools' | 'resources',
    EntryKind,
  ][]) {
    const old = sideOf(base, baseContent, collection);
    const now = sideOf(head, headContent, collection);
    const addedHere = new Map<string, AddedEntry>();
    const removedHere: RemovedEntry[] = [];
    for (const slug of [...new Set([...old.files.keys(), ...now.files.keys()])].sort()) {
      const oldFile = old.files.get(slug);
      const newFile = now.files.get(slug);
      const oldData = old.valid.get(slug);
      const newData = now.valid.get(slug);
      if (oldFile && newFile) {
        if (oldFile.text === newFile.text) continue;
        const entry = refOf(kind, slug, newFile.path, newData ?? oldData);
        if (!oldData || !newData) {
          unchecked.push(entry);
          continue;
        }
        changed.push({ ...entry, changes: factChanges(oldData, newData) });
        warnings.push(...changeWarnings(entry, oldData, newData));
      } else if (newFile) {
        const entry = refOf(kind, slug, newFile.path, newData);
        const description = textOf(newData, 'description');
        addedHere.set(slug, {
          ...entry,
          valid: newData !== undefined,
          facts: newData ? keyFacts(kind, newData) : [],
          ...(description === undefined ? {} : { description }),
        });
      } else if (oldFile) {
        removedHere.push(refOf(kind, slug, oldFile.path, oldData));
      }
    }
    for (const entry of removedHere) {
      const redirect = kind === 'tool' ? redirects.get(entry.slug) : undefined;
      const target = redirect?.data.to === undefined ? undefined : addedHere.get(redirect.data.to);
      if (redirect && target) {
        addedHere.delete(target.slug);
        const oldData = old.valid.get(entry.slug);
        const newData = now.valid.get(target.slug);
        const to: EntryRef = { kind, slug: target.slug, name: target.name, path: target.path };
        renamed.push({
          from: entry,
          to,
          redirectPath: redirect.path,
          changes: oldData && newData ? factChanges(oldData, newData) : [],
        });
        if (oldData && newData) warnings.push(...changeWarnings(to, oldData, newData));
        continue;
      }
      if (redirect) {
        removed.push({
          ...entry,
          redirect: {
            path: redirect.path,
            ...(redirect.data.to === undefined ? {} : { to: redirect.data.to }),
            instead: redirect.data.instead,
            reason: redirect.data.reason,
          },
        });
        continue;
      }
      removed.push(entry);
      if (kind === 'tool') {
        const invalid = redirectFiles.get(entry.slug);
        warnings.push({
          kind: 'removed-without-redirect',
          entry,
          message:
            invalid === undefined
              ? `removed without a redirect; add ${redirectPathFor(entry.path, entry.slug)} so its address keeps working`
              : `removed without a valid redirect: ${invalid} does not pass the content check`,
        });
      }
    }
    for (const entry of addedHere.values()) {
      added.push(entry);
      const status = entry.facts.find((fact) => fact.field === 'status')?.value;
      if (kind === 'tool' && isFlaggedStatus(status)) {
        warnings.push({
          kind: 'added-not-active',
          entry,
          message: `added with status ${status}, but new entries must be active (CONTRIBUTING, “What belongs in the guide”)`,
        });
      }
    }
  }

  return {
    added,
    removed,
    renamed,
    changed,
    unchecked,
    otherFiles: otherFileChanges(base, head),
    warnings,
    problems: headContent.problems,
    fileCount: head.length,
  };
}

// ---------------------------------------------------------------------------------------------
// Markdown.

/**
 * Contributed text as Markdown text: the characters that would make emphasis, code, links or
 * tables are escaped, line breaks become spaces. `<`, `>` and `&` are left as they are: where
 * the Markdown is posted (the pull request comment) every one of them is escaped as HTML.
 */
export function markdownText(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/[\\`*_[\]|~]/g, (char) => `\\${char}`);
}

/** A code span; text that holds a backtick (a strange file name) becomes escaped text instead. */
function codeSpan(text: string): string {
  return text.includes('`') ? markdownText(text) : `\`${text}\``;
}

/** The fields written in words, shown as quoted text; every other value is an id, a date or a URL. */
const TEXT_FIELDS: ReadonlySet<string> = new Set([
  'name',
  'description',
  'features',
  'aliases',
  'author',
  'openCore',
  'statusNote',
  'history',
]);

/** A value of a field: quoted text for words, a code span for ids, dates and URLs. */
function markdownValue(field: string, value: string | undefined): string {
  if (value === undefined) return '(none)';
  return TEXT_FIELDS.has(field) ? `“${markdownText(value)}”` : codeSpan(value);
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** "1 tool added, 1 tool changed", or that nothing changed. */
export function diffHeadline(diff: ContentDiff): string {
  const parts: string[] = [];
  const groups: [readonly { kind?: EntryKind; from?: EntryRef }[], string][] = [
    [diff.added, 'added'],
    [diff.renamed, 'renamed'],
    [diff.removed, 'removed'],
    [diff.changed, 'changed'],
  ];
  for (const [entries, verb] of groups) {
    for (const kind of ['tool', 'resource'] as const) {
      const count = entries.filter((entry) => (entry.kind ?? entry.from?.kind) === kind).length;
      if (count > 0) parts.push(`${plural(count, kind)} ${verb}`);
    }
  }
  return parts.length > 0 ? parts.join(', ') : 'no tool or resource added, removed, renamed or changed';
}

function entryLabel(entry: EntryRef): string {
  return `**${markdownText(entry.name)}** (${codeSpan(entry.path)})`;
}

function changeLines(changes: readonly FactChange[], indent: string): string[] {
  if (changes.length === 0) return [`${indent}- no fact changed (layout or comments only)`];
  return changes.map((change) => {
    if (change.type === 'value') {
      const { field, before, after } = change;
      return `${indent}- \`${field}\`: ${markdownValue(field, before)} → ${markdownValue(field, after)}`;
    }
    const values = (items: readonly string[]) =>
      items.map((item) => markdownValue(change.field, item)).join(', ');
    const parts = [
      ...(change.added.length > 0 ? [`added ${values(change.added)}`] : []),
      ...(change.removed.length > 0 ? [`removed ${values(change.removed)}`] : []),
      ...(change.reordered ? ['reordered'] : []),
    ];
    return `${indent}- \`${change.field}\`: ${parts.join('; ')}`;
  });
}

export interface MarkdownOptions {
  /** What the change is compared with (a branch or a commit), named in the headline. */
  readonly base?: string;
  /** Problems listed at most (the rest are counted); 50 unless given. */
  readonly maxProblems?: number;
}

/** The diff as Markdown, for a terminal or a pull request comment. No HTML. */
export function renderDiffMarkdown(diff: ContentDiff, options: MarkdownOptions = {}): string {
  const lines: string[] = ['### What changes in the directory', ''];
  const base = options.base?.replace(/[`\r\n]/g, '');
  lines.push(`${base ? `Compared with \`${base}\`: ` : ''}**${diffHeadline(diff)}.**`, '');

  const category = (title: string, body: string[]) => {
    if (body.length > 0) lines.push(`#### ${title}`, '', ...body, '');
  };
  category(
    'For reviewers',
    diff.warnings.map((warning) => `- ⚠️ ${entryLabel(warning.entry)}: ${markdownText(warning.message)}.`),
  );
  category(
    'Added',
    diff.added.map((entry) => {
      const description = entry.description === undefined ? '' : ` “${markdownText(entry.description)}”`;
      const facts = entry.facts
        .map((fact) => `\`${fact.field}\` ${markdownValue(fact.field, fact.value)}`)
        .join(' · ');
      const details = entry.valid ? facts : 'not checked: it has problems, listed below';
      return `- ${entryLabel(entry)}, a ${entry.kind}:${description}${details ? ` — ${details}` : ''}`;
    }),
  );
  category(
    'Renamed',
    diff.renamed.flatMap((entry) => [
      `- ${entryLabel(entry.from)} → ${entryLabel(entry.to)}, redirected by ${codeSpan(entry.redirectPath)}`,
      ...(entry.changes.length > 0 ? changeLines(entry.changes, '  ') : []),
    ]),
  );
  category(
    'Removed',
    diff.removed.map((entry) => {
      const redirect = entry.redirect;
      if (!redirect) return `- ${entryLabel(entry)}, with no redirect`;
      const where = redirect.to
        ? `its address leads to \`${redirect.to}\``
        : redirect.instead.length > 0
          ? `instead: ${redirect.instead.map((slug) => `\`${slug}\``).join(', ')}`
          : 'its address explains why';
      return `- ${entryLabel(entry)}: “${markdownText(redirect.reason)}” (${codeSpan(redirect.path)}; ${where})`;
    }),
  );
  category(
    'Changed',
    diff.changed.flatMap((entry) => [`- ${entryLabel(entry)}`, ...changeLines(entry.changes, '  ')]),
  );
  category(
    'Not compared',
    diff.unchecked.map((entry) => `- ${entryLabel(entry)}: it does not pass the content check on one side`),
  );
  category(
    'Other content files',
    diff.otherFiles.map((file) => `- ${codeSpan(file.path)} ${file.change}`),
  );

  const max = options.maxProblems ?? 50;
  if (diff.problems.length === 0) {
    category('Content check', [`✅ No problems in ${plural(diff.fileCount, 'content file')}.`]);
  } else {
    const files = new Set(diff.problems.map((problem) => problem.file)).size;
    category('Content check', [
      `❌ ${plural(diff.problems.length, 'problem')} in ${plural(files, 'file')} ` +
        '(each is also shown on its line under “Files changed”):',
      '',
      ...diff.problems
        .slice(0, max)
        .map(
          (problem) =>
            `- ${codeSpan(`${problem.file}:${problem.line}`)} — ${codeSpan(problem.field)} — ${markdownText(problem.message)}`,
        ),
      ...(diff.problems.length > max ? [`- … and ${diff.problems.length - max} more`] : []),
    ]);
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
