import type { ToolData } from '../schemas/tool.ts';
import { listOf } from './prose.ts';
import { LANGUAGES, MAINTAINER_KINDS, PRICING_MODELS, type Language } from '../vocabulary.ts';

/**
 * The words for a tool's decision facts (maintainer, languages, first release, quick start,
 * pricing), shared by its page, the comparison table and the Markdown export so that each fact
 * reads the same everywhere.
 */

type Facts = Partial<Pick<ToolData, 'maintainer' | 'languages' | 'firstRelease' | 'quickstart' | 'pricing'>>;

/** "Python, Go and Java". */
export function languageList(languages: readonly Language[]): string {
  return listOf(
    languages.map((language) => LANGUAGES[language].label),
    'and',
  );
}

/** "CNCF, graduated, since 2020": the foundation membership of a foundation project. */
export function governanceText(maintainer: NonNullable<Facts['maintainer']>): string | undefined {
  if (!maintainer.foundation) return undefined;
  return [maintainer.foundation, maintainer.maturity, maintainer.joined && `since ${maintainer.joined}`]
    .filter(Boolean)
    .join(', ');
}

/** "Argo Project (foundation: CNCF, graduated, since 2020)", "Databricks (vendor)". */
export function maintainerText(maintainer: NonNullable<Facts['maintainer']>): string {
  const governance = governanceText(maintainer);
  const kind = MAINTAINER_KINDS[maintainer.kind].label.toLowerCase();
  return `${maintainer.name} (${governance ? `${kind}: ${governance}` : kind})`;
}

/** "SDKs in Python and Go; written in Go". */
export function languagesText(languages: NonNullable<Facts['languages']>): string {
  const parts = [];
  if (languages.sdk.length > 0) parts.push(`SDKs in ${languageList(languages.sdk)}`);
  if (languages.implementation.length > 0) parts.push(`written in ${languageList(languages.implementation)}`);
  return parts.join('; ');
}

/** "Free tier, per usage or contact sales". */
export function pricingText(pricing: NonNullable<Facts['pricing']>): string {
  const labels = pricing.models.map((model, index) => {
    const label = PRICING_MODELS[model].label;
    return index === 0 ? label : label.toLowerCase();
  });
  return listOf(labels, 'or');
}

/**
 * The decision facts as short lines ("Maintained by …", "SDKs in …", "First released in 2019",
 * "Pricing: …"), in the order a practitioner checks them; only the facts the entry has.
 */
export function decisionFactLines(tool: Facts): string[] {
  const lines: string[] = [];
  if (tool.maintainer) lines.push(`Maintained by ${maintainerText(tool.maintainer)}`);
  if (tool.languages) {
    const text = languagesText(tool.languages);
    if (text) lines.push(text.charAt(0).toUpperCase() + text.slice(1));
  }
  if (tool.firstRelease) lines.push(`First released in ${tool.firstRelease.year}`);
  if (tool.pricing) lines.push(`Pricing: ${pricingText(tool.pricing)}`);
  return lines;
}

/** Every page a tool's facts come from: its `sources`, then the facts' own, without repeats. */
export function allSources(
  tool: Facts &
    Pick<ToolData, 'sources'> &
    Partial<Pick<ToolData, 'history' | 'activityNote' | 'licenseParts'>>,
): string[] {
  const own = [
    tool.maintainer?.source,
    ...(tool.history ?? []).map((event) => event.source),
    tool.activityNote?.source,
    ...(tool.licenseParts ?? []).map((part) => part.source),
    tool.languages?.source,
    tool.firstRelease?.source,
    tool.quickstart?.url,
    tool.pricing?.url ?? tool.pricing?.source,
  ];
  return [...new Set([...tool.sources, ...own.filter((url): url is string => url !== undefined)])];
}

/**
 * What sets a tool apart at a glance, for the top of its page: "CNCF project (graduated) ·
 * Python and Go SDKs · since 2019 · free tier or per usage". Only the facts the entry has.
 */
export function glanceParts(tool: Facts): string[] {
  const parts: string[] = [];
  const maintainer = tool.maintainer;
  if (maintainer) {
    if (maintainer.foundation)
      parts.push(`${maintainer.foundation} project${maintainer.maturity ? ` (${maintainer.maturity})` : ''}`);
    else if (maintainer.kind === 'community')
      parts.push(
        /community|contributors|project/i.test(maintainer.name)
          ? maintainer.name
          : `${maintainer.name} (community)`,
      );
    else parts.push(`By ${maintainer.name}`);
  }
  const sdk = tool.languages?.sdk ?? [];
  if (sdk.length > 0) parts.push(`${languageList(sdk)} SDK${sdk.length > 1 ? 's' : ''}`);
  if (tool.firstRelease) parts.push(`since ${tool.firstRelease.year}`);
  if (tool.pricing) parts.push(pricingText(tool.pricing).toLowerCase());
  return parts;
}

/** A name inside a sentence: "Managed cloud offering" → "managed cloud offering", "LLM tracing" kept. */
export function inSentence(name: string): string {
  return /^[A-Z][a-z]/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}
