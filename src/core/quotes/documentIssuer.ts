// Who speaks for a document: one reader for the speaker a quotation is credited to (subject.ts) and for the person a
// later "he"/"she" may go on with (resolveSpeaker.ts), so the two read a document and its issuer the same way.
//
// The convention:
// 1. A document speaks for whoever issued it. A document noun (quote-issued-documents: a body's report, study, filing…;
//    quote-own-messages: anyone's letter, email, post…) followed by "by"/"from" (quote-sender-prepositions) names its
//    issuer, and an issuing participle (quote-issuing-verbs) may stand between ("a memo signed by X", "an email sent out
//    by X"); the subject of an issuing verb before "a <document>" is its issuer too ("X released a video that said").
//    The document's words are the issuer's: "“…,” according to a report by X", "a newsletter posted by X warned: “…”"
//    and "a paper from the Harlow Institute said “…”" credit X and the institute. As the subject of a reporting verb, a
//    document names a body after a bare "by"/"from", a person only with the participle that says they issued it.
// 2. A person named only as a document's issuer inside a source phrase ("…, according to a report by X.") is named as
//    where a claim comes from, not brought into the story: a "she said" later in the paragraph does not go on with X as
//    a newcomer; it goes on with the subject found before. Someone named as a subject ("X released a report"), after a
//    bare "according to X", or as the sender of a document that is itself the sentence's subject ("A letter from X was
//    read out. She said …") is brought in, and so is anyone a quotation is credited to (point 1).

import { INDEFINITE_DETERMINERS, ISSUED_DOCUMENTS, PHRASE_BOUNDARIES, PREPOSITIONS } from '../lexicon/quotes';
import { ISSUING_VERBS, OWN_MESSAGES, SENDER_PREPOSITIONS } from '../lexicon/quoteCues';
import { DEFINITE_DETERMINERS } from '../lexicon/determiners';
import type { MaskedToken } from './tokens';

/** Lower-case words allowed between a body and its document ("the IMF's latest quarterly report"). */
const MAX_DOCUMENT_MODIFIERS = 3;

/** Longest phrase read after "according to" up to the issuer ("according to a new quarterly report by X"), as subject.ts reads it. */
const MAX_SOURCE_PHRASE_WORDS = 8;

/** Whether the word names a document someone issues: a body's (quote-issued-documents) or anyone's own message (quote-own-messages). */
export function isDocumentNoun(lower: string): boolean {
  return ISSUED_DOCUMENTS.has(lower) || OWN_MESSAGES.has(lower);
}

function lowerAt(tokens: readonly MaskedToken[], index: number): string {
  return tokens[index]?.lower ?? '';
}

/** The index of "by"/"from" after the document noun at tokens[nounAt], past an issuing participle and its "out" ("sent out by"); -1 when none follows. */
export function senderAfterDocument(tokens: readonly MaskedToken[], nounAt: number): number {
  let k = nounAt + 1;
  if (ISSUING_VERBS.has(lowerAt(tokens, k))) {
    k += lowerAt(tokens, k + 1) === 'out' ? 2 : 1;
  }
  return SENDER_PREPOSITIONS.has(lowerAt(tokens, k)) ? k : -1;
}

/** The document noun of a phrase ending at tokens[phraseEnd], which may end in an issuing participle ("a document filed", "an email sent out"); -1 when it names none. */
export function documentNounEndingAt(tokens: readonly MaskedToken[], phraseEnd: number): number {
  let nounAt = lowerAt(tokens, phraseEnd) === 'out' ? phraseEnd - 1 : phraseEnd;
  nounAt -= ISSUING_VERBS.has(lowerAt(tokens, nounAt)) ? 1 : 0;
  return nounAt >= 0 && isDocumentNoun(lowerAt(tokens, nounAt)) ? nounAt : -1;
}

/**
 * "a newsletter sent out by X", "a memo signed by X": the index of the document noun before an issuing participle
 * ("out" allowed) and "by"/"from", right before the name starting at tokens[k] ("the" allowed between); -1 when
 * there is none. The participle says who issued it, so a person as well as a body.
 */
