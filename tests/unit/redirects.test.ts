import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import {
  hostRedirectsFile,
  questionRedirects,
  redirectPage,
  toolRedirects,
} from '../../src/lib/redirects.ts';

describe('redirects of tools that left the guide', () => {
  it('send a renamed tool to its new page and a removed one to the page that explains why', () => {
    expect(toolRedirects([{ slug: 'old', to: 'new' }, { slug: 'gone' }])).toEqual({
      '/tools/old/': '/tools/new/',
      '/tools/gone/': '/removed/gone/',
    });
    expect(hostRedirectsFile({ '/tools/old/': '/tools/new/' }, '/guide/')).toBe(
      '/guide/tools/old/ /guide/tools/new/ 301\n',
    );
  });

  it('send a question that moved with its subcategory from its former category to its new one', () => {
    expect(
      questionRedirects([
        {
          id: 'evaluation-safety',
          questions: [{ id: 'llm-tests', formerCategory: 'ci-cd-for-ml' }, { id: 'new-one' }],
        },
      ]),
    ).toEqual({ '/categories/ci-cd-for-ml/for/llm-tests/': '/categories/evaluation-safety/for/llm-tests/' });
  });

  it('leave a valid page at the old address, refreshing at once with "0; url="', async () => {
    const html = redirectPage('/tools/new/?a=1&b="2"', 'https://example.org/tools/new/');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/tools/new/?a=1&#38;b=&#34;2&#34;">');
    expect(html).toContain('<link rel="canonical" href="https://example.org/tools/new/">');
    const report = await new HtmlValidate({ extends: ['html-validate:recommended'] }).validateString(html);
    expect(report.results.flatMap((result) => result.messages.map((message) => message.message))).toEqual([]);
  });
});
