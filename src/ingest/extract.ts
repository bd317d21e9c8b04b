// Draft extraction lives in src/extract; this path stays for the CLI and the schema until they import it directly.

export { draftDocument } from '../extract/document.js';
export {
  type Draft,
  type DraftMention,
  type DraftQuote,
  detectLanguage,
  extractDraft,
} from '../extract/draft.js';
export type { KnownEntity } from '../extract/known.js';
