import { describe, expect, it } from 'vitest';
import type { CuratedFacts, CurrentEntity } from '../../src/domain/curation.js';
import { InputError, type Problem } from '../../src/domain/errors.js';
import { checkDraft } from '../../src/ingest/steps/check-draft.js';
import { findConflicts } from '../../src/ingest/steps/conflicts.js';
import { parseDocument } from '../../src/ingest/steps/parse.js';
import { checkPatch, parsePatch, planPatch } from '../../src/ingest/steps/patch.js';
import { buildPlan } from '../../src/ingest/steps/plan.js';

type Fields = Record<string, unknown>;

/** A draft open to every change, so that a test can break it; the lists hold at least the items draft() has. */
interface RawDraft {
  article: Fields;
  entities: [Fields, ...Fields[]];
  statements: [Fields, ...Fields[]];
  review: Fields;
}

const draft = (): RawDraft => ({
  article: {
    slug: 'a-draft',
    title: 'A draft',
    url: 'https://example.com/REPLACE-ME',
    language: 'en',
  },
  entities: [{ kind: 'PERSON', slug: 'bo-speaker', name: 'Bo Speaker' }],
  statements: [{ speaker: 'bo-speaker', text: 'It is fast.', language: 'en', kind: 'QUOTE' }],
  review: {
    todo: [
      { path: 'article.url', message: 'the address of the article (REPLACE-ME)' },
      { path: 'statements.0.about', message: 'what the quote is about' },
    ],
    unsure: [{ path: 'entities.0.kind', what: 'PERSON', confidence: 0.6, start: 10, end: 20 }],
  },
});

function problemsOf(run: () => unknown): Problem[] {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error.problems;
    throw error;
  }
  return [];
}

const facts = (over: Partial<CuratedFacts> = {}): CuratedFacts => ({
  name: 'Sam Altman',
  description: 'CEO of OpenAI.',
  wikidataId: 'Q7407093',
  startsOn: null,
  endsOn: null,
  releasedOn: null,
  ...over,
});

describe('drafts are not ingested', () => {
  it('refuses each open review item and each placeholder, with its path', () => {
    const problems = checkDraft(draft());
    expect(problems).toEqual([
      { path: 'article.url', message: 'is a placeholder: replace it' },
      {
        path: 'review.todo.0',
        message: expect.stringMatching(/"article\.url".*the address of the article.*remove the item/),
      },
      {
        path: 'review.todo.1',
        message: expect.stringContaining('"statements.0.about": what the quote is about'),
      },
    ]);
  });

  it('finds the marker in any case, at any depth, but not inside the review section', () => {
    const doc = draft();
    doc.review.todo = [];
    doc.article.url = 'https://example.com/a';
    doc.statements[0].about = ['model-x', 'Replace-Me'];
    doc.entities[0].description = 'see replace-me later';
    expect(checkDraft(doc)).toEqual([
      { path: 'entities.0.description', message: 'is a placeholder: replace it' },
      { path: 'statements.0.about.1', message: 'is a placeholder: replace it' },
    ]);
    expect(checkDraft('not a document')).toEqual([]);
  });

  it('come together with the shape problems, all at once', () => {
    const doc = draft();
    doc.article.language = 'xx';
    const problems = problemsOf(() => parseDocument(doc, checkDraft(doc)));
    expect(problems.map((p) => p.path)).toEqual(
      expect.arrayContaining(['article.url', 'review.todo.0', 'review.todo.1', 'article.language']),
    );
  });

  it('a reviewed document parses with its review, which plays no part in the plan', () => {
    const doc = draft();
    doc.article.url = 'https://example.com/a';
    doc.review.todo = [];
    expect(checkDraft(doc)).toEqual([]);
    const parsed = parseDocument(doc);
    expect(parsed.review?.unsure).toHaveLength(1);
    expect(parseDocument({ ...doc, review: {} }).review).toEqual({ todo: [], unsure: [] });
    expect(JSON.stringify(buildPlan(parsed, []))).not.toContain('unsure');
  });

  it('checks the shape of review items', () => {
    const doc = draft();
    doc.review.unsure = [{ path: 'x', what: 'y', confidence: 1.5, start: 9, end: 3.5, reason: null }];
    doc.review.todo = [{ path: 'x' }];
    const paths = problemsOf(() => parseDocument(doc)).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['review.unsure.0.confidence', 'review.todo.0.message']));
  });
});