export function issuedDocumentBefore(tokens: readonly MaskedToken[], k: number, lo: number): number {
  let q = k - 1;
  if (q >= lo && DEFINITE_DETERMINERS.has(tokens[q].lower)) {
    q--;
  }
  if (q < lo || !SENDER_PREPOSITIONS.has(tokens[q].lower)) {
    return -1;
  }
  q -= q - 1 >= lo && tokens[q - 1].lower === 'out' ? 2 : 1;
  if (q - 1 < lo || !ISSUING_VERBS.has(tokens[q].lower)) {
    return -1;
  }
  return isDocumentNoun(tokens[q - 1].lower) ? q - 1 : -1;
}

/** Whether the word names a document a body issues (quote-issued-documents): "the Acme report said" speaks for Acme; "the Kelso letter" may be about Kelso. */
export function isBodyDocumentNoun(lower: string): boolean {
  return ISSUED_DOCUMENTS.has(lower);
}

/** The index before the lower-case modifiers (isModifier, at most MAX_DOCUMENT_MODIFIERS) that end at tokens[from]. */
export function skipDocumentModifiers(tokens: readonly MaskedToken[], from: number, lo: number, isModifier: (token: MaskedToken) => boolean): number {
  let q = from;
  while (q >= lo && from - q < MAX_DOCUMENT_MODIFIERS && isModifier(tokens[q])) {
    q--;
  }
  return q;
}

/**
 * "Vardo issued a statement that said", "the Ledger carried an article that noted": the index of the issuing verb
 * (quote-issuing-verbs) before an indefinite article, a few lower-case modifiers and the document noun at
 * tokens[nounAt]; -1 otherwise ("X read a letter that said" is someone else's letter).
 */
export function issuingVerbBefore(tokens: readonly MaskedToken[], nounAt: number, lo: number): number {
  if (!isDocumentNoun(tokens[nounAt].lower)) {
    return -1;
  }
  const d = skipDocumentModifiers(tokens, nounAt - 1, lo, token => token.kind === 'word' && /^\p{Ll}/u.test(token.text) && !INDEFINITE_DETERMINERS.has(token.lower));
  return d - 1 >= lo && INDEFINITE_DETERMINERS.has(tokens[d].lower) && ISSUING_VERBS.has(tokens[d - 1].lower) ? d - 1 : -1;
}

/**
 * "a paper from the independent <body>", "a study by <body>": the index of a body's document noun (quote-issued-documents)
 * before "from"/"by", a determiner and a few lower-case modifiers (isModifier) that precede the name starting at
 * tokens[k]; -1 when there is none.
 */
export function bodyDocumentBefore(tokens: readonly MaskedToken[], k: number, lo: number, isModifier: (token: MaskedToken) => boolean): number {
  let q = skipDocumentModifiers(tokens, k - 1, lo, isModifier);
  if (q >= lo && DEFINITE_DETERMINERS.has(tokens[q].lower)) {
    q--;
  }
  return q - 1 >= lo && SENDER_PREPOSITIONS.has(tokens[q].lower) && ISSUED_DOCUMENTS.has(tokens[q - 1].lower) ? q - 1 : -1;
}

/**
 * "…, according to a report by X", "according to a memo signed by X": whether the name starting at tokens[k] is
 * named only as the issuer of a document in a source phrase (convention 2 above): "by"/"from" right before it, the
 * document noun before that (an issuing participle allowed between), and "according to" opening the phrase, whose
 * words are read as subject.ts reads a phrase after "according to" (no preposition but "of", no clause word).
 */
export function isIssuerInSourcePhrase(tokens: readonly MaskedToken[], k: number, lo: number): boolean {
  const sender = k - 1;
  if (sender < lo || !SENDER_PREPOSITIONS.has(tokens[sender].lower)) {
    return false;
  }
  let q = sender - 1;
  q -= q >= lo && tokens[q].lower === 'out' ? 1 : 0;
  q -= q >= lo && ISSUING_VERBS.has(tokens[q].lower) ? 1 : 0;
  if (q < lo || !isDocumentNoun(tokens[q].lower) || senderAfterDocument(tokens, q) !== sender) {
    return false;
  }
  for (let n = 0; q >= lo && n < MAX_SOURCE_PHRASE_WORDS; q--, n++) {
    const token = tokens[q];
    if (token.lower === 'to' && q - 1 >= lo && tokens[q - 1].lower === 'according') {
      return n > 0;
    }
    if (token.kind !== 'word' || (PREPOSITIONS.has(token.lower) && token.lower !== 'of') || PHRASE_BOUNDARIES.has(token.lower)) {
      return false;
    }
  }
  return false;
}
