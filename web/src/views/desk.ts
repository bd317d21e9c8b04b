import { ApiError, gql, hasToken, setToken } from '../api.js';
import { type Child, h, show } from '../dom.js';
import { EXTRACT, INGEST } from '../queries.js';
import { errorMessage, loading, section } from '../ui.js';
import { type Doc, documentForm, focusField } from './desk-fields.js';
import { ingestResult } from './desk-result.js';
import {
  type DraftMention,
  type DraftQuote,
  highlighted,
  markLegend,
  marksOf,
  type Unsure,
} from './desk-text.js';

interface Draft {
  language: string;
  quotes: DraftQuote[];
  mentions: DraftMention[];
  document: string;
}

interface Todo {
  path: string;
  message: string;
}

/** One draft under review: the document being edited and what is left to check or fill in. */
interface Review {
  text: string;
  draft: Draft;
  doc: Doc;
  todo: Todo[];
  unsure: Unsure[];
}

const PLACEHOLDER = /replace-me/i;

function tokenField(): HTMLElement {
  const status = h(
    'span',
    { class: 'muted', id: 'token-status', 'aria-live': 'polite' },
    hasToken() ? 'A token is set for this tab.' : '',
  );
  const input = h('input', {
    type: 'password',
    id: 'token',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: hasToken() ? '(set)' : 'API_TOKEN',
  });
  input.addEventListener('input', () => {
    setToken(input.value);
    status.textContent = input.value
      ? 'Kept in this tab’s memory only; gone when you reload or close it.'
      : '';
  });
  return h('div', { class: 'field-row' }, h('label', { for: 'token' }, 'Write token'), input, status);
}

/** The unsure guesses, least sure first (as the draft lists them; sorted again in case). */
function unsureList(review: Review, pick: (path: string) => void): HTMLElement {
  const items = [...review.unsure]
    .sort((a, b) => a.confidence - b.confidence)
    .map((u) =>
      h(
        'li',
        {},
        h(
          'button',
          { type: 'button', class: 'link', onclick: () => pick(u.path) },
          `${Math.round(u.confidence * 100)} % · ${u.what}`,
        ),
        u.reason ? h('span', { class: 'muted' }, ` (${u.reason})`) : '',
      ),
    );
  return section(
    'Check first',
    'desk-unsure',
    items.length
      ? h('ol', { class: 'plain unsure-list' }, items)
      : h('p', { class: 'muted' }, 'Nothing unsure.'),
  );
}

function todoList(review: Review, pick: (path: string) => void, changed: () => void): HTMLElement {
  const items = review.todo.map((t, i) =>
    h(
      'li',
      { 'data-todo': t.path },
      h('button', { type: 'button', class: 'link', onclick: () => pick(t.path) }, t.path),
      `: ${t.message} `,
      h(
        'button',
        {
          type: 'button',
          class: 'small',
          onclick: () => {
            review.todo.splice(i, 1);
            changed();
          },
        },
        'Done',
      ),
    ),
  );
  return h(
    'div',
    { id: 'desk-todo' },
    items.length
      ? [h('p', {}, 'To do before ingesting:'), h('ul', { class: 'plain todo' }, items)]
      : h('p', { class: 'ok' }, 'Nothing left to fill in.'),
  );
}

/** Editing a field that a to-do item names settles it, once the value is real (not empty, no placeholder). */
function settle(review: Review, path: string, value: unknown): boolean {
  const text = Array.isArray(value) ? value.join(',') : String(value ?? '');
  if (!text || PLACEHOLDER.test(text)) return false;
  const before = review.todo.length;
  review.todo = review.todo.filter((t) => t.path !== path);
  return review.todo.length !== before;
}

/** The whole document as JSON, for what the fields cannot do (removing an item, adding one). */
function jsonEditor(review: Review, replaced: () => void): HTMLElement {
  const area = h('textarea', {
    id: 'draft-json',
    rows: 16,
    spellcheck: 'false',
    'aria-label': 'The draft as JSON',
  });
  const message = h('span', { role: 'status' });
  const details = h(
    'details',
    {},
    h('summary', {}, 'Edit as JSON'),
    area,
    h(
      'button',
      {
        type: 'button',
        onclick: () => {
          try {
            review.doc = JSON.parse(area.value) as Doc;
            replaced();
          } catch (error) {
            message.textContent = `Not valid JSON: ${(error as Error).message}`;
          }
        },
      },
      'Apply JSON',
    ),
    message,
  );
  details.addEventListener('toggle', () => {
    if (details.open) area.value = JSON.stringify(review.doc, null, 2);
  });
  return details;
}

