import type { CheckedContent } from './content-check.ts';
import { badgesOf, compareNames } from './entries.ts';
import { RESOURCE_KINDS, RESOURCE_KIND_VALUES } from '../vocabulary.ts';

export interface ExportOptions {
  readonly title: string;
  readonly description: string;
  /** Address of the hosted site, for links to the guides. */
  readonly siteUrl: string;
}

/** GitHub's heading anchor: lowercase, punctuation dropped, spaces to hyphens. */
function anchorOf(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, '')
    .replace(/ /g, '-');
}

/** A URL as a Markdown link target: characters that would end or split it are percent-encoded. */
function linkTarget(url: string): string {
  return url.replace(
    /[()\s<>]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

/** Markdown-safe text: characters with meaning inside link text or emphasis are escaped. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/g, '\\$1');
}

function entryLines(entry: {
  name: string;
  url: string;
  description: string;
  features: readonly string[];
  license?: Parameters<typeof badgesOf>[0]['license'];
  difficulty?: Parameters<typeof badgesOf>[0]['difficulty'];
}): string[] {
  const badges = badgesOf(entry)
    .filter((badge) => badge.value !== undefined)
    .map((badge) => `${badge.icon} ${badge.label}`);
  return [
    `**[${escapeMarkdown(entry.name)}](${linkTarget(entry.url)})** - ${escapeMarkdown(entry.description)}`,
    ...(badges.length > 0 ? [`- ${badges.join(' · ')}`] : []),
    ...entry.features.map((feature) => `- ${escapeMarkdown(feature)}`),
    '',
  ];
}

/**
 * The whole directory as one Markdown document in the shape of the original guide: sections,
 * subsections, entries with their badges and features, then learning resources and guides.
 */
export function exportMarkdown(content: CheckedContent, options: ExportOptions): string {
  const categories = [...content.categories].sort((a, b) => a.data.order - b.data.order);
  const guides = [...content.guides].sort((a, b) => a.data.order - b.data.order);
  const lines: string[] = [
    `# ${options.title}`,
    '',
    options.description,
    '',
    '<!-- Generated from content/ by `npm run export:markdown`. Edit the YAML files, not this file. -->',
    '',
    '## Table of Contents',
    '',
    ...categories.map((category) => `- [${category.data.name}](#${anchorOf(category.data.name)})`),
    '- [Learning Resources](#learning-resources)',
    '- [Best Practices](#best-practices)',
    '',
  ];
  for (const category of categories) {
    lines.push(`## ${category.data.name}`, '', category.data.intro, '');
    for (const subcategory of category.data.subcategories) {
      const tools = content.tools
        .filter((tool) => tool.data.category === category.id && tool.data.subcategory === subcategory.id)
        .map((tool) => tool.data)
        .sort(compareNames);
      if (tools.length === 0) continue;
      lines.push(`### ${subcategory.name}`, '', ...tools.flatMap(entryLines));
    }
  }
  lines.push('## Learning Resources', '');
  for (const kind of RESOURCE_KIND_VALUES) {
    const resources = content.resources
      .filter((resource) => resource.data.kind === kind)
      .map((resource) => resource.data)
      .sort(compareNames);
    if (resources.length === 0) continue;
    lines.push(`### ${RESOURCE_KINDS[kind].label}s`, '', ...resources.flatMap(entryLines));
  }
  lines.push('## Best Practices', '');
  const site = options.siteUrl.replace(/\/?$/, '/');
  for (const guide of guides) {
    lines.push(
      `- [${escapeMarkdown(guide.data.title)}](${site}guides/${guide.id}/): ${escapeMarkdown(guide.data.description)}`,
    );
  }
  lines.push('');
  return lines.join('\n');
}
