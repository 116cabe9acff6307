import { describe, expect, it } from 'vitest';
import { documentTitle } from '../../src/lib/document-title.ts';

describe('a page title in at most 70 characters', () => {
  it('appends the site name when it fits, and leaves it out when not', () => {
    expect(documentTitle('BentoML vs TorchServe', 'MLOps Guide')).toBe('BentoML vs TorchServe · MLOps Guide');
    const long = 'Open-source model serving a beginner can run on a single machine';
    expect(documentTitle(long, 'MLOps Guide')).toBe(long);
  });

  it('cuts a title longer than the limit at a word, ending it with an ellipsis', () => {
    const title = documentTitle(
      'MongoDB Vector Search vs Vector Search on Gemini Enterprise Agent Platform',
      'MLOps Guide',
    );
    expect(title).toBe('MongoDB Vector Search vs Vector Search on Gemini Enterprise Agent…');
    expect(title.length).toBeLessThanOrEqual(70);
    expect(documentTitle('x'.repeat(90), 'MLOps Guide')).toHaveLength(70);
  });
});
