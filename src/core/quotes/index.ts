// Quotations: finding them, crediting them to speakers, matching them across two articles.
export { findQuotes, type QuoteSpan, type QuoteSpanKind } from './findQuotes';
export { attributeQuotes } from './attributeQuotes';
export { matchQuotes, diffWords, type QuoteMatchResult, type DiffKind, type DiffToken } from './matchQuotes';
