/**
 * `npm run new-tool` / `npm run new-resource`: writes `content/<tools|resources>/<slug>.yaml`
 * from flags, asking in a terminal for anything left out (with the valid choices listed). It
 * refuses to write a file the content check would reject, duplicates included.
 *
 *   npm run new-tool -- --name "Seldon Core" --url https://www.seldon.io/ \
 *     --category model-serving --subcategory inference-servers \
 *     --description "Deploy ML models on Kubernetes" --feature "Canary rollouts" --feature "A/B tests" \
 *     --license open-source --license-id Apache-2.0 \
 *     --source https://github.com/SeldonIO/seldon-core/blob/master/LICENSE \
 *     --deployment self-hosted --status active --repo https://github.com/SeldonIO/seldon-core
 *
 * `--feature`, `--source` and `--successor` can be repeated. A status other than active also
 * takes `--status-date`, `--status-note` and (deprecated, archived, discontinued) `--successor`.
 */
import { writeFileSync } from 'node:fs';
import { stdin, stdout } from 'node:process';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { contentRoot, readContentFiles } from '../src/lib/content-files.ts';
import { formatProblem, readEntryData } from '../src/lib/content-check.ts';
import {
  prepareEntry,
  type EntryKind,
  type NewResourceFields,
  type NewToolFields,
} from './lib/scaffold/new-entry.ts';
import {
  DEPLOYMENT_VALUES,
  DIFFICULTY_VALUES,
  LICENSE_VALUES,
  RESOURCE_KIND_VALUES,
  STATUS_VALUES,
  isFlaggedStatus,
  isInactiveStatus,
} from '../src/vocabulary.ts';

const kind = process.argv[2] as EntryKind;
if (kind !== 'tool' && kind !== 'resource') {
  console.error(
    'usage: node scripts/new-entry.ts tool|resource [--name …] [--url …] … (see the file’s header)',
  );
  process.exit(2);
}

const { values: flags } = parseArgs({
  args: process.argv.slice(3),
  options: {
    name: { type: 'string' },
    url: { type: 'string' },
    description: { type: 'string' },
    category: { type: 'string' },
    subcategory: { type: 'string' },
    kind: { type: 'string' },
    author: { type: 'string' },
    feature: { type: 'string', multiple: true },
    license: { type: 'string' },
    'license-id': { type: 'string' },
    difficulty: { type: 'string' },
    deployment: { type: 'string' },
    status: { type: 'string' },
    'status-date': { type: 'string' },
    'status-note': { type: 'string' },
    successor: { type: 'string', multiple: true },
    repo: { type: 'string' },
    source: { type: 'string', multiple: true },
    'dry-run': { type: 'boolean' },
  },
  strict: true,
});

/** Flags that only one kind of entry has: given to the other kind, they would be dropped silently. */
const ONLY_FOR: Record<EntryKind, readonly (keyof typeof flags)[]> = {
  tool: [
    'category',
    'subcategory',
    'license-id',
    'deployment',
    'status',
    'status-date',
    'status-note',
    'successor',
    'repo',
    'source',
  ],
  resource: ['kind', 'author'],
};
const otherKind: EntryKind = kind === 'tool' ? 'resource' : 'tool';
const misplaced = ONLY_FOR[otherKind].filter((flag) => flags[flag] !== undefined);
if (misplaced.length > 0) {
  console.error(`${misplaced.map((flag) => `--${flag}`).join(', ')}: only for a ${otherKind}, not a ${kind}`);
  process.exit(2);
}

const files = readContentFiles();
const categories = files
  .filter((file) => file.collection === 'categories')
  .map((file) => {
    // Read as the content check reads it; an unreadable file offers no subcategories.
    const data = (readEntryData(file).data ?? {}) as { subcategories?: { id: string }[] };
    const id = (file.path.split('/').pop() ?? '').replace(/\.yaml$/, '');
    return { id, subcategories: (data.subcategories ?? []).map((subcategory) => subcategory.id) };
  });

const interactive = stdin.isTTY && stdout.isTTY;
const prompt = interactive ? createInterface({ input: stdin, output: stdout }) : undefined;

async function ask(
  label: string,
  given: string | undefined,
  options: { choices?: readonly string[]; optional?: boolean; hint?: string; skip?: boolean } = {},
) {
  if (given !== undefined) return given;
  if (options.skip) return undefined;
  if (!prompt) {
    if (options.optional) return undefined;
    const expected = options.choices ? `one of: ${options.choices.join(' | ')}` : options.hint;
    console.error(
      `--${label} is required (not running in a terminal, so I cannot ask)${expected ? `: ${expected}` : ''}`,
    );
    process.exit(2);
  }
  const hint = options.choices
    ? ` (${options.choices.join(' | ')}${options.optional ? ', or Enter to skip' : ''})`
    : options.hint
      ? ` (${options.hint}${options.optional ? '; Enter to skip' : ''})`
      : options.optional
        ? ' (Enter to skip)'
        : '';
  for (;;) {
    const answer = (await prompt.question(`${label}${hint}: `)).trim();
    if (answer === '' && options.optional) return undefined;
    if (answer !== '' && (!options.choices || options.choices.includes(answer))) return answer;
    console.log(
      options.choices ? `  Please choose one of: ${options.choices.join(', ')}` : '  This one is required.',
    );
  }
}

/**
 * A list such as sources: the flag's values, else (in a terminal) one answer per line until an
 * empty one, at least one when `required`; outside a terminal an unset list stays empty and the
 * content check says whether it was needed.
 */
