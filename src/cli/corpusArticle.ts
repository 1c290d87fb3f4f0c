// One article of a corpus run: read, analysed, turned into its scorer-shaped document (ids still the
// article's own; linking across the run happens in input order on the main thread, see corpusWriter.ts).
// Runs in a worker thread or in the main thread alike.
import { analyzeText } from './lazyCore';
import { evalDocument, type EvalDocument } from './format';
import { readArticle, shown } from './readArticle';

export type ArticleResult =
  | { readonly ok: true; readonly document: EvalDocument }
  | { readonly ok: false; readonly error: string };

/** Reads and analyses one article; `text` is given when the main thread has read it already (standard input). */
export function analyzeArticleFile(path: string, text?: string): ArticleResult {
  const read = text === undefined ? readArticle(path) : { ok: true as const, path, text };
  if (!read.ok) {
    return { ok: false, error: read.error };
  }
  try {
    return { ok: true, document: evalDocument({ path: read.path, analysis: analyzeText(read.text) }) };
  } catch (e) {
    // An engine bug on one article must not cost the others their analysis.
    return { ok: false, error: `${shown(read.path)}: analysis failed (${String((e as Error)?.message ?? e).replace(/\s+/g, ' ')})` };
  }
}
