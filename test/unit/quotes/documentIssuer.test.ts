// The one reader of a document and its issuer (src/core/quotes/documentIssuer.ts), used both for the speaker a
// quotation is credited to and for whether a later "she said" goes on with the issuer.
import * as assert from 'assert';
import { documentNounEndingAt, isIssuerInSourcePhrase, issuedDocumentBefore, senderAfterDocument } from '../../../src/core/quotes/documentIssuer';
import { tokenize } from '../../../src/core/quotes/tokens';
import { checkSpeakers, type Row } from './speakerRows';

/** Whether a name written right after `before` is read as a document's issuer in a source phrase. */
function issuerInSource(before: string): boolean {
  const tokens = tokenize(before, 0, before.length);
  return isIssuerInSourcePhrase(tokens, tokens.length, 0);
}

describe('documentIssuer: who speaks for a document', () => {
  it('reads a document noun, an issuing participle and "by"/"from" either way round', () => {
    const tokens = tokenize('a newsletter sent out by Kelso', 0, 30);
    assert.strictEqual(senderAfterDocument(tokens, 1), 4);
    assert.strictEqual(issuedDocumentBefore(tokens, 5, 0), 1);
    assert.strictEqual(documentNounEndingAt(tokens, 3), 1);
    const plain = tokenize('a survey by Kelso', 0, 17);
    assert.strictEqual(senderAfterDocument(plain, 1), 2);
    // A bare "by" names an issuer after "according to", not as the subject of a verb (a participle is wanted there).
    assert.strictEqual(issuedDocumentBefore(plain, 3, 0), -1);
  });

  it('reads the issuer of a document after "according to" as named only as a source', () => {
    assert.ok(issuerInSource('Crews pulled eleven people from cars, according to a report by '));
    assert.ok(issuerInSource('The pier will close, according to a new quarterly statement from '));
    assert.ok(issuerInSource('The pier will close, according to a memo signed by '));
    assert.ok(issuerInSource('The pier will close, according to an email sent out by '));
  });

  it('reads no issuer without a document noun, without "according to", or across a clause', () => {
    assert.ok(!issuerInSource('The pier will close, according to the latest figures from '));
    assert.ok(!issuerInSource('The pier will close, according to a spokesman from '));
    assert.ok(!issuerInSource('A victim statement from '));
    assert.ok(!issuerInSource('according to the council, which published a report by '));
  });

  const rows: Row[] = [
    // A quotation after "according to" a document is its issuer's, a participle of issuing allowed.
    ['Ivo Sandal runs the ferry trust.\n\n“Fares rose faster than wages in every ward,” according to a report by Ivo Sandal.', 'Fares rose faster', 'Ivo Sandal'],
    // Named only as a document's issuer, the newcomer is not whom a following "she said" goes on with.
    ['“Some of them are in their nineties,” Ann Kelso said.\n\nCrews pulled eleven people from cars overnight, according to a memo signed by Lena Voss. “Most were in cars,” she said.', 'Most were in cars', 'Ann Kelso'],
    // A person who gave figures is a source like any other: "she" goes on with her.
    ['“Some of them are in their nineties,” Dana Kelso said.\n\nCrews pulled eleven people from cars overnight, according to the latest figures from Lena Voss. “Most were in cars,” she said.', 'Most were in cars', 'Lena Voss'],
  ];
  checkSpeakers(rows);
});