async function askList(
  label: string,
  given: string[] | undefined,
  options: { required: boolean; why: string; max: number },
): Promise<string[]> {
  if (given && given.length > 0) return given;
  if (!prompt) return [];
  console.log(`${label}: ${options.why}; one per line, an empty line ends the list.`);
  const items: string[] = [];
  while (items.length < options.max) {
    const answer = (await prompt.question(`  ${label} ${items.length + 1}: `)).trim();
    if (answer === '') {
      if (items.length > 0 || !options.required) break;
      console.log('  At least one is required.');
      continue;
    }
    items.push(answer);
  }
  return items;
}

async function askFeatures(given: string[] | undefined): Promise<string[]> {
  if (given && given.length > 0) return given;
  if (!prompt) {
    console.error('--feature is required at least once (not running in a terminal, so I cannot ask)');
    process.exit(2);
  }
  console.log('Features: one short line each (1 to 8); an empty line ends the list.');
  const features: string[] = [];
  while (features.length < 8) {
    const answer = (await prompt.question(`  feature ${features.length + 1}: `)).trim();
    if (answer === '') {
      if (features.length > 0) break;
      console.log('  At least one feature is required.');
      continue;
    }
    features.push(answer);
  }
  return features;
}

async function gatherTool(): Promise<NewToolFields> {
  const name = (await ask('name', flags.name)) ?? '';
  const url = (await ask('url', flags.url)) ?? '';
  const description = (await ask('description', flags.description)) ?? '';
  const category = (await ask('category', flags.category, { choices: categories.map((c) => c.id) })) ?? '';
  const subcategories = categories.find((c) => c.id === category)?.subcategories ?? [];
  const subcategory = (await ask('subcategory', flags.subcategory, { choices: subcategories })) ?? '';
  const features = await askFeatures(flags.feature);
  const license = await ask('license', flags.license, { choices: LICENSE_VALUES, optional: true });
  // Open source and source available are decided by the license's SPDX id, so it is required there.
  const hasCode = license === 'open-source' || license === 'source-available';
  const licenseId = await ask('license-id', flags['license-id'], {
    optional: !hasCode,
    hint:
      'the SPDX id of the project’s LICENSE file, such as Apache-2.0, MIT or BSD-3-Clause; every valid id is ' +
      `listed at https://spdx.org/licenses/${license === 'open-source' ? ' (open-source needs one marked “OSI Approved”)' : ''}`,
  });
  const difficulty = await ask('difficulty', flags.difficulty, {
    choices: DIFFICULTY_VALUES,
    optional: true,
  });
  const deployment = await ask('deployment', flags.deployment, {
    choices: DEPLOYMENT_VALUES,
    optional: true,
  });
  const status = await ask('status', flags.status, { choices: STATUS_VALUES, optional: true });
  const explained = isFlaggedStatus(status);
  const statusDate = await ask('status-date', flags['status-date'], {
    optional: !explained,
    skip: !explained,
    hint: 'when it changed, YYYY-MM-DD or YYYY-MM',
  });
  const statusNote = await ask('status-note', flags['status-note'], {
    optional: !explained,
    skip: !explained,
    hint: 'one sentence on what happened',
  });
  const ended = isInactiveStatus(status);
  const successors = ended
    ? await askList('successor', flags.successor, {
        required: true,
        why: `${status} needs the slugs of tools in the guide to use instead`,
        max: 6,
      })
    : (flags.successor ?? []);
  const repo = await ask('repo', flags.repo, { optional: true, hint: 'source repository, https://' });
  const sources = await askList('source', flags.source, {
    required: license !== undefined || licenseId !== undefined || explained,
    why: 'public pages the facts come from (the LICENSE file, the pricing page, a notice), https://',
    max: 12,
  });
  return {
    name,
    url,
    description,
    category,
    subcategory,
    features,
    license,
    licenseId,
    difficulty,
    deployment,
    status,
    statusDate,
    statusNote,
    successors,
    repo,
    sources,
  };
}

async function gatherResource(): Promise<NewResourceFields> {
  const name = (await ask('name', flags.name)) ?? '';
  const url = (await ask('url', flags.url)) ?? '';
  const description = (await ask('description', flags.description)) ?? '';
  const resourceKind = (await ask('kind', flags.kind, { choices: RESOURCE_KIND_VALUES })) ?? '';
  const author = await ask('author', flags.author, { optional: true });
  const features = await askFeatures(flags.feature);
  const license = await ask('license', flags.license, { choices: LICENSE_VALUES, optional: true });
  const difficulty = await ask('difficulty', flags.difficulty, {
    choices: DIFFICULTY_VALUES,
    optional: true,
  });
  return { name, url, description, kind: resourceKind, author, features, license, difficulty };
}

try {
  const fields = kind === 'tool' ? await gatherTool() : await gatherResource();
  const entry = prepareEntry(kind, fields, files, contentRoot(), new Date());
  if (entry.problems.length > 0) {
    console.error(`Not written: ${entry.path} would not pass the content check.`);
    for (const problem of entry.problems) console.error(`  ${formatProblem(problem)}`);
    const needs = entry.problems.map((problem) => `${problem.field} ${problem.message}`).join('\n');
    if (kind === 'tool' && /licenseId|source|status|successors/.test(needs))
      console.error(
        'Flags for these fields: licenseId --license-id, sources --source, statusDate --status-date, ' +
          'statusNote --status-note, successors --successor (--source and --successor can be repeated).',
      );
    process.exitCode = 1;
  } else if (flags['dry-run']) {
    console.log(`# ${entry.path}\n${entry.text}`);
  } else {
    writeFileSync(entry.path, entry.text, { flag: 'wx' });
    console.log(`Created ${entry.path}. Check it, then run \`npm run validate\` and open a pull request.`);
  }
} finally {
  prompt?.close();
}
