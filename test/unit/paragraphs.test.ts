// The one paragraph model (src/core/paragraphs.ts) and its two views: the entity pass's segments and the
// quote pass's indexed paragraphs agree on ordinary copy and differ, on purpose, on hard-wrapped copy.
import * as assert from 'assert';
import { isTitleCaseText, segmentText, splitParagraphs } from '../../src/core/paragraphs';

function segmentTexts(text: string): string[] {
  return segmentText(text).map(segment => segment.text);
}

function paragraphTexts(text: string): string[] {
  return splitParagraphs(text).map(paragraph => text.slice(paragraph.start, paragraph.end));
}

/** Wire copy wrapped at about 70 columns; the first line of the first block happens to end a sentence. */
const WRAPPED_LINES = [
  'The board voted on Tuesday to extend the quay by forty metres.',
  'The ferry company had sought the extension for three years and more',
  'Lena Okafor, who chairs the board, said the work would start soon',
  'and would be finished before the summer season brings the visitors',
  'back to the town, she said in a statement published on the website',
  '',
  'The old quay needed repairs every winter, the board said in a note',
  'that was sent to every household in the town on Monday afternoon.',
];
const WRAPPED = WRAPPED_LINES.join('\n');

/** One paragraph per line, no blank lines: a long headline without closing punctuation, then the story. */
const ONE_LINE_EACH = [
  'Harbour board backs longer quay after three years of ferry complaints',
  'The harbour board of Porthaven voted on Tuesday to extend the quay.',
  'Lena Okafor, who chairs the board, said the work would start in spring.',
].join('\n');

describe('paragraph model: two views of one text', () => {
  it('both views keep each line of ordinary copy apart when lines end like sentences', () => {
    const text = 'First paragraph ends here.\nSecond paragraph ends here.\n\nThird one.';
    assert.deepStrictEqual(segmentTexts(text), ['First paragraph ends here.', 'Second paragraph ends here.', 'Third one.']);
    assert.deepStrictEqual(paragraphTexts(text), ['First paragraph ends here.', 'Second paragraph ends here.', 'Third one.']);
  });

  it('quote view: hard wrapping is judged for the whole document, so each blank-line block is one paragraph', () => {
    assert.deepStrictEqual(paragraphTexts(WRAPPED), [WRAPPED_LINES.slice(0, 5).join('\n'), WRAPPED_LINES.slice(6).join('\n')]);
  });

  it('entity view: judged line by line (the cache needs that), a line that ends a sentence ends its segment', () => {
    assert.deepStrictEqual(segmentTexts(WRAPPED), [WRAPPED_LINES[0], WRAPPED_LINES.slice(1, 5).join('\n'), WRAPPED_LINES.slice(6).join('\n')]);
  });

  it('entity view runs a long unpunctuated line into the next; the quote view keeps one-line-per-paragraph copy apart', () => {
    assert.strictEqual(segmentTexts(ONE_LINE_EACH).length, 2);
    assert.ok(segmentTexts(ONE_LINE_EACH)[0].startsWith('Harbour board backs longer quay after three years of ferry complaints\nThe harbour board'));
    assert.deepStrictEqual(paragraphTexts(ONE_LINE_EACH), ONE_LINE_EACH.split('\n'));
  });

  it('entity view: a long headline in Title Case does not run on into a capitalised next line', () => {
    const text = 'Harbour Board Votes To Keep Ferry Chief Despite Months Of Complaints\nDana Whitcombe told the board on Monday that the quay would open in May.';
    assert.deepStrictEqual(segmentTexts(text), text.split('\n'));
    // Sentence-case copy of the same length still runs on, and so does a Title Case line before a lower-case one.
    const prose = 'The harbour board voted to keep the ferry chief despite months of\nComplaints from the islands, which she said were being heard.';
    assert.strictEqual(segmentTexts(prose).length, 1);
    const wrappedTitle = 'Harbour Board Votes To Keep Ferry Chief Despite Months Of Complaints\nabout the timetable';
    assert.strictEqual(segmentTexts(wrappedTitle).length, 1);
  });

  it('isTitleCaseText: every word but a title\'s function words capitalised, at least four of them', () => {
    assert.ok(isTitleCaseText('Senator Wins Vote to Keep Her Post Despite Dissent in the Party'));
    assert.ok(!isTitleCaseText('The senator won the vote to keep her post despite dissent'));
    assert.ok(!isTitleCaseText('Mayor Dana Whitcombe'));
    assert.ok(!isTitleCaseText('Prime Minister Ana Ruiz met with Foreign Minister Ola Berg'));
  });
});
