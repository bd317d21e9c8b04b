import { slugify } from '../domain/normalise.js';
import type { Draft } from './draft.js';

/**
 * A draft as an ingest document plus a `review` section: what a person must fill in (`todo`; ingest
 * refuses the document while it is not empty) and every guess with its confidence and the characters
 * it rests on (`unsure`, least sure first). Known entities come as themselves, so ingesting the draft
 * keeps their mentions; curated facts are never replaced by a draft.
 */

/** The marker ingest refuses: a draft cannot go in before a person replaced it. */
export const PLACEHOLDER = 'REPLACE-ME';

export interface ReviewItem {
  path: string;
  what: string;
  confidence: number;
  start: number;
  end: number;
  reason?: string;
}

export function draftDocument(draft: Draft, text: string) {
  const entities = draft.mentions.map((m) => ({
    kind: m.kind ?? 'ORGANIZATION',
    slug: m.slug,
    name: m.name,
  }));
  const statements = draft.quotes
    .filter((q) => q.speaker)
    .map((q) => ({
      speaker: q.speaker as string,
      text: q.text,
      language: draft.language,
      kind: 'QUOTE' as const,
      about: q.about,
      ...(draft.place && draft.place !== q.speaker ? { place: draft.place } : {}),
    }));
  const unsure = unsureItems(draft);
  return {
    article: {
      slug: slugify(draft.title).slice(0, 80).replace(/-+$/, '') || 'draft-article',
      title: draft.title || clip(text),
      url: `https://${PLACEHOLDER.toLowerCase()}.invalid/${PLACEHOLDER}`,
      language: draft.language,
    },
    entities,
    relations: draft.relations,
    statements,
    review: {
      todo: [
        { path: 'article.url', message: "the article's address: replace the placeholder" },
        {
          path: 'article.publishedOn',
          message: 'the publication date (YYYY-MM-DD); remove this item when it is unknown',
        },
      ],
      unsure,
    },
  };
}

/** Every guess with its confidence and evidence, least sure first: what a reviewer looks at first. */
function unsureItems(draft: Draft): ReviewItem[] {
  const attributed = draft.quotes.filter((q) => q.speaker);
  const items: ReviewItem[] = [
    ...attributed.map((q, i) => ({
      path: `statements.${i}`,
      what: `quote by ${q.speakerName ?? q.speaker}: "${clip(q.text)}"`,
      confidence: q.confidence,
      start: q.offset,
      end: q.end,
      reason: q.reason,
    })),
    ...draft.quotes
      .filter((q) => !q.speaker)
      .map((q) => ({
        path: 'statements',
        what: `quote without a speaker: "${clip(q.text)}"; add it with its speaker, or leave it out`,
        confidence: 0,
        start: q.offset,
        end: q.end,
        reason: q.reason,
      })),
    ...draft.mentions.flatMap((m, i) =>
      m.known
        ? []
        : [
            {
              path: `entities.${i}`,
              what: `new ${m.kind ?? 'entity'} "${m.name}"`,
              confidence: m.confidence,
              start: m.offset,
              end: m.end,
              reason: m.evidence,
            },
          ],
    ),
  ].sort((a, b) => a.confidence - b.confidence || a.start - b.start);
  return items;
}

function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
