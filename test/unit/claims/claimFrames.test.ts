// What a claim is about (claimFrames.ts), read for the learned model: main clause and background, head, quotation
// frames. Invented sentences.
import * as assert from 'assert';
import { contentWordList, stem } from '../../../src/core/claims/claimWords';
import { backgroundSides, claimFrameOf, headsAgree, headsDiffer, type ClaimFrame } from '../../../src/core/claims/claimFrames';

const frameOf = (text: string): ClaimFrame => claimFrameOf(text, contentWordList(text));

describe('claim frames: main clause and background (claims-background-openers)', () => {
  it('leaves a clause opened by a background word out of the main clause, up to its comma', () => {
    const frame = frameOf('While the plant has long struggled, the board voted to close it in May.');
    assert.ok(frame.mainStems.has(stem('board')) && frame.mainStems.has(stem('close')));
    assert.ok(!frame.mainStems.has(stem('plant')) && !frame.mainStems.has(stem('struggled')));
  });

  it('leaves a relative clause and brackets out too', () => {
    const frame = frameOf('Morrin Textiles sued Halvex on Monday, which owns three plants (and a depot in Brenlow).');
    assert.ok(frame.mainStems.has(stem('sued')));
    assert.ok(!frame.mainStems.has(stem('plants')) && !frame.mainStems.has(stem('depot')));
  });

  it('counts the claims whose shared words are all background (backgroundSides)', () => {
    const [one, other] = [frameOf('While the plant has long struggled, the board voted to close it in May.'), frameOf('The plant struggled for years.')];
    assert.strictEqual(backgroundSides([stem('plant'), stem('struggled')], one, other), 1);
    assert.strictEqual(backgroundSides([stem('plant'), stem('board')], one, other), 0, 'the board is in the main clause');
    assert.strictEqual(backgroundSides([], one, other), 0, 'nothing shared, nothing in the background');
  });
});

describe('claim frames: the head (claims-head-auxiliaries, claims-head-adverbs)', () => {
  it('reads the head after an auxiliary, adverbs skipped, or as a past form no determiner opens', () => {
    assert.strictEqual(frameOf('The council has now closed the library.').head, contentWordList('closed')[0].family);
    assert.strictEqual(frameOf('The closed library reopened in June.').head, contentWordList('reopened')[0].family, '"the closed library" is no head');
    assert.strictEqual(frameOf('Rain on the coast.').head, undefined);
  });

  it('agrees heads by word family, and tells two acts apart', () => {
    const closed = frameOf('The board has closed the Brenlow plant.');
    assert.ok(headsAgree(closed, frameOf('The closure of the plant was confirmed on Friday.')) >= 1, 'a verb and its noun');
    assert.strictEqual(headsDiffer(closed, frameOf('The board has sold the Brenlow plant.')), 1);
  });
});

describe('claim frames: a quotation\'s frame', () => {
  it('is a speech verb outside quotation marks with a quotation or a colon', () => {
    assert.ok(frameOf('Ms Quarry said: "We will fight this."').quotationFrame);
    assert.ok(frameOf('"We will fight this," Ms Quarry told reporters.').quotationFrame);
    assert.ok(!frameOf('The board closed the plant.').quotationFrame);
    assert.ok(!frameOf('Ms Quarry said the board would appeal.').quotationFrame, 'reported speech, no quotation');
  });
});
