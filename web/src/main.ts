import './styles.css';
import { byId, h, show } from './dom.js';
import { BASE, navigate, parseRoute, type Route, searchUrl, startRouter } from './router.js';
import { renderArticle } from './views/article.js';
import { renderDesk } from './views/desk.js';
import { renderEntity } from './views/entity.js';
import { renderHome } from './views/home.js';
import { renderSearch } from './views/search.js';

function searchForm(): HTMLFormElement {
  const input = h('input', {
    type: 'search',
    id: 'search-input',
    name: 'q',
    placeholder: 'Search people, quotes, articles…',
    'aria-label': 'Search entities, statements and articles',
    autocomplete: 'off',
  });
  return h(
    'form',
    {
      role: 'search',
      class: 'search-form',
      onsubmit: (event: Event) => {
        event.preventDefault();
        if (input.value.trim()) navigate(searchUrl(input.value.trim()));
      },
    },
    input,
    h('button', { type: 'submit' }, 'Search'),
  );
}

function header(): HTMLElement {
  return h(
    'header',
    { class: 'top' },
    h('a', { class: 'skip', href: '#main' }, 'Skip to content'),
    h('a', { class: 'brand', href: BASE }, 'News graph'),
    searchForm(),
    h(
      'nav',
      { 'aria-label': 'Sections' },
      h('a', { href: `${BASE}/desk` }, 'Newsroom desk'),
      h('a', { href: '/graphql', target: '_self' }, 'GraphiQL'),
    ),
  );
}

async function renderRoute(route: Route, main: HTMLElement): Promise<void> {
  switch (route.view) {
    case 'home':
      return renderHome(main);
    case 'search':
      return renderSearch(main, route.query);
    case 'entity':
      return renderEntity(main, route.slug);
    case 'article':
      return renderArticle(main, route.slug);
    case 'desk':
      return renderDesk(main);
    case 'missing':
      show(
        main,
        h('h1', {}, 'Not found'),
        h('p', {}, 'No page at this address. ', h('a', { href: BASE }, 'Start over')),
      );
  }
}

/** Each view replaces the main area; focus moves to its heading so keyboard and screen-reader users land there. */
function render(): void {
  const main = byId('main');
  if (!main) return;
  const route = parseRoute(location);
  const input = byId<HTMLInputElement>('search-input');
  if (input && route.view === 'search') input.value = route.query;
  // A fresh container per view: a slow view that finishes after the reader moved on writes into a
  // detached element, never over the newer view.
  const view = h('div', { class: 'view' });
  show(main, view);
  void renderRoute(route, view).then(() => {
    if (!view.isConnected) return;
    const heading = view.querySelector('h1');
    document.title = `${heading?.textContent ?? 'Explorer'} · News graph`;
    // Never take focus from a field the reader is typing in (a slow view finishing mid-word would
    // swallow the rest of the search).
    const typing =
      document.activeElement instanceof HTMLInputElement ||
      document.activeElement instanceof HTMLTextAreaElement;
    if (heading && !typing) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    }
  });
}

const root = byId('app');
if (root) {
  show(root, header(), h('main', { id: 'main', tabindex: '-1' }));
  startRouter(render);
}
