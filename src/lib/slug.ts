/**
 * The slug of a display name: parenthesised asides dropped, "&" dropped, lowercase ASCII
 * letters and digits joined by single hyphens. "DVC (Data Version Control)" -> "dvc",
 * "Weights & Biases" -> "weights-biases", "Neptune.ai" -> "neptune-ai".
 */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\([^)]*\)/g, ' ')
    .toLowerCase()
    .replace(/&/g, ' ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
