import { gql } from '../api.js';
import { h, show } from '../dom.js';
import { STATEMENTS } from '../queries.js';
import type { Connection, EntityRef, Statement } from '../types.js';
import { errorMessage, loading, section, statementItem } from '../ui.js';

type Role = 'speaker' | 'about' | 'event' | 'place';

/** Which statements belong to an entity, by kind: what a person says, what happened at an event… */
function rolesFor(kind: string): Array<{ role: Role; label: string }> {
  const about = { role: 'about' as const, label: 'About it' };
  if (kind === 'PERSON' || kind === 'ORGANIZATION') return [{ role: 'speaker', label: 'Said by it' }, about];
  if (kind === 'EVENT') return [{ role: 'event', label: 'Said there' }, about];
  if (kind === 'PLACE') return [{ role: 'place', label: 'Said there' }, about];
  return [about];
}

interface Options {
  about: Map<string, string>;
  event: Map<string, string>;
  place: Map<string, string>;
}

/** Filter choices come from the entity's own statements, so every choice finds something. */
function optionsFrom(statements: Statement[]): Options {
  const options: Options = { about: new Map(), event: new Map(), place: new Map() };
  for (const s of statements) {
    for (const a of s.about) options.about.set(a.slug, a.name);
    if (s.event) options.event.set(s.event.slug, s.event.name);
    if (s.place) options.place.set(s.place.slug, s.place.name);
  }
  return options;
}

function select(name: Role, label: string, choices: Map<string, string>): HTMLElement {
  const sorted = [...choices].sort((a, b) => a[1].localeCompare(b[1]));
  return h(
    'label',
    { class: 'field' },
    label,
    h(
      'select',
      { name, disabled: choices.size === 0 },
      h('option', { value: '' }, 'any'),
      sorted.map(([slug, name]) => h('option', { value: slug }, name)),
    ),
  );
}

function dateInput(name: 'from' | 'to', label: string): HTMLElement {
  return h('label', { class: 'field' }, label, h('input', { type: 'date', name }));
}

/** The API's StatementFilter from the form: the entity's own role, AND whatever the reader narrowed. */
function filterFrom(form: HTMLFormElement, slug: string): Record<string, unknown> {
  const data = new FormData(form);
  const role = String(data.get('role') ?? 'about') as Role;
  const filter: Record<string, unknown> = { [role]: [slug] };
  for (const field of ['about', 'event', 'place'] as const) {
    const value = String(data.get(field) ?? '');
    if (value && field !== role) filter[field] = [value];
  }
  for (const field of ['from', 'to'] as const) if (data.get(field)) filter[field] = String(data.get(field));
  return filter;
}

async function load(filter: Record<string, unknown>): Promise<Connection<Statement>> {
  return (await gql<{ statements: Connection<Statement> }>(STATEMENTS, { filter })).statements;
}

function list(result: Connection<Statement>): HTMLElement[] {
  const shown = result.edges.length;
  const count = h(
    'p',
    { class: 'muted', role: 'status' },
    `${result.totalCount} statements${shown < result.totalCount ? `, the newest ${shown} shown` : ''}.`,
  );
  return [
    count,
    h(
      'ul',
      { class: 'plain statements' },
      result.edges.map((e) => statementItem(e.node)),
    ),
  ];
}

/** The entity's statements with filters on subject, event, place and dates. */
export async function entityStatements(entity: EntityRef): Promise<HTMLElement> {
  const roles = rolesFor(entity.kind);
  const out = h('div', { id: 'statements-list', 'aria-live': 'polite' }, loading('statements'));
  const form = h('form', { class: 'filters', 'aria-label': 'Filter statements' });
  const element = section('Statements', 'statements', form, out);
  const refresh = async () => {
    show(out, loading('statements'));
    try {
      show(out, list(await load(filterFrom(form, entity.slug))));
    } catch (error) {
      show(out, errorMessage(error));
    }
  };
  try {
    const all = await load({ [roles[0]?.role ?? 'about']: [entity.slug] });
    const options = optionsFrom(all.edges.map((e) => e.node));
    const roleChoice = h(
      'label',
      { class: 'field' },
      'Which',
      h(
        'select',
        { name: 'role' },
        roles.map((r) => h('option', { value: r.role }, r.label)),
      ),
    );
    show(
      form,
      roleChoice,
      select('about', 'About', options.about),
      select('event', 'Event', options.event),
      select('place', 'Place', options.place),
      dateInput('from', 'From'),
      dateInput('to', 'To'),
    );
    form.addEventListener('change', () => void refresh());
    show(out, list(all));
  } catch (error) {
    show(out, errorMessage(error));
  }
  return element;
}