describe('conflicts with curated facts', () => {
  const entity = (over: Record<string, unknown> = {}) => ({
    slug: 'sam-altman',
    kind: 'PERSON' as const,
    ownsName: true,
    name: 'Sam Altman',
    nameKey: 'sam altman',
    aliases: [],
    aliasKeys: [],
    description: null,
    wikidataId: null,
    startsOn: null,
    endsOn: null,
    releasedOn: null,
    confidence: null,
    ...over,
  });

  it('lists each differing fact with the kept and the offered value; equal or missing ones are none', () => {
    const existing = new Map([['sam-altman', facts()]]);
    const conflicts = findConflicts(
      [entity({ name: 'Samuel H. Altman', description: 'An investor.', wikidataId: 'Q7407093' })],
      existing,
    );
    expect(conflicts).toEqual([
      { slug: 'sam-altman', field: 'name', kept: 'Sam Altman', offered: 'Samuel H. Altman' },
      { slug: 'sam-altman', field: 'description', kept: 'CEO of OpenAI.', offered: 'An investor.' },
    ]);
    expect(findConflicts([entity()], existing)).toEqual([]);
    expect(findConflicts([entity({ description: 'New.' })], new Map())).toEqual([]);
  });

  it('a name under another slug becomes an alias, not a conflict; a fact filled by one row is kept for the next', () => {
    const existing = new Map([['munich', facts({ name: 'Munich', description: null, wikidataId: null })]]);
    const conflicts = findConflicts(
      [
        entity({ slug: 'munich', ownsName: false, name: 'München', description: 'A city.' }),
        entity({ slug: 'munich', ownsName: false, name: 'Muenchen', description: 'Capital of Bavaria.' }),
        entity({ slug: 'munich', ownsName: false, name: 'Munchen', description: 'Capital of Bavaria.' }),
      ],
      existing,
    );
    expect(conflicts).toEqual([
      { slug: 'munich', field: 'description', kept: 'A city.', offered: 'Capital of Bavaria.' },
    ]);
  });

  it('the plan carries them, under the graph slug the document entity resolved to', () => {
    const doc = parseDocument({
      article: { slug: 'a', title: 'A', url: 'https://example.com/a', language: 'en' },
      entities: [{ kind: 'ORGANIZATION', slug: 'open-ai', name: 'OpenAI Inc.', description: 'A lab.' }],
    });
    const plan = buildPlan(
      doc,
      [{ slug: 'open-ai', to: 'openai', by: 'name' }],
      new Map([['openai', facts({ name: 'OpenAI', description: 'AI company.', wikidataId: null })]]),
    );
    expect(plan.conflicts).toEqual([
      { slug: 'openai', field: 'description', kept: 'AI company.', offered: 'A lab.' },
    ]);
  });
});

describe('entity patches', () => {
  const altman: CurrentEntity = {
    slug: 'sam-altman',
    kind: 'PERSON',
    aliases: ['Altman', 'Samuel Altman'],
    ...facts(),
  };

  it('lists every shape problem at patch.<field>', () => {
    const problems: Problem[] = [];
    expect(
      parsePatch({ wikidataId: 'Q-1', startsOn: '2024-02-30', aliases: ['  '], colour: 'red' }, problems),
    ).toBeNull();
    expect(problems.map((p) => p.path)).toEqual(
      expect.arrayContaining(['patch.wikidataId', 'patch.startsOn', 'patch.aliases.0', 'patch']),
    );
    const cleared: Problem[] = [];
    parsePatch({ name: null }, cleared);
    expect(cleared).toEqual([{ path: 'patch.name', message: expect.stringContaining('cannot be cleared') }]);
  });

  it('refuses dates of another kind, an end before the start and a Wikidata id someone else has', () => {
    const problems: Problem[] = [];
    checkPatch(
      { releasedOn: '2024-01-01', startsOn: '2024-01-01', wikidataId: 'Q95' },
      altman,
      'google',
      problems,
    );
    expect(problems.map((p) => p.path)).toEqual(['patch.startsOn', 'patch.releasedOn', 'patch.wikidataId']);
    expect(problems[2]?.message).toContain('already belongs to "google"');
    const event: CurrentEntity = { ...altman, kind: 'EVENT', startsOn: '2023-05-25' };
    const late: Problem[] = [];
    checkPatch({ endsOn: '2023-05-24' }, event, null, late);
    expect(late).toEqual([{ path: 'patch.endsOn', message: expect.stringContaining('before it starts') }]);
  });

  it('plans only what changes, with old and new values as text (aliases as JSON)', () => {
    const { values, changes } = planPatch(
      {
        name: 'Sam Altman',
        description: 'Chief executive of OpenAI.',
        wikidataId: null,
        aliases: ['Altman', 'Sam', 'Altman', 'Sam Altman'],
      },
      altman,
    );
    expect(changes).toEqual([
      { field: 'description', old: 'CEO of OpenAI.', new: 'Chief executive of OpenAI.' },
      { field: 'wikidataId', old: 'Q7407093', new: null },
      { field: 'aliases', old: '["Altman","Samuel Altman"]', new: '["Altman","Sam"]' },
    ]);
    expect(values).toEqual({
      description: 'Chief executive of OpenAI.',
      wikidataId: null,
      aliases: ['Altman', 'Sam'],
      aliasKeys: ['altman', 'sam'],
      aliasText: 'Altman | Sam | ',
    });
    const renamed = planPatch({ name: 'Samuel  Altman' }, altman);
    expect(renamed.values).toEqual({ name: 'Samuel  Altman', nameKey: 'samuel altman' });
  });

  it('a patch that changes nothing plans no change (aliases compare as a set)', () => {
    expect(planPatch({}, altman)).toEqual({ values: {}, changes: [] });
    expect(
      planPatch({ description: 'CEO of OpenAI.', aliases: ['Samuel Altman', 'Altman'] }, altman),
    ).toEqual({ values: {}, changes: [] });
  });
});
