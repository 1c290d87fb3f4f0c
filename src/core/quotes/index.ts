// Quotations: finding them, crediting them to speakers, matching them across two articles.
export { findQuotes, type QuoteSpan, type QuoteSpanKind } from './findQuotes';
export { attributeQuotes } from './attributeQuotes';
// Registers the speaker-conventions table, whose reasons `analyze --explain` shows for quotations without a cue.
export { SPEAKER_CONVENTIONS } from './speakerConventions';
export { matchQuotes, diffWords, type QuoteMatchResult, type DiffKind, type DiffToken } from './matchQuotes';
