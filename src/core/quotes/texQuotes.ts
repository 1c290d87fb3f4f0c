// Quotation marks typed the TeX / Penn Treebank way: ``…'' (two backticks open, two apostrophes close). Research
// corpora, LaTeX sources and old wire feeds write quotations so; to every other pass they would be stray backticks
// and apostrophes, and the quotation and its speaker would be lost.
//
// The pass rewrites each such pair into curly marks of the same length, so every offset stays the offset of the
// original text: "``" becomes " “" and "''" becomes "” " (the curly mark sits next to the quoted words, the filler
// space on the outside, where the quote finder trims it). Only a pair is rewritten: a lone "``" (Markdown's
// double-backtick code span opens with one and closes with one, never with '') stays as it is.

/** ``…'' with no backtick inside, the opening touching a word; a closing '' after a non-space. */
const TEX_PAIR = /``(?=\S)([^`]*?\S)''/g;

/** The text with every ``…'' pair written as “…”, padded with a space outside each mark; same length. */
export function withCurlyTexQuotes(text: string): string {
  if (!text.includes('``')) {
    return text;
  }
  return text.replace(TEX_PAIR, (_pair, inside: string) => ` \u201c${inside}\u201d `);
}
