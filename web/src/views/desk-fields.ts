import { h } from '../dom.js';

/** The draft document, as extractArticle proposes it and ingestArticle takes it. */
export type Doc = Record<string, unknown> & { article: Record<string, unknown> };

type FieldType = 'text' | 'long' | 'list' | 'date' | string[];
interface Field {
  name: string;
  type: FieldType;
}

const ENTITY_KINDS = ['PERSON', 'ORGANIZATION', 'AI_MODEL', 'EVENT', 'PLACE', 'TOPIC'];
const RELATION_TYPES = [
  'WORKS_FOR',
  'MEMBER_OF',
  'DEVELOPED_BY',
  'HELD_AT',
  'WITHIN',
  'LOCATED_IN',
  'PARTICIPATED_IN',
  'ORGANIZED_BY',
  'SUCCESSOR_OF',
  'PART_OF',
];

const fields = (spec: string): Field[] =>
  spec.split(' ').map((item) => {
    const [name = '', type = 'text'] = item.split(':');
    const choices =
      type === 'kind'
        ? ENTITY_KINDS
        : type === 'relation'
          ? RELATION_TYPES
          : type === 'statement'
            ? ['QUOTE', 'PARAPHRASE']
            : null;
    return { name, type: choices ?? (type as FieldType) };
  });

/** Every field of the ingest format a reviewer may need, shown even when the draft left it out. */
const SECTIONS: Array<{ key: string; title: string; fields: Field[] }> = [
  {
    key: 'article',
    title: 'Article',
    fields: fields('slug title url language publishedOn:date section outlet authors:list'),
  },
  {
    key: 'statements',
    title: 'Statements',
    fields: fields(
      'speaker text:long kind:statement language translation:long about:list event place saidOn:date',
    ),
  },
  {
    key: 'entities',
    title: 'Entities',
    fields: fields('kind:kind slug name aliases:list description wikidataId startsOn:date releasedOn:date'),
  },
  { key: 'relations', title: 'Relations', fields: fields('from type:relation to role') },
];

export function valueAt(doc: Doc, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
      doc,
    );
}

/** Sets one field; an empty value removes the key, as the ingest format expects for "not known". */
function setAt(doc: Doc, path: string, value: unknown): void {
  const keys = path.split('.');
  const last = keys.pop() as string;
  const parent = valueAt(doc, keys.join('.')) as Record<string, unknown> | undefined;
  if (!parent) return;
  const empty = value === '' || (Array.isArray(value) && value.length === 0);
  if (empty && !Array.isArray(parent[last])) delete parent[last];
  else parent[last] = value;
}

function control(field: Field, path: string, value: unknown): HTMLElement {
  const common = { id: `field-${path}`, 'data-path': path, name: path };
  if (Array.isArray(field.type))
    return h(
      'select',
      common,
      field.type.map((choice) => h('option', { value: choice, selected: choice === value }, choice)),
    );
  const text = Array.isArray(value)
    ? value.join(', ')
    : value === undefined || value === null
      ? ''
      : String(value);
  if (field.type === 'long') return h('textarea', { ...common, rows: 2 }, text);
  return h('input', {
    ...common,
    type: field.type === 'date' ? 'date' : 'text',
    value: text,
    'data-list': field.type === 'list',
  });
}

function fieldRow(field: Field, path: string, value: unknown): HTMLElement {
  const hint = field.type === 'list' ? ' (comma-separated)' : '';
  const wide = field.type === 'long' || ['title', 'url', 'name', 'description'].includes(field.name);
  return h(
    'div',
    { class: wide ? 'field-row wide' : 'field-row' },
    h('label', { for: `field-${path}` }, field.name, h('span', { class: 'muted' }, hint)),
    control(field, path, value),
  );
}

function itemTitle(key: string, item: Record<string, unknown>, index: number): string {
  const name = item.name ?? item.speaker ?? (item.from ? `${item.from} ${item.type} ${item.to}` : '');
  return `${key}.${index} · ${String(name)}`;
}

function itemFieldset(
  key: string,
  fields: Field[],
  item: Record<string, unknown>,
  index: number,
): HTMLElement {
  const base = `${key}.${index}`;
  return h(
    'fieldset',
    { id: `fieldset-${base}` },
    h('legend', {}, itemTitle(key, item, index)),
    fields.map((f) => fieldRow(f, `${base}.${f.name}`, item[f.name])),
  );
}

/** A form over the whole document: one input per field, named by its path (article.url, statements.0.speaker). */
export function documentForm(doc: Doc, onEdit: (path: string, value: unknown) => void): HTMLFormElement {
  const groups = SECTIONS.map(({ key, title, fields: sectionFields }) => {
    if (key === 'article')
      return h(
        'fieldset',
        { id: 'fieldset-article' },
        h('legend', {}, title),
        sectionFields.map((f) => fieldRow(f, `article.${f.name}`, doc.article[f.name])),
      );
    const items = (doc[key] as Array<Record<string, unknown>> | undefined) ?? [];
    return h(
      'details',
      { open: key === 'statements' || key === 'article' },
      h('summary', {}, `${title} (${items.length})`),
      items.map((item, i) => itemFieldset(key, sectionFields, item, i)),
    );
  });
  const form = h(
    'form',
    { class: 'draft-fields', id: 'draft-fields', onsubmit: (e: Event) => e.preventDefault() },
    groups,
  );
  form.addEventListener('input', (event) => {
    const target = event.target as HTMLInputElement;
    const path = target.dataset.path;
    if (!path) return;
    const value =
      target.dataset.list !== undefined
        ? target.value
            .split(',')
            .map((v) => v.trim())
            .filter(Boolean)
        : target.value;
    setAt(doc, path, value);
    onEdit(path, value);
  });
  return form;
}

/** Brings a path's field (or the first field of an item) into view and focus; opens its section. */
export function focusField(path: string): void {
  const target =
    document.getElementById(`field-${path}`) ??
    document.querySelector<HTMLElement>(`[id="fieldset-${path}"] [data-path]`);
  if (!target) return;
  const details = target.closest('details');
  if (details) details.open = true;
  target.scrollIntoView({ block: 'center' });
  target.focus();
}
