/**
 * The repository's .github/ keeps its rules: every workflow passes the checks of
 * scripts/lib/workflows/ (tested on bad workflows in workflow-checks.test.ts), CI runs `npm test`,
 * only the pull request comment workflow may write to pull requests and runs no code, its
 * scripts behave on fakes of GitHub's API, and the issue form matches the content.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SITE } from '../../src/config.ts';
import { readContentFiles } from '../../src/lib/content-files.ts';
import { DIFFICULTIES, LICENSES } from '../../src/vocabulary.ts';
import { diffContent, renderDiffMarkdown } from '../../scripts/lib/diff/content-diff.ts';
import {
  interpolatedScripts,
  issueFormProblems,
  jobsGranting,
  startableByPullRequest,
  stepsRunningCode,
  usesPullRequestTarget,
  workflowProblems,
  writeGrants,
} from '../../scripts/lib/workflows/checks.ts';
import {
  allSteps,
  isRecord,
  jobsOf,
  parseMapping,
  runsCommand,
  scriptOf,
  stepsOf,
  triggersOf,
  usesOf,
  workflowRunTrigger,
  type Yaml,
} from '../../scripts/lib/workflows/workflow.ts';

const GITHUB_DIR = new URL('../../.github/', import.meta.url);
const CATEGORIES_DIR = new URL('../../content/categories/', import.meta.url);

// ---------------------------------------------------------------------------------------------
// The repository's files.

const workflowNames = readdirSync(new URL('workflows/', GITHUB_DIR)).filter((name) => /\.ya?ml$/.test(name));
const workflowSources = new Map(
  workflowNames.map((name) => [name, readFileSync(new URL(`workflows/${name}`, GITHUB_DIR), 'utf8')]),
);
const workflows = new Map([...workflowSources].map(([name, source]) => [name, parseMapping(source)]));

function workflow(name: string): Yaml {
  const found = workflows.get(name);
  if (!found) throw new Error(`.github/workflows/${name} is missing`);
  return found;
}

describe('.github/workflows', () => {
  it('has the CI, deploy and link-check workflows', () => {
    expect(workflowNames).toEqual(expect.arrayContaining(['ci.yml', 'deploy.yml', 'link-check.yml']));
  });

  it('has the pull request comment workflow', () => {
    expect(workflowNames).toContain('pr-comment.yml');
  });

  describe.each(workflowNames)('%s', (name) => {
    const source = workflowSources.get(name) ?? '';

    it('keeps the rules of scripts/lib/workflows/checks.ts: valid, never on pull_request_target, read-only at the top, GitHub actions pinned with their version', () => {
      expect(workflowProblems(source)).toEqual([]);
      expect(usesOf(workflow(name)).length).toBeGreaterThan(0);
    });
  });

  it('ci.yml reads the repository and nothing more, and runs npm test on pull requests', () => {
    const ci = workflow('ci.yml');
    expect(ci['permissions']).toEqual({ contents: 'read' });
    expect(triggersOf(ci)).toContain('pull_request');
    expect(runsCommand(allSteps(ci), 'npm ci')).toBe(true);
    expect(runsCommand(allSteps(ci), 'npm run validate')).toBe(true);
    expect(runsCommand(allSteps(ci), 'npm test')).toBe(true);
    expect(ci['concurrency']).toMatchObject({ 'cancel-in-progress': true });
  });

  it('deploy.yml grants Pages and OIDC rights to the deploy job only', () => {
    const deploy = workflow('deploy.yml');
    expect(deploy['permissions']).toEqual({ contents: 'read' });
    const jobs = Object.fromEntries(jobsOf(deploy));
    expect(jobs['build']?.['permissions']).toBeUndefined();
    expect(jobs['deploy']?.['permissions']).toEqual({ pages: 'write', 'id-token': 'write' });
  });

  it('link-check.yml may write issues, in its one job, and nothing else', () => {
    expect(workflow('link-check.yml')['permissions']).toEqual({ contents: 'read' });
    const jobs = Object.fromEntries(jobsOf(workflow('link-check.yml')));
    expect(jobs['links']?.['permissions']).toEqual({ contents: 'read', issues: 'write' });
    expect(triggersOf(workflow('link-check.yml'))).toEqual(['schedule', 'workflow_dispatch']);
  });
});

// ---------------------------------------------------------------------------------------------
// The pull request summary: CI computes it with a read-only token, pr-comment.yml posts it.

/** The steps of pr-comment.yml's scripts, run as actions/github-script runs them, on fakes. */
type Fn = (...args: unknown[]) => Promise<unknown>;
const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (
  ...args: string[]
) => Fn;

