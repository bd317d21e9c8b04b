/** The explorer's addresses: every entity and article has one, so any view can be linked and reloaded. */
export type Route =
  | { view: 'home' }
  | { view: 'search'; query: string }
  | { view: 'entity'; slug: string }
  | { view: 'article'; slug: string }
  | { view: 'desk' }
  | { view: 'missing' };

export const BASE = '/explore';

export function entityUrl(slug: string): string {
  return `${BASE}/entity/${encodeURIComponent(slug)}`;
}

export function articleUrl(slug: string): string {
  return `${BASE}/article/${encodeURIComponent(slug)}`;
}

export function searchUrl(query: string): string {
  return `${BASE}/search?q=${encodeURIComponent(query)}`;
}

export function parseRoute(location: Location): Route {
  const path = location.pathname.replace(/\/+$/, '');
  if (path === BASE) return { view: 'home' };
  if (path === `${BASE}/desk`) return { view: 'desk' };
  if (path === `${BASE}/search`)
    return { view: 'search', query: new URLSearchParams(location.search).get('q') ?? '' };
  const match = /^\/explore\/(entity|article)\/([^/]+)$/.exec(path);
  if (!match?.[2]) return { view: 'missing' };
  const slug = decodeURIComponent(match[2]);
  return match[1] === 'entity' ? { view: 'entity', slug } : { view: 'article', slug };
}

/**
 * Same-origin links under /explore change the view without reloading (the write token typed into
 * the desk lives in memory and would be lost); everything else is left to the browser.
 */
export function startRouter(render: () => void): void {
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a');
    if (!link || event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || link.target) return;
    const url = new URL(link.href, location.href);
    if (url.origin !== location.origin || !url.pathname.startsWith(BASE)) return;
    event.preventDefault();
    navigate(url.pathname + url.search + url.hash);
  });
  window.addEventListener('popstate', render);
  navigateListener = render;
  render();
}

let navigateListener: () => void = () => {};

export function navigate(url: string): void {
  history.pushState(null, '', url);
  navigateListener();
}
