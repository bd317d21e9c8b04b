import type { Reader } from './graph.js';

const BY_URL = 'MATCH (a:Article {url: $url}) RETURN a.slug AS slug LIMIT 1';

/** The slug of the article stored under this exact URL, or null. */
export async function articleSlugByUrl(graph: Reader, url: string): Promise<string | null> {
  const rows = await graph.read(BY_URL, { url });
  return rows[0] ? String(rows[0].slug) : null;
}
