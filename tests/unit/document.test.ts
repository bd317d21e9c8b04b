import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/domain/errors.js';
import { checkDocument } from '../../src/ingest/steps/check-document.js';
import { referencesOf } from '../../src/ingest/steps/check-references.js';
import { parseDocument } from '../../src/ingest/steps/parse.js';
import { buildPlan } from '../../src/ingest/steps/plan.js';

type Fields = Record<string, unknown>;

/** A document open to every change, so that a test can break it; the lists hold at least the items doc() has. */
interface RawDocument {
  article: Fields;
  entities: [Fields, Fields, Fields, Fields, ...Fields[]];
  relations: [Fields, ...Fields[]];
  statements: [Fields, Fields, ...Fields[]];
}

const doc = (): RawDocument => ({
  article: {
    slug: 'a-story',
    title: 'A story',
    url: 'https://news.example.org/a-story',
    language: 'en',
    publishedOn: '2025-03-01',
    outlet: 'daily',
    authors: ['ann-writer'],
  },
  entities: [
    { kind: 'ORGANIZATION', slug: 'daily', name: 'The Daily' },
    { kind: 'PERSON', slug: 'ann-writer', name: 'Ann Writer' },
    { kind: 'PERSON', slug: 'bo-speaker', name: 'Bo Speaker', aliases: ['Speaker'] },
    { kind: 'AI_MODEL', slug: 'model-x', name: 'Model X', releasedOn: '2025-01-01' },
  ],
  relations: [{ from: 'bo-speaker', type: 'WORKS_FOR', to: 'daily', role: 'editor' }],
  statements: [
    { speaker: 'bo-speaker', text: 'Model X is fast.', language: 'en', kind: 'QUOTE', about: ['model-x'] },
    { speaker: 'bo-speaker', text: 'Model  X is FAST.', language: 'en', kind: 'QUOTE', about: ['daily'] },
  ],
});

function problemsOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error.problems;
    throw error;
  }
  return [];
}

describe('ingest steps without a database', () => {
  it('parse lists every shape problem with its path', () => {
    const bad = doc();
    bad.article.publishedOn = '2025-02-30';
    bad.entities[0].kind = 'COMPANY';
    delete bad.statements[0].text;
    bad.relations[0].type = 'LIKES';
    expect(problemsOf(() => parseDocument(bad)).map((p) => p.path)).toEqual(
      expect.arrayContaining([
        'article.publishedOn',
        'entities.0.kind',
        'statements.0.text',
        'relations.0.type',
      ]),
    );
  });

  it('check finds duplicate slugs and fields of the wrong kind', () => {
    const raw = doc();
    raw.entities.push({ kind: 'PERSON', slug: 'daily', name: 'Dup', startsOn: '2025-01-01' });
    const problems: Array<{ path: string; message: string }> = [];
    const defined = checkDocument(parseDocument(raw), problems);
    expect(problems).toEqual([
      { path: 'entities.4.slug', message: '"daily" is defined twice' },
      { path: 'entities.4.startsOn', message: 'only an EVENT has startsOn' },
    ]);
    expect(defined.get('model-x')).toBe('AI_MODEL');
  });

  it('references carry the kinds allowed at each place', () => {
    const refs = referencesOf(parseDocument(doc()));
    expect(refs.find((r) => r.path === 'relations.0.to')).toMatchObject({
      slug: 'daily',
      kinds: ['ORGANIZATION'],
    });
    expect(refs.find((r) => r.path === 'statements.0.speaker')?.kinds).toEqual(['PERSON', 'ORGANIZATION']);
  });

  it('plan merges statements with the same identity and follows resolved slugs', () => {
    const plan = buildPlan(parseDocument(doc()), [{ slug: 'daily', to: 'the-daily', by: 'name' }]);
    expect(plan.statements).toHaveLength(1);
    expect(plan.statements[0]?.about).toEqual(['model-x', 'the-daily']);
    expect(plan.article.outlet).toBe('the-daily');
    expect(plan.relations[0]).toMatchObject({ from: 'bo-speaker', to: 'the-daily', role: 'editor' });
    const daily = plan.entities.find((e) => e.slug === 'the-daily');
    expect(daily).toMatchObject({ ownsName: false, aliases: ['The Daily'] });
    expect(plan.created).toEqual(['ann-writer', 'bo-speaker', 'model-x']);
    expect(plan.mentions).toEqual(expect.arrayContaining(['the-daily', 'bo-speaker', 'model-x']));
  });

  it('plan numbers statements in document order and carries stances by graph slug', () => {
    const raw = doc();
    raw.statements[0].stances = [{ about: 'model-x', stance: 'SUPPORTS', confidence: 'HIGH' }];
    raw.statements[1].stances = [{ about: 'daily', stance: 'OPPOSES' }];
    raw.statements.push({ speaker: 'ann-writer', text: 'Later.', language: 'en', kind: 'PARAPHRASE' });
    raw.entities.push({
      kind: 'EVENT',
      slug: 'launch',
      name: 'Launch',
      stances: [{ about: 'model-x', stance: 'SUPPORTS' }],
    });
    const plan = buildPlan(parseDocument(raw), [{ slug: 'daily', to: 'the-daily', by: 'name' }]);
    expect(plan.statements.map((s) => s.position)).toEqual([0, 1]);
    expect(plan.statements[0]?.stances).toEqual([
      { about: 'model-x', stance: 'SUPPORTS', confidence: 'HIGH' },
      { about: 'the-daily', stance: 'OPPOSES', confidence: null },
    ]);
    expect(plan.eventStances).toEqual([
      { event: 'launch', about: 'model-x', stance: 'SUPPORTS', confidence: null },
    ]);
  });

  it('check refuses stances toward something the statement is not about, and stances of non-events', () => {
    const raw = doc();
    raw.statements[0].stances = [{ about: 'daily', stance: 'OPPOSES' }];
    raw.entities[3].stances = [{ about: 'daily', stance: 'MIXED' }];
    const problems: Array<{ path: string; message: string }> = [];
    checkDocument(parseDocument(raw), problems);
    expect(problems.map((p) => p.path)).toEqual(['entities.3.stances', 'statements.0.stances.0.about']);
    expect(
      problemsOf(() =>
        parseDocument({
          ...raw,
          statements: [{ ...raw.statements[1], stances: [{ about: 'daily', stance: 'LIKES' }] }],
        }),
      ).map((p) => p.path),
    ).toEqual(['statements.0.stances.0.stance']);
  });
});