const REPO = { owner: 'mlops-guide', repo: 'mlops-production-guide' };
const RUN_ID = 987;
const HEAD_SHA = 'abcdef1234567890abcdef1234567890abcdef12';
const MARKER = '<!-- mlops-guide-pr-summary -->';
const BOT = 'github-actions[bot]';

interface Comment {
  readonly id: number;
  readonly user: { login: string };
  readonly body: string;
}

interface Fakes {
  /** `pull_requests` of the workflow_run event (empty for pull requests from forks). */
  readonly eventPulls?: readonly unknown[];
  /** Open pull requests the API lists for the head branch. */
  readonly openPulls?: readonly { number: number; head: { sha: string } }[];
  readonly pullHeadSha?: string;
  readonly artifacts?: readonly { id: number; name: string; size_in_bytes: number; expired: boolean }[];
  readonly comments?: readonly Comment[];
  readonly env?: Record<string, string>;
  /** Files the script may read, by path. */
  readonly files?: Record<string, string>;
  readonly conclusion?: string;
}

interface ScriptRun {
  readonly outputs: Record<string, string>;
  readonly failed: string[];
  readonly calls: [string, Record<string, unknown>][];
  readonly required: string[];
}

async function runGithubScript(script: string, fakes: Fakes = {}): Promise<ScriptRun> {
  const result: ScriptRun = { outputs: {}, failed: [], calls: [], required: [] };
  const call =
    (name: string, data: () => unknown) =>
    async (params: Record<string, unknown>): Promise<{ data: unknown }> => {
      result.calls.push([name, params]);
      return { data: data() };
    };
  const github = {
    rest: {
      pulls: {
        list: call('pulls.list', () => fakes.openPulls ?? []),
        get: call('pulls.get', () => ({ number: 42, head: { sha: fakes.pullHeadSha ?? HEAD_SHA } })),
      },
      actions: {
        listWorkflowRunArtifacts: call('actions.listWorkflowRunArtifacts', () => fakes.artifacts ?? []),
      },
      issues: {
        listComments: call('issues.listComments', () => fakes.comments ?? []),
        createComment: call('issues.createComment', () => ({ id: 1 })),
        updateComment: call('issues.updateComment', () => ({ id: 1 })),
      },
    },
    paginate: async (method: (params: unknown) => Promise<{ data: unknown }>, params: unknown) =>
      (await method(params)).data,
  };
  const context = {
    repo: REPO,
    serverUrl: 'https://github.com',
    payload: {
      repository: { id: 1 },
      workflow_run: {
        id: RUN_ID,
        event: 'pull_request',
        conclusion: fakes.conclusion ?? 'success',
        head_sha: HEAD_SHA,
        head_branch: 'add-seldon-core',
        head_repository: { owner: { login: 'contributor' }, full_name: 'contributor/mlops-production-guide' },
        html_url: `https://github.com/${REPO.owner}/${REPO.repo}/actions/runs/${RUN_ID}`,
        pull_requests: fakes.eventPulls ?? [{ number: 42, base: { repo: { id: 1 } } }],
      },
    },
  };
  const core = {
    setOutput: (name: string, value: string) => void (result.outputs[name] = value),
    setFailed: (message: string) => void result.failed.push(message),
    info: () => undefined,
    warning: () => undefined,
  };
  const files = fakes.files ?? {};
  const fs = {
    lstatSync: (path: string) => {
      if (!(path in files)) throw new Error(`ENOENT: ${path}`);
      return { isFile: () => true };
    },
    readFileSync: (path: string) => {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: ${path}`);
      return text;
    },
  };
  const require = (name: string) => {
    result.required.push(name);
    if (name === 'node:fs' || name === 'fs') return fs;
    throw new Error(`the script requires ${name}`);
  };
  const process = { env: fakes.env ?? {} };
  await new AsyncFunction('require', 'github', 'context', 'core', 'process', script)(
    require,
    github,
    context,
    core,
    process,
  );
  return result;
}

describe('the pull request summary', () => {
  const comment = workflow('pr-comment.yml');
  const ci = workflow('ci.yml');
  const [[jobName, job] = ['', {}]] = jobsOf(comment);
  const steps = stepsOf(job);
  const findScript = scriptOf(steps.find((step) => step['id'] === 'find'));
  const postScript = scriptOf(steps.find((step) => String(step['name']).startsWith('Post')));
  const SUMMARY_FILE = '/runner/temp/pr-summary/summary.md';
  const PREVIEW = `https://github.com/${REPO.owner}/${REPO.repo}/actions/runs/${RUN_ID}/artifacts/555`;
  const postEnv = (env: Record<string, string> = {}) => ({
    PR_NUMBER: '42',
    PREVIEW_URL: PREVIEW,
    SUMMARY_FILE,
    ...env,
  });
  const postedBody = (run: ScriptRun): string => {
    const posted = run.calls.find(
      ([name]) => name === 'issues.createComment' || name === 'issues.updateComment',
    );
    return String(posted?.[1]['body'] ?? '');
  };

  it('pr-comment.yml runs only after the CI workflow completes, never on pull request events', () => {
    expect(triggersOf(comment)).toEqual(['workflow_run']);
    expect(workflowRunTrigger(comment)).toEqual({ workflows: [ci['name']], types: ['completed'] });
    expect(ci['name']).toBe('CI');
    expect(usesPullRequestTarget(comment)).toBe(false);
    expect(String(job['if'])).toContain("github.event.workflow_run.event == 'pull_request'");
  });

  it('pr-comment.yml never checks out or runs code: no checkout, no run step, no local action', () => {
    expect(stepsRunningCode(comment)).toEqual([]);
    expect(allSteps(comment).filter((step) => 'run' in step)).toEqual([]);
    expect(usesOf(comment).every((uses) => /^actions\/(github-script|download-artifact)@/.test(uses))).toBe(
      true,
    );
    expect(interpolatedScripts(comment)).toEqual([]);
  });

  it('only pr-comment.yml may write to pull requests, in its one job, of all a pull request can start', () => {
    const granted = [...workflows].flatMap(([name, found]) =>
      jobsGranting(found, 'pull-requests').map((grantee) => ({ name, grantee, found })),
    );
    // Of the workflows a pull request can set off, only the comment job may write to pull requests.
    expect(
      granted.filter(({ found }) => startableByPullRequest(found)).map((g) => `${g.name}: ${g.grantee}`),
    ).toEqual(['pr-comment.yml: comment']);
    // Any other grant belongs to a maintainers' workflow that only a schedule or a person starts
    // (upstream.yml opens its own pull request), never to one that runs on pull request events.
    for (const { name, found } of granted.filter((g) => g.name !== 'pr-comment.yml')) {
      expect(
        triggersOf(found).filter((event) => !['schedule', 'workflow_dispatch'].includes(event)),
        name,
      ).toEqual([]);
    }
    expect(jobName).toBe('comment');
    expect(job['permissions']).toEqual({ actions: 'read', 'pull-requests': 'write' });
    expect(comment['permissions']).toEqual({ contents: 'read' });
    // The workflow that runs the pull request's code writes nothing at all.
    expect(jobsOf(ci).flatMap(([, ciJob]) => writeGrants(ciJob['permissions']))).toEqual([]);
    // And pr-comment.yml is the only workflow started by another one.
    expect(
      [...workflows].filter(([, found]) => triggersOf(found).includes('workflow_run')).map(([name]) => name),
    ).toEqual(['pr-comment.yml']);
  });

  it('ci.yml computes the summary against the base of the pull request and uploads it with the site', () => {
    const ciSteps = allSteps(ci);
    const diff = ciSteps.find((step) => String(step['run']).includes('npm run diff:content'));
    expect(diff?.['run']).toBe('npm run diff:content -- --base "$BASE_SHA" --output pr-summary/summary.md');
    expect(diff?.['env']).toEqual({ BASE_SHA: '${{ github.event.pull_request.base.sha }}' });
    const fetch = ciSteps.find((step) => String(step['run']).startsWith('git fetch'));
    expect(fetch?.['run']).toBe('git fetch --no-tags --depth=1 origin "$BASE_SHA"');
    expect(ciSteps.indexOf(fetch ?? {})).toBeLessThan(ciSteps.indexOf(diff ?? {}));
    for (const step of [fetch, diff])
      expect(String(step?.['if'])).toContain("github.event_name == 'pull_request'");
    const uploads = ciSteps.filter((step) => String(step['uses']).startsWith('actions/upload-artifact@'));
    expect(uploads.map((step) => step['with'])).toEqual([
      expect.objectContaining({ name: 'pr-summary', path: 'pr-summary/' }),
      expect.objectContaining({ name: 'site-preview', path: 'dist/' }),
    ]);
    for (const step of uploads) expect(String(step['if'])).toMatch(/!cancelled\(\).*pull_request/);
    // The artifact names are the ones pr-comment.yml looks for.
    expect(findScript).toContain("find('pr-summary')");
    expect(findScript).toContain("find('site-preview')");
    expect(interpolatedScripts(ci)).toEqual([]);
  });

  it('downloads the artifact of the run that completed, into the runner’s temporary folder', () => {
    const download = steps.find((step) => String(step['uses']).startsWith('actions/download-artifact@'));
    expect(download?.['with']).toEqual({
      name: 'pr-summary',
      path: '${{ runner.temp }}/pr-summary',
      'run-id': '${{ github.event.workflow_run.id }}',
      'github-token': '${{ github.token }}',
    });
  });

  describe('finding the pull request', () => {
    const artifacts = [
      { id: 554, name: 'pr-summary', size_in_bytes: 2_000, expired: false },
      { id: 555, name: 'site-preview', size_in_bytes: 5_000_000, expired: false },
    ];

    it('takes the pull request from the event, and links the preview artifact', async () => {
      const run = await runGithubScript(findScript, { artifacts });
      expect(run.failed).toEqual([]);
      expect(run.outputs).toEqual({ pr: '42', summary: 'found', preview: PREVIEW });
      expect(run.required).toEqual([]);
      expect(run.calls.map(([name]) => name)).toEqual(['pulls.get', 'actions.listWorkflowRunArtifacts']);
      expect(run.calls[1]?.[1]).toMatchObject({ run_id: RUN_ID });
    });

    it('finds a pull request from a fork by its head commit', async () => {
      const run = await runGithubScript(findScript, {
        artifacts,
        eventPulls: [],
        openPulls: [
          { number: 7, head: { sha: 'another' } },
          { number: 42, head: { sha: HEAD_SHA } },
        ],
      });
      expect(run.outputs['pr']).toBe('42');
      expect(run.calls[0]).toEqual([
        'pulls.list',
        expect.objectContaining({ state: 'open', head: 'contributor:add-seldon-core' }),
      ]);
    });

    it('posts nothing when no pull request matches, or when the pull request has moved on', async () => {
      const none = await runGithubScript(findScript, { artifacts, eventPulls: [], openPulls: [] });
      expect(none.outputs).toEqual({});
      const moved = await runGithubScript(findScript, { artifacts, pullHeadSha: 'newer' });
      expect(moved.outputs).toEqual({});
    });

    it('refuses a summary artifact over a megabyte, and posts without a preview when there is none', async () => {
      const big = await runGithubScript(findScript, {
        artifacts: [{ id: 554, name: 'pr-summary', size_in_bytes: 50_000_000, expired: false }],
      });
      expect(big.failed).toEqual([expect.stringMatching(/refusing it/)]);
      expect(big.outputs).toEqual({});
      const bare = await runGithubScript(findScript, { artifacts: [] });
      expect(bare.outputs).toEqual({ pr: '42', summary: '', preview: '' });
    });
  });

  describe('posting the comment', () => {
    it('posts the summary of a pull request that adds one tool and changes another’s license', async () => {
      const base = readContentFiles('tests/fixtures/content');
      const metaflow = base.find((file) => file.path.endsWith('/tools/metaflow.yaml'));
      if (!metaflow) throw new Error('the fixture has no metaflow.yaml');
      const head = [
        ...base.filter((file) => file !== metaflow),
        {
          ...metaflow,
          text: metaflow.text
            .replace('license: open-source', 'license: commercial')
            .replace('licenseId: Apache-2.0\n', ''),
        },
        {
          path: 'tests/fixtures/content/tools/seldon-core.yaml',
          collection: 'tools' as const,
          text: 'name: Seldon Core\nurl: https://www.seldon.io/\ndescription: Deploys ML models on Kubernetes\ncategory: model-serving\nsubcategory: inference-servers\nfeatures:\n  - Canary rollouts\nadded: 2026-12-01\n',
        },
      ];
      const summary = renderDiffMarkdown(diffContent(base, head), { base: 'main' });
      const run = await runGithubScript(postScript, { env: postEnv(), files: { [SUMMARY_FILE]: summary } });
      expect(run.failed).toEqual([]);
      expect(run.calls.map(([name]) => name)).toEqual(['issues.listComments', 'issues.createComment']);
      expect(run.calls[1]?.[1]).toMatchObject({ ...REPO, issue_number: 42 });
      const body = postedBody(run);
      expect(body.startsWith(`${MARKER}\n## Pull request summary\n`)).toBe(true);
      expect(body).toContain('✅ CI passed on abcdef1');
      expect(body).toContain(`[download the built site](${PREVIEW})`);
      expect(body).toContain('**1 tool added, 1 tool changed.**');
      expect(body).toContain('- **Seldon Core** (`tests/fixtures/content/tools/seldon-core.yaml`), a tool');
      expect(body).toContain('  - `license`: `open-source` → `commercial`');
      expect(body).toContain('license moves away from open source');
    });

    it('updates its own comment, found by the hidden marker, rather than adding another', async () => {
      const comments = [
        { id: 5, user: { login: 'someone' }, body: `${MARKER}\nnot ours` },
        { id: 6, user: { login: BOT }, body: `${MARKER}\nold summary` },
      ];
      const run = await runGithubScript(postScript, {
        env: postEnv(),
        files: { [SUMMARY_FILE]: 'new' },
        comments,
      });
      expect(run.calls.map(([name]) => name)).toEqual(['issues.listComments', 'issues.updateComment']);
      expect(run.calls[1]?.[1]).toMatchObject({ comment_id: 6 });
      const other = await runGithubScript(postScript, {
        env: postEnv(),
        files: { [SUMMARY_FILE]: 'new' },
        comments: comments.slice(0, 1),
      });
      expect(other.calls.map(([name]) => name)).toEqual(['issues.listComments', 'issues.createComment']);
    });

    it('treats the artifact as text: HTML escaped, mentions defused, the marker impossible to forge', async () => {
      const hostile = `<img src=x onerror=alert(1)> & ${MARKER} @maintainers <details>`;
      const body = postedBody(
        await runGithubScript(postScript, { env: postEnv(), files: { [SUMMARY_FILE]: hostile } }),
      );
      const afterMarker = body.slice(MARKER.length);
      expect(afterMarker).not.toMatch(/[<>]/);
      expect(afterMarker).toContain(
        '&lt;img src=x onerror=alert(1)&gt; &amp; &lt;!-- mlops-guide-pr-summary --&gt;',
      );
      expect(afterMarker).not.toContain('@maintainers');
      expect(body.split(MARKER)).toHaveLength(2);
    });

    it('cuts the summary at 60,000 characters', async () => {
      const body = postedBody(
        await runGithubScript(postScript, { env: postEnv(), files: { [SUMMARY_FILE]: 'x'.repeat(200_000) } }),
      );
      expect(body.length).toBeLessThan(61_000);
      expect(body).toContain(`${'x'.repeat(60_000)}\n\n… cut at 60000 characters`);
      expect(body).not.toContain('x'.repeat(60_001));
    });

    it('takes only an integer pull request number, and only a preview link to the run’s artifacts', async () => {
      for (const number of ['42; echo', '0', '-1', '4.2', '']) {
        const run = await runGithubScript(postScript, { env: postEnv({ PR_NUMBER: number }) });
        expect(run.failed, number).toEqual([expect.stringMatching(/Not a pull request number/)]);
        expect(run.calls, number).toEqual([]);
      }
      const body = postedBody(
        await runGithubScript(postScript, {
          env: postEnv({ PREVIEW_URL: 'https://evil.example/actions/runs/987/artifacts/1' }),
          files: { [SUMMARY_FILE]: 's' },
        }),
      );
      expect(body).not.toContain('evil.example');
      expect(body).toContain('**Preview:** none for this run');
    });

    it('says so when CI failed or uploaded no summary', async () => {
      const body = postedBody(await runGithubScript(postScript, { env: postEnv(), conclusion: 'failure' }));
      expect(body).toContain('❌ CI failure on abcdef1');
      expect(body).toContain('No summary of the directory changes was uploaded');
    });

    it('reads nothing but the summary file, with node:fs', async () => {
      const run = await runGithubScript(postScript, { env: postEnv(), files: { [SUMMARY_FILE]: 's' } });
      expect(run.required).toEqual(['node:fs']);
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Issue templates.

function formElement(form: Yaml, id: string): Yaml {
  const body = Array.isArray(form['body']) ? form['body'] : [];
  const element: unknown = body.find((item: unknown) => isRecord(item) && item['id'] === id);
  if (!isRecord(element)) throw new Error(`the issue form has no element "${id}"`);
  return element;
}

function attribute(element: Yaml, key: string): unknown {
  const attributes = element['attributes'];
  return isRecord(attributes) ? attributes[key] : undefined;
}

function isRequired(element: Yaml): boolean {
  const validations = element['validations'];
  return isRecord(validations) && validations['required'] === true;
}

describe('.github/ISSUE_TEMPLATE', () => {
  const form = parseMapping(readFileSync(new URL('ISSUE_TEMPLATE/suggest-tool.yml', GITHUB_DIR), 'utf8'));

  it('suggest-tool.yml is a well-formed issue form', () => {
    expect(issueFormProblems(form)).toEqual([]);
    expect(form['name']).toBe('Suggest a tool');
  });

  it('requires name, URL, category, description and features; license and difficulty are optional', () => {
    for (const id of ['name', 'url', 'category', 'description', 'features']) {
      expect(isRequired(formElement(form, id)), id).toBe(true);
    }
    for (const id of ['license', 'difficulty']) expect(isRequired(formElement(form, id)), id).toBe(false);
    const checks = attribute(formElement(form, 'checks'), 'options');
    expect(checks).toEqual([
      { label: expect.stringContaining('I checked the tool is not already listed'), required: true },
    ]);
  });

  it('offers exactly the categories of content/categories/', () => {
    const names = readdirSync(CATEGORIES_DIR)
      .filter((file) => file.endsWith('.yaml'))
      .map((file) => parseMapping(readFileSync(new URL(file, CATEGORIES_DIR), 'utf8'))['name']);
    const options = attribute(formElement(form, 'category'), 'options');
    expect(names.length).toBeGreaterThan(0);
    expect([...(options as string[])].sort()).toEqual([...(names as string[])].sort());
  });

  it('offers the badge labels of src/vocabulary.ts plus "Not sure"', () => {
    expect(attribute(formElement(form, 'license'), 'options')).toEqual([
      ...Object.values(LICENSES).map((term) => term.label),
      'Not sure',
    ]);
    expect(attribute(formElement(form, 'difficulty'), 'options')).toEqual([
      ...Object.values(DIFFICULTIES).map((term) => term.label),
      'Not sure',
    ]);
  });

  it('config.yml allows blank issues and links to CONTRIBUTING.md on the repository', () => {
    const config = parseMapping(readFileSync(new URL('ISSUE_TEMPLATE/config.yml', GITHUB_DIR), 'utf8'));
    expect(config['blank_issues_enabled']).toBe(true);
    expect(config['contact_links']).toEqual([
      expect.objectContaining({ url: `${SITE.repository}/blob/${SITE.branch}/CONTRIBUTING.md` }),
    ]);
  });
});

describe('CONTRIBUTING.md', () => {
  const guide = readFileSync(new URL('../../CONTRIBUTING.md', import.meta.url), 'utf8');

  it('explains every badge value in the words of src/vocabulary.ts', () => {
    for (const [value, term] of [...Object.entries(LICENSES), ...Object.entries(DIFFICULTIES)]) {
      expect(guide, value).toContain(`| \`${value}\``);
      expect(guide, value).toContain(term.description);
    }
  });

  it('shows what a pull request gets, just before what reviewers look for, with the comment’s marker', () => {
    let fenced = false;
    const headings = guide.split('\n').filter((line) => {
      if (line.startsWith('```')) fenced = !fenced;
      return !fenced && line.startsWith('## ');
    });
    const index = headings.indexOf('## What your pull request shows');
    expect(index).toBeGreaterThan(-1);
    expect(headings[index + 1]).toBe('## What reviewers look for');
    const category = guide.slice(
      guide.indexOf('## What your pull request shows'),
      guide.indexOf('## What reviewers look for'),
    );
    for (const text of [
      '## Pull request summary',
      '**1 tool added, 1 tool changed.**',
      '#### For reviewers',
      '#### Added',
      '#### Changed',
      '#### Content check',
      'npm run diff:content -- --base origin/main',
      `\`${MARKER}\``,
    ]) {
      expect(category, text).toContain(text);
    }
    expect(workflowSources.get('pr-comment.yml')).toContain(`const MARKER = '${MARKER}';`);
  });
});
