/**
 * `npm run new-tool` / `npm run new-resource`: writes `content/<tools|resources>/<slug>.yaml`
 * from flags, asking in a terminal for anything left out (with the valid choices listed). It
 * refuses to write a file the content check would reject, duplicates included.
 *
 *   npm run new-tool -- --name "Seldon Core" --url https://www.seldon.io/ \
 *     --category model-serving --subcategory inference-servers \
 *     --description "Deploy ML models on Kubernetes" --feature "Canary rollouts" --feature "A/B tests"
 */
import { writeFileSync } from 'node:fs';
import { stdin, stdout } from 'node:process';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { contentRoot, readContentFiles } from '../src/integrations/content-files.ts';
import { formatProblem } from '../src/lib/content-check.ts';
import {
  prepareEntry,
  type EntryKind,
  type NewResourceFields,
  type NewToolFields,
} from '../src/lib/new-entry.ts';
import { DIFFICULTY_VALUES, LICENSE_VALUES, RESOURCE_KIND_VALUES } from '../src/vocabulary.ts';

const kind = process.argv[2] as EntryKind;
if (kind !== 'tool' && kind !== 'resource') {
  console.error('usage: node scripts/new-entry.ts tool|resource [--name …] [--url …] …');
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
    difficulty: { type: 'string' },
    'dry-run': { type: 'boolean' },
  },
  strict: true,
});

const files = readContentFiles();
const categories = files
  .filter((file) => file.collection === 'categories')
  .map((file) => {
    const data = parse(file.text) as { subcategories?: { id: string }[] };
    const id = (file.path.split('/').pop() ?? '').replace(/\.yaml$/, '');
    return { id, subcategories: (data.subcategories ?? []).map((subcategory) => subcategory.id) };
  });

const interactive = stdin.isTTY && stdout.isTTY;
const prompt = interactive ? createInterface({ input: stdin, output: stdout }) : undefined;

async function ask(
  label: string,
  given: string | undefined,
  options: { choices?: readonly string[]; optional?: boolean } = {},
) {
  if (given !== undefined) return given;
  if (!prompt) {
    if (options.optional) return undefined;
    console.error(`--${label} is required (not running in a terminal, so I cannot ask)`);
    process.exit(2);
  }
  const hint = options.choices
    ? ` (${options.choices.join(' | ')}${options.optional ? ', or Enter to skip' : ''})`
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
  const difficulty = await ask('difficulty', flags.difficulty, {
    choices: DIFFICULTY_VALUES,
    optional: true,
  });
  return { name, url, description, category, subcategory, features, license, difficulty };
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
