// The web build's path to the hover card's "Why:" line: the sliced analyzer (services/slicedAnalyzer.ts, the
// web build's Analyzer) explains its analyses like the desktop worker, each slice inside a trail of its own,
// and keeps each entity's, role's and quote's headline rule.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { renderEntityCard, renderQuoteCard, type CardContext } from '../../src/core/hoverCard';
import { IncrementalAnalyzer, SLICE_CHARS } from '../../src/core/incremental';
import type { DocumentAnalysis } from '../../src/core/model';
import { withHeadlinesOnly } from '../../src/core/rules/explain';
import { withTrail } from '../../src/core/rules/trail';
import { withVscodeStub } from './support/vscodeStub';

const PARAGRAPH = 'Harbour Minister Ilsa Marrow said the port of Velden would reopen. "The storm took every pier we had," Marrow told reporters. '
  + 'The Velden Dock Company, a private firm, declined to comment. "We will rebuild them all before the winter," said Tobin Vael, its chief engineer.';

/** An article long enough to be analysed in several slices; its paragraphs differ by a number. */
function longArticle(): string {
  const paragraphs: string[] = [];
  for (let n = 1; paragraphs.join('\n\n').length < SLICE_CHARS * 3; n++) {
    paragraphs.push(`${PARAGRAPH} Crew ${n} stayed on.`);
  }
  return paragraphs.join('\n\n');
}

const explained = (text: string): DocumentAnalysis => withTrail(() => analyzeText(text)).result;

function contextFor(analysis: DocumentAnalysis, text: string, offset: number): CardContext {
  return { analysis, text: { length: text.length, slice: (start, end) => text.slice(start, end) }, uri: 'file:///a.txt', offset };
}

describe('web build: explained analyses for the hover card', () => {
  it('explains an analysis run in slices exactly as one run in a trail', async () => {
    const text = longArticle();
    const incremental = new IncrementalAnalyzer();
    let pauses = 0;
    const pause = () => { pauses++; return new Promise<void>(resolve => setImmediate(resolve)); };
    const first = await incremental.analyzeInSlices('a', text, {}, pause, { explain: true });
    assert.ok(pauses >= 2, `paused ${pauses} times`);
    assert.deepStrictEqual(first, explained(text));
    // Again from the paragraph cache, after an edit: still explained, still the same.
    const edited = text.replace('Crew 2 stayed', 'Crew 2 left');
    assert.deepStrictEqual(await incremental.analyzeInSlices('a', edited, {}, pause, { explain: true }), explained(edited));
    assert.deepStrictEqual(await incremental.analyzeInSlices('a', text, {}, pause), analyzeText(text), 'not asked: no why');
  });

  it('the sliced analyzer gives the hover card a "Why:" line for a name and a quotation', async () => {
    // The web build's analyzer; only its progress indicator needs `vscode`.
    const { SlicedAnalyzer } = await withVscodeStub(() => import('../../src/services/slicedAnalyzer'));
    const analyzer = new SlicedAnalyzer();
    const text = longArticle();
    const token = { isCancellationRequested: false, onCancellationRequested: () => ({ dispose: () => undefined }) };
    try {
      const analysis = await analyzer.analyze('file:///a.txt', text, {}, token as never);
      assert.deepStrictEqual(analysis, withHeadlinesOnly(explained(text)), 'the same headlines the desktop worker sends');
      const marrow = analysis.entities.find(entity => entity.name === 'Ilsa Marrow');
      assert.ok(marrow, 'the person is found');
      assert.match(renderEntityCard(marrow, contextFor(analysis, text, marrow.mentions[0].start)), /^Why: person — .+ \([a-z\\-]+\)$/m);
      const quote = analysis.quotes.find(found => found.speakerId === marrow.id);
      assert.ok(quote, 'a quotation credited to the person');
      assert.match(renderQuoteCard(quote, contextFor(analysis, text, quote.start)), /^Why: speaker — .+ \([a-z\\-]+\)$/m);
    } finally {
      analyzer.dispose();
    }
  });
});
