/**
 * A page title as search results and tabs show it: `title · site` when that fits in `max`
 * characters, else the title alone, cut at a word and ended with "…" when even that is too long
 * (the page's heading keeps the whole).
 */
export function documentTitle(title: string, site: string, max = 70): string {
  if (title.length > max) return cutAtWord(title, max);
  const suffixed = `${title} · ${site}`;
  return suffixed.length > max ? title : suffixed;
}

function cutAtWord(text: string, max: number): string {
  const room = text.slice(0, max - 1);
  const space = room.lastIndexOf(' ');
  return `${(space > 0 ? room.slice(0, space) : room).replace(/[\s,:;·-]+$/, '')}…`;
}
