import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/lib/content-files.ts';
import { checkContent, formatProblem, type ContentFile } from '../../src/lib/content-check.ts';
import { HEAVY_TEST_TIMEOUT, toolWith, validFiles, validToolYaml } from '../helpers/fixtures.ts';

const TOOL_PATH = 'content/tools/bentoml.yaml';

function withTool(text: string, path = TOOL_PATH): ContentFile[] {
  return [...validFiles().filter((file) => file.path !== TOOL_PATH), { path, collection: 'tools', text }];
}

function problemsOf(files: ContentFile[]) {
  return checkContent(files).map(formatProblem);
}

/** Asserts exactly one problem, naming the file, line, field and the words that explain it. */
function expectOneProblem(files: ContentFile[], expected: { line: number; field: string; says: RegExp }) {
  const problems = checkContent(files);
  expect(problems.map(formatProblem)).toHaveLength(1);
  const [problem] = problems;
  expect(problem?.file).toBe(TOOL_PATH);
  expect(problem?.field).toBe(expected.field);
  expect(problem?.line).toBe(expected.line);
  expect(problem?.message).toMatch(expected.says);
}

describe('checkContent', () => {
  it('accepts the valid fixture set', () => {
    expect(problemsOf(validFiles())).toEqual([]);
  });

  it(
    'accepts the real content of the guide',
    () => {
      expect(problemsOf(readContentFiles('content'))).toEqual([]);
    },
    HEAVY_TEST_TIMEOUT,
  );

  it('formats a problem as file:line — field — message', () => {
    const [line] = problemsOf(withTool(toolWith('license', 'license: gratis')));
    expect(line).toMatch(
      /^content\/tools\/bentoml\.yaml:9 — license — "gratis" is not allowed: expected one of: open-source, source-available, free, freemium, commercial, pay-per-use$/,
    );
  });

  describe('rejects a bad field, naming the file, line and field', () => {
    const cases: [string, string, string | null, { line: number; field: string; says: RegExp }][] = [
      ['a missing name', 'name', null, { line: 1, field: 'name', says: /is required/ }],
      ['an empty name', 'name', 'name: ""', { line: 1, field: 'name', says: /must not be empty/ }],
      ['a missing url', 'url', null, { line: 1, field: 'url', says: /is required/ }],
      ['an http url', 'url', 'url: http://bentoml.com/', { line: 2, field: 'url', says: /https:\/\// }],
      ['a javascript: url', 'url', 'url: javascript:alert(1)', { line: 2, field: 'url', says: /https:\/\// }],
      ['a data: url', 'url', 'url: data:text/html,hi', { line: 2, field: 'url', says: /https:\/\// }],
      ['a url without a domain', 'url', 'url: https://localhost/', { line: 2, field: 'url', says: /domain/ }],
      ['a missing description', 'description', null, { line: 1, field: 'description', says: /is required/ }],
      [
        'a description over 160 characters',
        'description',
        `description: ${'x'.repeat(161)}`,
        { line: 3, field: 'description', says: /at most 160/ },
      ],
      [
        'HTML in the description',
        'description',
        'description: "<script>alert(1)</script>"',
        { line: 3, field: 'description', says: /HTML/ },
      ],
      [
        'a non-kebab category',
        'category',
        'category: Model Serving',
        { line: 4, field: 'category', says: /kebab-case/ },
      ],
      ['no features', 'features', 'features: []', { line: 6, field: 'features', says: /at least 1/ }],
      [
        'more than 8 features',
        'features',
        `features:\n${Array.from({ length: 9 }, (_, i) => `  - Feature ${i}`).join('\n')}`,
        { line: 6, field: 'features', says: /at most 8/ },
      ],
      [
        'an empty feature',
        'features',
        'features:\n  - Fine\n  - ""',
        { line: 8, field: 'features[1]', says: /must not be empty/ },
      ],
      [
        'an unknown license',
        'license',
        'license: gratis',
        { line: 9, field: 'license', says: /expected one of: open-source/ },
      ],
      [
        'an unknown difficulty',
        'difficulty',
        'difficulty: easy',
        { line: 10, field: 'difficulty', says: /expected one of: beginner, intermediate, advanced/ },
      ],
      ['a quoted date', 'added', 'added: "2025-06-19"', { line: 11, field: 'added', says: /YYYY-MM-DD/ }],
      ['a missing added date', 'added', null, { line: 1, field: 'added', says: /is required/ }],
      [
        'a non-https repo',
        'repo',
        'repo: git://github.com/bentoml/BentoML',
        { line: 15, field: 'repo', says: /https/ },
      ],
    ];
    it.each(cases)('%s', (_name, key, replacement, expected) => {
      expectOneProblem(withTool(toolWith(key, replacement)), expected);
    });

    it('an unknown key, suggesting the likely one', () => {
      expectOneProblem(withTool(toolWith('license', 'licence: open-source')), {
        line: 9,
        field: 'licence',
        says: /unknown field \(did you mean "license"\?\)/,
      });
    });
  });

  describe('the decision facts: who maintains it, its languages, first release, quick start, pricing', () => {
    const facts = [
      'maintainer:',
      '  name: Argo Project',
      '  kind: foundation',
      '  foundation: CNCF',
      '  maturity: graduated',
      '  joined: 2020',
      'languages:',
      '  sdk: [python, go]',
      '  implementation: [go]',
      'firstRelease:',
      '  year: 2017',
      '  source: https://github.com/argoproj/argo-workflows/releases',
      'quickstart:',
      "  command: 'pip install bentoml'",
      '  url: https://docs.bentoml.com/en/latest/get-started/',
      'pricing:',
      '  models: [free-tier, per-usage]',
      '  url: https://www.bentoml.com/pricing',
    ].join('\n');

    it('accepts every fact, each backed by a source', () => {
      expect(problemsOf(withTool(`${validToolYaml}${facts}\n`))).toEqual([]);
    });

    const cases: [string, string, { line: number; field: string; says: RegExp }][] = [
      [
        'an unknown maintainer kind',
        'maintainer:\n  name: Acme\n  kind: company',
        {
          line: 17,
          field: 'maintainer.kind',
          says: /expected one of: vendor, foundation, community, cloud-provider/,
        },
      ],
      [
        'a foundation project without its foundation',
        'maintainer:\n  name: Acme\n  kind: foundation',
        { line: 15, field: 'maintainer.foundation', says: /needs the foundation/ },
      ],
      [
        'a vendor naming a foundation',
        'maintainer:\n  name: Acme\n  kind: vendor\n  foundation: CNCF',
        { line: 17, field: 'maintainer.kind', says: /names the foundation "CNCF" but its kind is "vendor"/ },
      ],
      [
        'an unknown language',
        'languages:\n  sdk: [python, cobol]',
        { line: 16, field: 'languages.sdk[1]', says: /expected one of: python, typescript/ },
      ],
      [
        'a first release that is not a year',
        'firstRelease:\n  year: 19',
        { line: 16, field: 'firstRelease.year', says: /from 1990/ },
      ],
      [
        'a quick start on two lines',
        'quickstart:\n  command: "pip install a\\nrm -rf /"\n  url: https://docs.bentoml.com/',
        { line: 16, field: 'quickstart.command', says: /single line/ },
      ],
      [
        'a quick start without its official page',
        "quickstart:\n  command: 'pip install bentoml'",
        { line: 15, field: 'quickstart.url', says: /is required/ },
      ],
      [
        'pricing without a pricing page or a source',
        'pricing:\n  models: [per-seat]',
        { line: 15, field: 'pricing', says: /needs the official pricing page/ },
      ],
      [
        'an unknown pricing model',
        'pricing:\n  models: [lifetime-deal]\n  url: https://www.bentoml.com/pricing',
        {
          line: 16,
          field: 'pricing.models[0]',
          says: /expected one of: free-tier, per-seat, per-usage, contact-sales/,
        },
      ],
    ];
    it.each(cases)('rejects %s', (_name, yaml, expected) => {
      expectOneProblem(withTool(`${validToolYaml}${yaml}\n`), expected);
    });

    it('asks for a source when a fact has none and the entry lists none', () => {
      const unsourced = toolWith('sources', null)
        .replace('license: open-source\n', '')
        .replace('licenseId: Apache-2.0\n', '');
      expectOneProblem(withTool(`${unsourced}languages:\n  sdk: [python]\n`), {
        line: 11,
        field: 'languages',
        says: /needs a source/,
      });
    });
  });

  describe('the capability model of a category and the values tools record', () => {
    const model =
      'capabilities:\n  - id: dynamic-batching\n    name: Dynamic batching\n    definition: Groups requests into batches.\n' +
      '  - id: grpc-api\n    name: gRPC API\n    definition: Serves predictions over gRPC.\n';
    const withModel = (tool: string, extraModel = '') =>
      [...validFiles(), { path: TOOL_PATH, collection: 'tools' as const, text: tool }]
        .filter((file, index, files) => files.findLastIndex((other) => other.path === file.path) === index)
        .map((file) =>
          file.collection === 'categories' ? { ...file, text: `${file.text}${model}${extraModel}` } : file,
        );
    const valued = (id: string, value = "'yes'") =>
      `${validToolYaml}capabilities:\n  ${id}:\n    value: ${value}\n    source: https://docs.bentoml.com/\n`;

    it('accepts values of the category’s capabilities, each with its source', () => {
      expect(problemsOf(withModel(valued('dynamic-batching')))).toEqual([]);
    });

    it('refuses a capability the tool’s categories do not declare, suggesting the likely one', () => {
      const problems = problemsOf(withModel(valued('dynamic-batchin')));
      expect(problems).toEqual([
        expect.stringMatching(
          /capabilities\.dynamic-batchin — unknown capability "dynamic-batchin" \(did you mean "dynamic-batching"\?\)/,
        ),
      ]);
    });

    it('refuses a value other than yes, partial or no, and a value without a source', () => {
      expect(problemsOf(withModel(valued('grpc-api', 'maybe')))).toEqual([
        expect.stringMatching(
          /capabilities\.grpc-api\.value — "maybe" is not allowed: expected one of: yes, partial, no/,
        ),
      ]);
      const unsourced = `${validToolYaml}capabilities:\n  grpc-api:\n    value: 'no'\n`;
      expect(problemsOf(withModel(unsourced))).toEqual([
        expect.stringMatching(/capabilities\.grpc-api\.source — is required/),
      ]);
    });

    it('refuses a category declaring the same capability twice', () => {
      const repeated = '  - id: grpc-api\n    name: Again\n    definition: Twice.\n';
      expect(problemsOf(withModel(validToolYaml, repeated))).toEqual([
        expect.stringMatching(/capabilities\[2\]\.id — duplicate capability id "grpc-api"/),
      ]);
    });
  });

  describe('a subcategory with a capability model of its own', () => {
    const categoryModel =
      'capabilities:\n  - id: grpc-api\n    name: gRPC API\n    definition: Serves predictions over gRPC.\n';
    const gatewayModel = (definition = 'Routes across providers.') =>
      '    capabilities:\n      - id: provider-routing\n        name: Routing\n        definition: Routes across providers.\n' +
      `      - id: grpc-api\n        name: gRPC API\n        definition: ${definition}\n`;
    const files = (tool: string, definition?: string) =>
      [...validFiles(), { path: TOOL_PATH, collection: 'tools' as const, text: tool }]
        .filter((file, index, all) => all.findLastIndex((other) => other.path === file.path) === index)
        .map((file) =>
          file.collection === 'categories'
            ? {
                ...file,
                text: `${file.text.replace('    name: Serverless Inference\n', `    name: Serverless Inference\n${gatewayModel(definition ?? 'Serves predictions over gRPC.')}`)}${categoryModel}`,
              }
            : file,
        );
    const valued = (id: string, placement = 'inference-servers') =>
      `${validToolYaml.replace('subcategory: inference-servers', `subcategory: ${placement}`)}capabilities:\n  ${id}:\n    value: 'yes'\n    source: https://docs.bentoml.com/\n`;

    it('lets its tools record its capabilities, and only those', () => {
      expect(problemsOf(files(valued('provider-routing', 'serverless-inference')))).toEqual([]);
      expect(problemsOf(files(valued('provider-routing')))).toEqual([
        expect.stringMatching(
          /capabilities\.provider-routing — unknown capability "provider-routing" \(expected one of the capabilities of model-serving: grpc-api\)/,
        ),
      ]);
    });

    it('refuses a question answered by a capability no model of the named category declares', () => {
      const question = (capability: string) =>
        `questions:\n  - id: q\n    title: Q\n    answeredBy:\n      - category: model-serving\n        capability: ${capability}\n`;
      const withQuestion = (capability: string) =>
        files(validToolYaml).map((file) =>
          file.collection === 'categories' ? { ...file, text: `${file.text}${question(capability)}` } : file,
        );
      expect(problemsOf(withQuestion('provider-routing'))).toEqual([]);
      expect(problemsOf(withQuestion('teleportation'))).toEqual([
        expect.stringMatching(
          /questions\[0\]\.answeredBy\[0\]\.capability — unknown capability "teleportation" of category "model-serving"/,
        ),
      ]);
    });

    it('refuses an id of the category given another meaning in a subcategory', () => {
      expect(problemsOf(files(validToolYaml, 'Something else.'))).toEqual([
        expect.stringMatching(
          /subcategories\[1\]\.capabilities\[1\]\.id — capability "grpc-api" is declared by the category with another name or definition/,
        ),
      ]);
    });
  });

  describe('rejects bad files', () => {
    it('an empty file', () => {
      expectOneProblem(withTool('  \n'), { line: 1, field: '(file)', says: /empty/ });
    });

    it('a YAML syntax error, with its line', () => {
      expectOneProblem(withTool(validToolYaml.replace('features:\n', 'features: [\n')), {
        line: 7,
        field: '(yaml)',
        says: /YAML syntax error/,
      });
    });

    it('a duplicated key', () => {
      expectOneProblem(withTool(`${validToolYaml}name: Again\n`), {
        line: 15,
        field: '(yaml)',
        says: /unique/i,
      });
    });

    it('a YAML list instead of a mapping', () => {
      expectOneProblem(withTool('- name: BentoML\n'), { line: 1, field: '(file)', says: /mapping/ });
    });

    it('a file name that does not match the name', () => {
      const problems = checkContent(withTool(validToolYaml, 'content/tools/bento.yaml'));
      expect(problems.map(formatProblem)).toEqual([
        'content/tools/bento.yaml:1 — name — file name "bento" does not match the name (expected the file to be named "bentoml.yaml")',
      ]);
    });

    it('a file of another type in a YAML-only collection', () => {
      const problems = checkContent(withTool(validToolYaml, 'content/tools/bentoml.mdx'));
      expect(problems.map((problem) => problem.message)).toEqual([
        'unexpected file type (content/tools/ holds only .yaml files)',
      ]);
    });
  });

  describe('rejects broken references', () => {
    it('an unknown category, suggesting the likely one', () => {
      expectOneProblem(withTool(toolWith('category', 'category: model-servin')), {
        line: 4,
        field: 'category',
        says: /unknown category "model-servin" \(did you mean "model-serving"\?\)/,
      });
    });

    it('a subcategory of another category', () => {
      expectOneProblem(withTool(toolWith('subcategory', 'subcategory: feature-stores')), {
        line: 5,
        field: 'subcategory',
        says: /unknown subcategory "feature-stores" for category "model-serving" \(expected one of: inference-servers, serverless-inference\)/,
      });
    });
  });

  it('does not blame tools for a problem in their category file', () => {
    const files = validFiles().map((file) =>
      file.collection === 'categories'
        ? { ...file, text: file.text.replace(/^intro: .*$/m, 'intro: ""') }
        : file,
    );
    expect(problemsOf(files)).toEqual([
      'content/categories/model-serving.yaml:3 — intro — must not be empty',
    ]);
  });

  describe('rejects broken links between tools', () => {
    it('an integration with an unknown tool, and with itself', () => {
      const problems = checkContent(
        withTool(toolWith('added', 'integrates:\n  - mlflw\n  - bentoml\nadded: 2025-06-19')),
      );
      expect(problems.map(formatProblem)).toEqual([
        'content/tools/bentoml.yaml:12 — integrates[0] — unknown tool "mlflw" (expected the file name of a tool in content/tools/)',
        'content/tools/bentoml.yaml:13 — integrates[1] — a tool cannot list itself',
      ]);
    });

    it('successors on a tool that is active', () => {
      const problems = checkContent(
        withTool(toolWith('added', 'status: active\nsuccessors:\n  - bentoml\nadded: 2025-06-19')),
      );
      expect(problems.map((problem) => `${problem.field}: ${problem.message}`)).toEqual([
        'successors: only a tool that is not active has successors (expected status: maintenance, deprecated, archived, discontinued)',
        'successors[0]: a tool cannot list itself',
      ]);
    });

    it('an unknown deployment or status value', () => {
      const problems = checkContent(
        withTool(toolWith('added', 'deployment: cloud\nstatus: dead\nadded: 2025-06-19')),
      );
      expect(problems.map((problem) => problem.field)).toEqual(['deployment', 'status']);
    });
  });

  describe('rejects duplicates', () => {
    /** A file not committed yet, beside the committed fixtures. */
    const second = (text: string, slug: string): ContentFile => ({
      path: `content/tools/${slug}.yaml`,
      collection: 'tools',
      text,
      addedAt: Number.POSITIVE_INFINITY,
    });

    it('the same name in another case', () => {
      const text = validToolYaml
        .replace('name: BentoML', 'name: bentoml')
        .replace('bentoml.com', 'bentoml.org');
      const problems = checkContent([...validFiles(), second(text, 'bentoml-copy')]);
      expect(problems.map((problem) => problem.field)).toEqual(['name', 'name']);
      expect(problems.map((problem) => problem.message)).toContain(
        'duplicate tool name: content/tools/bentoml.yaml already has "bentoml"',
      );
    });

    it('the same URL with another case, www. or trailing slash', () => {
      const text = validToolYaml
        .replace('name: BentoML', 'name: Bento Two')
        .replace('https://bentoml.com/', 'https://WWW.BentoML.com');
      const problems = checkContent([...validFiles(), second(text, 'bento-two')]);
      expect(problems.map(formatProblem)).toEqual([
        'content/tools/bento-two.yaml:2 — url — duplicate tool url: content/tools/bentoml.yaml already has "https://WWW.BentoML.com"',
      ]);
    });

    it('on the file that adds the duplicate, wherever its name sorts', () => {
      const text = validToolYaml
        .replace('name: BentoML', 'name: A Bento')
        .replace('bentoml.com', 'bentoml.org');
      const committed = validFiles().map((file) => ({ ...file, addedAt: 1_700_000_000 }));
      const newer = {
        ...second(text.replace('name: A Bento', 'name: BentoML'), 'a-bento'),
        addedAt: 1_800_000_000,
      };
      const blamed = (files: ContentFile[]) =>
        checkContent(files)
          .filter((problem) => problem.message.startsWith('duplicate'))
          .map((problem) => problem.file);
      expect(blamed([...committed, newer])).toEqual(['content/tools/a-bento.yaml']);
      // Not committed yet counts as newest; outside Git the entry's `added` date decides.
      expect(blamed([...committed, { ...newer, addedAt: Number.POSITIVE_INFINITY }])).toEqual([
        'content/tools/a-bento.yaml',
      ]);
      const undated = (file: ContentFile): ContentFile => ({
        path: file.path,
        collection: file.collection,
        text: file.text,
      });
      const laterAdded = undated({ ...newer, text: newer.text.replace(/^added: .*$/m, 'added: 2030-01-01') });
      expect(blamed([...committed.map(undated), laterAdded])).toEqual(['content/tools/a-bento.yaml']);
    });
  });

  describe('one name, one tool', () => {
    const other = (name: string, aliases: string[], addedAt = Number.POSITIVE_INFINITY): ContentFile => ({
      path: `content/tools/${name.toLowerCase().replace(/\W+/g, '-')}.yaml`,
      collection: 'tools',
      text: toolWith('name', `name: ${name}`)
        .replace('https://bentoml.com/', `https://${name.toLowerCase().replace(/\W+/g, '')}.example/`)
        .replace(/^repo: .*$/m, '')
        .concat(`\naliases: [${aliases.map((alias) => JSON.stringify(alias)).join(', ')}]\n`),
      addedAt,
    });
    const aliasProblems = (files: ContentFile[]) =>
      checkContent([...validFiles(), ...files])
        .filter((problem) => problem.field.startsWith('aliases'))
        .map((problem) => `${problem.file} ${problem.message}`);

    it('refuses an alias that is another entry’s name', () => {
      expect(aliasProblems([other('Bento Serve', ['bentoml'])])).toEqual([
        'content/tools/bento-serve.yaml alias "bentoml" is the name of another entry, content/tools/bentoml.yaml (leave it out: each name finds one tool)',
      ]);
    });

    it('refuses an alias two entries share, on the newer one', () => {
      expect(aliasProblems([other('Bento Two', ['Bento'], 2), other('Bento One', ['bento'], 1)])).toEqual([
        'content/tools/bento-two.yaml alias "Bento" is already an alias of content/tools/bento-one.yaml (an alias names one tool only)',
      ]);
    });

    it('accepts aliases that name nothing else', () => {
      expect(aliasProblems([other('Bento Two', ['B2', 'BentoTwo'])])).toEqual([]);
    });
  });

  it('rejects a guide without front matter and one with a bad field', () => {
    const files: ContentFile[] = [
      ...validFiles(),
      { path: 'content/guides/plain.mdx', collection: 'guides', text: '# Just text\n' },
      {
        path: 'content/guides/bad.mdx',
        collection: 'guides',
        text: '---\ntitle: Bad\ndescription: Fine.\norder: 0\n---\n',
      },
    ];
    expect(problemsOf(files)).toEqual([
      'content/guides/bad.mdx:4 — order — must be 1 or more',
      'content/guides/plain.mdx:1 — (file) — missing front matter (expected a --- block at the top)',
    ]);
  });

  it('rejects a checklist item naming an unknown tool', () => {
    const files = validFiles().map((file) =>
      file.collection === 'guides'
        ? {
            ...file,
            text: `${file.text}\n<ChecklistItem id="a" title="A" tools="bentoml bentoml-x">\n\nText\n\n</ChecklistItem>\n`,
          }
        : file,
    );
    expect(problemsOf(files)).toEqual([
      'content/guides/deployment-checklist.mdx:11 — ChecklistItem.tools — unknown tool "bentoml-x" (did you mean "bentoml"?) (expected the file name of a tool in content/tools/)',
    ]);
  });

  it('rejects a site-relative Markdown link in a guide', () => {
    const files = validFiles().map((file) =>
      file.collection === 'guides'
        ? {
            ...file,
            text: `${file.text}\nSee [Feast](/tools/feast/).\n\n[tecton]: /tools/tecton/\n<a href="/x/">x</a>\n`,
          }
        : file,
    );
    expect(problemsOf(files).map((line) => line.split(' — ')[0])).toEqual([
      'content/guides/deployment-checklist.mdx:11',
      'content/guides/deployment-checklist.mdx:13',
      'content/guides/deployment-checklist.mdx:14',
    ]);
    expect(problemsOf(files)[0]).toMatch(/site-relative link/);
  });

  it('rejects a duplicate subcategory id in a category', () => {
    const files = validFiles().map((file) =>
      file.collection === 'categories'
        ? { ...file, text: `${file.text}  - id: inference-servers\n    name: Again\n` }
        : file,
    );
    expect(problemsOf(files)).toEqual([
      'content/categories/model-serving.yaml:9 — subcategories[2].id — duplicate subcategory id "inference-servers" (ids must be unique within a category)',
    ]);
  });

  it('checks a category’s common questions: known subcategory, distinct ids, known badge values', () => {
    const withQuestions = (questions: string) =>
      validFiles().map((file) =>
        file.collection === 'categories' ? { ...file, text: `${file.text}questions:\n${questions}` } : file,
      );
    const good =
      '  - id: open-source-servers\n    title: Open-source servers\n    subcategory: inference-servers\n    license: [open-source]\n';
    expect(problemsOf(withQuestions(good))).toEqual([]);
    const problems = problemsOf(
      withQuestions(
        `${good}  - id: open-source-servers\n    title: Again\n    subcategory: inference-server\n`,
      ),
    );
    expect(problems).toHaveLength(2);
    expect(problems.join('\n')).toMatch(/questions\[1\]\.id — duplicate question id "open-source-servers"/);
    expect(problems.join('\n')).toMatch(
      /questions\[1\]\.subcategory — unknown subcategory "inference-server" \(did you mean "inference-servers"\?\)/,
    );
    expect(
      problemsOf(withQuestions('  - id: gratis\n    title: Free ones\n    license: [gratis]\n')),
    ).toEqual([expect.stringMatching(/questions\[0\]\.license\[0\] — "gratis" is not allowed/)]);
  });

  it('checks a moved subcategory and a moved question: a real target elsewhere, nothing left behind', () => {
    const evaluation = (questions: string) => ({
      path: 'content/categories/evaluation-safety.yaml',
      collection: 'categories' as const,
      text: `name: Evaluation\norder: 2\nintro: Scores models.\nsubcategories:\n  - id: llm-evaluation\n    name: LLM Evaluation\n${questions}`,
    });
    const withMove = (moved: string, questions = '') => [
      ...validFiles().map((file) =>
        file.collection === 'categories' ? { ...file, text: `${file.text}moved:\n${moved}` } : file,
      ),
      evaluation(questions),
    ];
    const good =
      '  - id: ml-testing\n    name: Testing\n    to:\n      category: evaluation-safety\n      subcategory: llm-evaluation\n';
    const question =
      'questions:\n  - id: llm-tests\n    title: LLM tests\n    subcategory: llm-evaluation\n    formerCategory: model-serving\n';
    expect(problemsOf(withMove(good, question))).toEqual([]);
    expect(
      problemsOf(withMove(good.replace('subcategory: llm-evaluation', 'subcategory: llm-eval'))),
    ).toEqual([
      expect.stringMatching(
        /moved\[0\]\.to\.subcategory — unknown subcategory of "evaluation-safety" "llm-eval"/,
      ),
    ]);
    expect(
      problemsOf(withMove(good.replace('category: evaluation-safety', 'category: model-serving'))),
    ).toEqual([
      expect.stringMatching(/moved\[0\]\.to\.category — a moved subcategory points at another category/),
    ]);
    expect(problemsOf(withMove(good.replace('id: ml-testing', 'id: inference-servers')))).toEqual([
      expect.stringMatching(/moved\[0\]\.id — "inference-servers" is still a subcategory here/),
    ]);
    expect(
      problemsOf(
        withMove(good, question.replace('formerCategory: model-serving', 'formerCategory: serving')),
      ),
    ).toEqual([expect.stringMatching(/questions\[0\]\.formerCategory — unknown category "serving"/)]);
  });

  it('reports every problem of every file at once, sorted by file and line', () => {
    const files: ContentFile[] = [
      ...validFiles(),
      { path: 'content/tools/a.yaml', collection: 'tools', text: '' },
      {
        path: 'content/tools/b.yaml',
        collection: 'tools',
        text: toolWith('url', 'url: javascript:alert(1)')
          .replace('license: open-source', 'license: gratis')
          .replace('name: BentoML', 'name: B'),
      },
    ];
    expect(problemsOf(files)).toEqual([
      'content/tools/a.yaml:1 — (file) — file is empty (expected the fields of one entry)',
      'content/tools/b.yaml:2 — url — "javascript:alert(1)" is not allowed: must be an absolute https:// URL with a domain name',
      'content/tools/b.yaml:9 — license — "gratis" is not allowed: expected one of: open-source, source-available, free, freemium, commercial, pay-per-use',
    ]);
  });
});
