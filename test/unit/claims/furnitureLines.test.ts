// Page furniture (a byline, a section path, a timestamp, a share prompt, a credited caption) is no claim: left out
// by splitClaims, it is never aligned, not even where two reports of one story share its words.
import * as assert from 'assert';
import { compareClaims } from '../../../src/core/claims/compareClaims';
import { furnitureKindOf } from '../../../src/core/claims/furnitureLines';
import { splitClaims } from '../../../src/core/claims/splitClaims';

describe('furniture lines', () => {
  it('tells a headline from the lines a page prints around it', () => {
    const kinds = [
      'Harbour bridge shut after inspectors find crack',
      'The Kelso Gazette | News | Transport',
      'Home > Regions > North Coast',
      'By Mara Lind, Transport Correspondent',
      'Gazette Transport correspondent',
      'Updated 10:42 GMT',
      'Share this article',
      'Engineers on the bridge deck on Monday. Photograph: Ivo Sandal/Vardo Press',
    ].map(furnitureKindOf);
    assert.deepStrictEqual(kinds, [undefined, 'section-path', 'section-path', 'byline', 'byline', 'timestamp', 'prompt', 'caption']);
  });

  it('keeps sentences and headlines that only look like furniture', () => {
    for (const line of ['By Friday, three more towns had flooded.', 'Shares in Hollis fell 9% on Friday', 'Kelso Rovers 2 | Vardo Athletic 1', 'Magazine Editor Resigns Over Leak', 'Storm closes roads on Tuesday']) {
      assert.strictEqual(furnitureKindOf(line), undefined, line);
    }
  });

  it('leaves furniture out of the claims, with the other claims\' spans unchanged', () => {
    const text = 'The Kelso Gazette | News | Transport\n\nHarbour bridge shut after inspectors find crack\n\nBy Mara Lind, Transport Correspondent\nUpdated 10:42 GMT\n\nEngineers closed the Kelso harbour bridge on Monday after finding a crack.';
    const claims = splitClaims(text);
    assert.deepStrictEqual(claims.map(claim => claim.text), ['Harbour bridge shut after inspectors find crack', 'Engineers closed the Kelso harbour bridge on Monday after finding a crack.']);
    assert.deepStrictEqual(claims.map(claim => claim.index), [0, 1]);
    claims.forEach(claim => assert.strictEqual(text.slice(claim.start, claim.end), claim.text));
  });

  it('never aligns two reports\' section paths, bylines or timestamps, though they share words', () => {
    const a = 'The Kelso Gazette | Sport | Tennis\n\nDorn wins Kelso Open after final-set tiebreak\n\nBy Mara Lind, Tennis Correspondent, at Kelso\nUpdated 18:05 GMT\n\nPetra Dorn won the Kelso Open on Sunday, beating the top seed in a final-set tiebreak after almost three hours.';
    const b = 'Vardo Evening Post | Sport | Tennis\n\nDorn takes Kelso crown in tiebreak\n\nBy Ivo Sandal, Tennis Correspondent\nUpdated 19:10 GMT\n\nPetra Dorn took the Kelso Open title on Sunday, edging the top seed in a final-set tiebreak.';
    const comparison = compareClaims(a, b);
    const furniture = /Sport \| Tennis|Correspondent|GMT/;
    assert.ok(comparison.aligned.length > 0);
    assert.ok(!comparison.aligned.some(pair => furniture.test(pair.a.text) || furniture.test(pair.b.text)), JSON.stringify(comparison.aligned.map(pair => [pair.a.text, pair.b.text])));
    assert.ok(![...comparison.onlyA, ...comparison.onlyB].some(claim => furniture.test(claim.text)));
  });
});
