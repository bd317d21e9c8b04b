import { gql } from '../api.js';
import { h, show } from '../dom.js';
import { HOME } from '../queries.js';
import { BASE, entityUrl } from '../router.js';
import type { ArticleRef, Connection, EntityRef } from '../types.js';
import { articleLink, entityLink, errorMessage, loading, section } from '../ui.js';

interface HomeData {
  articles: Connection<ArticleRef>;
  people: { edges: Array<{ node: EntityRef }> };
}

/** Where a first visit starts: what the explorer does, the articles, and the people to begin with. */
export async function renderHome(view: HTMLElement): Promise<void> {
  const lists = h('div', { class: 'grid two' }, loading('the graph'));
  show(
    view,
    h('h1', {}, 'Explore the news graph'),
    h(
      'p',
      { class: 'lead' },
      'Who said what, about which model, where and when. Search above, open a person such as ',
      h('a', { href: entityUrl('sam-altman') }, 'Sam Altman'),
      ', or draft a new article at the ',
      h('a', { href: `${BASE}/desk` }, 'newsroom desk'),
      '.',
    ),
    lists,
  );
  try {
    const data = await gql<HomeData>(HOME);
    show(
      lists,
      section(
        `Articles (${data.articles.totalCount})`,
        'home-articles',
        h(
          'ul',
          { class: 'plain' },
          data.articles.edges.map((e) => h('li', {}, articleLink(e.node))),
        ),
      ),
      section(
        'People',
        'home-people',
        h(
          'ul',
          { class: 'plain columns' },
          data.people.edges.map((e) => h('li', {}, entityLink(e.node))),
        ),
      ),
    );
  } catch (error) {
    show(lists, errorMessage(error));
  }
}
