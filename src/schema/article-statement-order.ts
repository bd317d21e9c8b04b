import { builder } from './builder.js';

/** Which list of src/db/lists.ts serves each order of an article's statements. */
export const ARTICLE_STATEMENT_LISTS = {
  ARTICLE: 'statementsInArticleOrder',
  NEWEST: 'statementsInArticle',
} as const;

export const ArticleStatementOrderEnum = builder.enumType('ArticleStatementOrder', {
  description: "The order of an article's statements.",
  values: {
    ARTICLE: { description: 'As the article reports them: the lead first.' },
    NEWEST: { description: 'By the day they were said, newest first (undated last).' },
  } as const,
});
