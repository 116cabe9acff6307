/**
 * Markup written as strings, for what a page repeats many times (cards, badges, filter options)
 * and what a script builds in the browser: one escape for every text and attribute value that
 * comes from content. Loaded in the browser: keep it free of imports.
 */
const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe for element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return String(text).replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/**
 * Attributes as Astro writes them: ` name="value"` each, escaped; `true` as a bare name; those
 * `undefined` or `false` left out.
 */
export function attributes(values: Readonly<Record<string, string | number | boolean | undefined>>): string {
  let html = '';
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || value === false) continue;
    html += value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`;
  }
  return html;
}

/**
 * A link to another site, as every external link of the guide is written (the component
 * `ExternalLink.astro` writes the same): `content` is markup, escaped by the caller.
 */
export function externalLinkHtml(href: string, content: string, className?: string): string {
  const classAttribute = className ? ` class="${escapeHtml(className)}"` : '';
  return `<a href="${escapeHtml(href)}" rel="noopener noreferrer"${classAttribute}>${content}</a>`;
}
