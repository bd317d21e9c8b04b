import type { Problem } from '../../domain/errors.js';

/** The marker drafts put where a person has to fill something in. */
const PLACEHOLDER = /replace-me/i;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Step 0 (before the shape is checked, so that its problems come together with the shape's): a draft
 * is not ready while its review lists open items or a placeholder is left anywhere. Works on the raw
 * value, whatever its shape. The review section itself is not searched for placeholders: its items
 * may well mention the marker, and open items are refused on their own.
 */
export function checkDraft(raw: unknown): Problem[] {
  const problems: Problem[] = [];
  if (!isObject(raw)) return problems;
  for (const [key, value] of Object.entries(raw)) {
    if (key !== 'review') findPlaceholders(value, key, problems);
  }
  openReviewItems(raw.review, problems);
  return problems;
}

function findPlaceholders(value: unknown, path: string, problems: Problem[]): void {
  if (typeof value === 'string') {
    if (PLACEHOLDER.test(value)) problems.push({ path, message: 'is a placeholder: replace it' });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => {
      findPlaceholders(item, `${path}.${i}`, problems);
    });
  } else if (isObject(value)) {
    for (const [key, inner] of Object.entries(value)) findPlaceholders(inner, `${path}.${key}`, problems);
  }
}

/** One problem per open item of `review.todo`, naming what to fill in. */
function openReviewItems(review: unknown, problems: Problem[]): void {
  const todo = isObject(review) && Array.isArray(review.todo) ? review.todo : [];
  todo.forEach((item, i) => {
    const at = isObject(item) && typeof item.path === 'string' ? `"${item.path}"` : 'an unnamed path';
    const what = isObject(item) && typeof item.message === 'string' ? `: ${item.message}` : '';
    problems.push({
      path: `review.todo.${i}`,
      message: `open review item at ${at}${what}. Fill it in, then remove the item from review.todo`,
    });
  });
}