function problemList(error: ApiError): Child {
  if (error.problems.length === 0) return errorMessage(error);
  return h(
    'div',
    { role: 'alert', class: 'error' },
    h('p', {}, `Refused (${error.code}): fix these and ingest again.`),
    h(
      'ul',
      {},
      error.problems.map((p) =>
        h(
          'li',
          {},
          h('button', { type: 'button', class: 'link', onclick: () => focusField(p.path) }, p.path),
          `: ${p.message}`,
        ),
      ),
    ),
  );
}

async function ingest(review: Review, out: HTMLElement): Promise<void> {
  if (!hasToken()) return show(out, h('p', { role: 'alert', class: 'error' }, 'Type the write token first.'));
  show(out, loading('the ingest'));
  const input = { ...review.doc, review: { todo: review.todo, unsure: review.unsure } };
  try {
    const { ingestArticle } = await gql<{ ingestArticle: Parameters<typeof ingestResult>[0] }>(INGEST, {
      input,
    });
    show(out, ingestResult(ingestArticle));
  } catch (error) {
    show(out, error instanceof ApiError ? problemList(error) : errorMessage(error));
  }
}

/** The text on the left with its marks; on the right what to check, what to fill in, every field, and ingest. */
function reviewView(review: Review, container: HTMLElement): void {
  const pick = (path: string) => focusField(path);
  const todo = h('div', {});
  const redrawTodo = () => show(todo, todoList(review, pick, redrawTodo));
  const out = h('div', { id: 'ingest-result', 'aria-live': 'polite' });
  const marks = marksOf(review.text, review.draft.quotes, review.draft.mentions, review.unsure);
  const form = () => documentForm(review.doc, (path, value) => settle(review, path, value) && redrawTodo());
  const fieldsHolder = h('div', {}, form());
  redrawTodo();
  show(
    container,
    h(
      'div',
      { class: 'desk-text' },
      section('Text', 'desk-text', markLegend(), highlighted(review.text, marks, pick)),
    ),
    h(
      'div',
      { class: 'stack' },
      unsureList(review, pick),
      section(
        'Draft',
        'desk-draft',
        todo,
        fieldsHolder,
        jsonEditor(review, () => show(fieldsHolder, form())),
      ),
      section(
        'Ingest',
        'desk-ingest',
        h(
          'button',
          { type: 'button', id: 'ingest', class: 'primary', onclick: () => void ingest(review, out) },
          'Ingest',
        ),
        out,
      ),
    ),
  );
}

async function draftFrom(text: string, language: string, container: HTMLElement): Promise<void> {
  if (!text.trim())
    return show(container, h('p', { role: 'alert', class: 'error' }, 'Paste an article first.'));
  show(container, loading('the draft'));
  try {
    const { extractArticle: draft } = await gql<{ extractArticle: Draft }>(EXTRACT, {
      text,
      language: language || null,
    });
    const { review, ...doc } = JSON.parse(draft.document) as Doc & {
      review?: { todo?: Todo[]; unsure?: Unsure[] };
    };
    reviewView(
      { text, draft, doc: doc as Doc, todo: review?.todo ?? [], unsure: review?.unsure ?? [] },
      container,
    );
    // The reviewer's next step is the least sure part: take keyboard focus there.
    container.querySelector<HTMLElement>('#desk-unsure-title')?.focus();
  } catch (error) {
    show(container, errorMessage(error));
  }
}

/** The newsroom desk: paste an article, get a draft beside it, fix it, ingest it with the write token. */
export async function renderDesk(view: HTMLElement): Promise<void> {
  const text = h('textarea', {
    id: 'desk-input',
    rows: 10,
    placeholder: 'Paste the article here: title on the first line, then the text.',
  });
  const language = h(
    'select',
    { id: 'desk-language' },
    h('option', { value: '' }, 'detect'),
    h('option', { value: 'de' }, 'German'),
    h('option', { value: 'en' }, 'English'),
  );
  const result = h('div', { class: 'grid desk', id: 'desk-review' });
  const submit = (event: Event) => {
    event.preventDefault();
    void draftFrom(text.value, language.value, result);
  };
  show(
    view,
    h('h1', {}, 'Newsroom desk'),
    h(
      'p',
      { class: 'lead' },
      'Paste an article to get a draft decomposition: quotes, speakers and entities are marked in the text, the parts the rules are least sure of come first. Fix the draft, then ingest it.',
    ),
    h(
      'form',
      { class: 'card desk-form', onsubmit: submit },
      tokenField(),
      h('div', { class: 'field-row' }, h('label', { for: 'desk-input' }, 'Article text'), text),
      h(
        'div',
        { class: 'field-row inline' },
        h('label', { for: 'desk-language' }, 'Language'),
        language,
        h('button', { type: 'submit', class: 'primary', id: 'draft' }, 'Draft'),
      ),
    ),
    result,
  );
}
