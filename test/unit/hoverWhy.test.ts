// The hover card's "why" line: the rule that gave an entity its kind, found a role, chose a speaker, read
// from an explained analysis after the trip from the worker (headlines only, through the codec).
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { renderEntityCard, renderQuoteCard, type CardContext } from '../../src/core/hoverCard';
import type { DocumentAnalysis, Why } from '../../src/core/model';
import { withHeadlinesOnly } from '../../src/core/rules/explain';
import { withTrail } from '../../src/core/rules/trail';
import { packAnalysis, unpackAnalysis } from '../../src/worker/codec';

const TEXT = 'Finance Minister Dana Whitlock said the port would reopen. "It is safe," Whitlock told reporters. The KVR, a private company, declined to comment.';

/** As the worker sends it: explained, cut to headlines, packed, cloned across threads, unpacked. */
function explainedAsHostSeesIt(text: string): { analysis: DocumentAnalysis; transferred: number } {
  const explained = withHeadlinesOnly(withTrail(() => analyzeText(text)).result);
  const { packed, transfer } = packAnalysis(explained, text);
  const analysis = unpackAnalysis(structuredClone(packed, { transfer }), text);
  assert.deepStrictEqual(analysis, explained, 'the codec carries the explanation exactly');
  return { analysis, transferred: transfer.length };
}

function contextFor(analysis: DocumentAnalysis, offset: number): CardContext {
  return { analysis, text: { length: TEXT.length, slice: (start, end) => TEXT.slice(start, end) }, uri: 'file:///a.txt', offset };
}

const WHY_LINE = /^Why: (.*)$/m;

describe('hover card: why', () => {
  it('says which rule made the entity what it is', () => {
    const { analysis, transferred } = explainedAsHostSeesIt(TEXT);
    assert.strictEqual(transferred, analysis.entities.length + 1, 'spans still travel packed: one buffer per entity, one for the quotes');
    const whitlock = analysis.entities.find(entity => entity.name === 'Dana Whitlock')!;
    const kvr = analysis.entities.find(entity => entity.name === 'KVR')!;
    assert.strictEqual(WHY_LINE.exec(renderEntityCard(whitlock, contextFor(analysis, whitlock.mentions[0].start)))?.[1],
      'person — title before name (title\\-before\\-name)');
    assert.strictEqual(WHY_LINE.exec(renderEntityCard(kvr, contextFor(analysis, kvr.mentions[0].start)))?.[1],
      'organisation — organisation evidence (organisation\\-evidence)');
  });

  it('gives a role and a quote the first rule recorded for them, and shows nothing for an analysis not explained', () => {
    const plain = analyzeText(TEXT);
    const found: Why = { table: 'test-roles', rule: 'title-before-name', outcome: 'role', count: 1 };
    const chosen: Why = { table: 'test-speakers', rule: 'name-before-verb', outcome: 'speaker', count: 1 };
    const [whitlock] = plain.entities;
    const explained: DocumentAnalysis = {
      ...plain,
      entities: [{ ...whitlock, roles: whitlock.roles.map(role => ({ ...role, why: [found] })) }, ...plain.entities.slice(1)],
      quotes: plain.quotes.map(quote => ({ ...quote, why: [chosen] })),
    };
    const card = renderEntityCard(explained.entities[0], contextFor(explained, whitlock.mentions[0].start));
    assert.match(card, /^- \*Finance Minister\* — .* · why: title before name \(title\\-before\\-name\)$/m);
    assert.ok(!WHY_LINE.test(card), 'no kind line: the entity itself carries no explanation');
    const quoteCard = renderQuoteCard(explained.quotes[0], contextFor(explained, explained.quotes[0].start));
    assert.strictEqual(WHY_LINE.exec(quoteCard)?.[1], 'speaker — name before verb (name\\-before\\-verb)');
    assert.ok(!/why/i.test(renderEntityCard(whitlock, contextFor(plain, whitlock.mentions[0].start))));
    assert.ok(!/why/i.test(renderQuoteCard(plain.quotes[0], contextFor(plain, plain.quotes[0].start))));
  });
});
