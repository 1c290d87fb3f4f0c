// The speaker-cues table: which rule credited a quotation is recorded at the quotation's document span
// (for `analyze --explain`), only while an explained analysis runs, and the table changes no speaker.
import * as assert from 'assert';
import { analyzeText } from '../../../src/core/analyze';
import { withTrail } from '../../../src/core/rules/trail';

const ARTICLE = [
  'Lena Okafor chairs the harbour board. Tomas Brandel runs the ferry company.',
  '',
  '"The new quay will be finished before the summer season starts," Okafor said on Tuesday.',
  '',
  'According to Brandel, "the ferries cannot wait another year for a berth that works."',
  '',
  'The plan was described as "a waste of everyone\'s money and patience" at the meeting.',
].join('\n');

function speakerCueRecords(text: string): { rule: string; start: number; end: number; outcome?: string }[] {
  const { decisions } = withTrail(() => analyzeText(text));
  return decisions.filter(decision => decision.table === 'speaker-cues').map(({ rule, start, end, outcome }) => ({ rule, start, end, outcome }));
}

describe('speaker cues as a rule table', () => {
  it('records the rule that found each quotation\'s own cue at the quotation\'s document span', () => {
    const quotes = analyzeText(ARTICLE).quotes;
    const records = speakerCueRecords(ARTICLE);
    const byStart = new Map(records.map(record => [record.start, record]));
    const quay = quotes.find(quote => quote.text.startsWith('The new quay'));
    const ferries = quotes.find(quote => quote.text.startsWith('the ferries'));
    assert.ok(quay && ferries, 'both attributed quotations are found');
    assert.deepStrictEqual(byStart.get(quay.start), { rule: 'cue-after', start: quay.start, end: quay.end, outcome: 'cue' });
    assert.deepStrictEqual(byStart.get(ferries.start), { rule: 'according-to-source', start: ferries.start, end: ferries.end, outcome: 'cue' });
    // The passive cue names no one: its rule is recorded, with no speaker.
    const waste = ARTICLE.indexOf('a waste');
    assert.strictEqual(byStart.get(waste)?.rule, 'cue-before');
    assert.strictEqual(byStart.get(waste)?.outcome, 'no speaker');
  });

  it('records nothing outside an explained analysis, and explaining changes no speaker', () => {
    const plain = analyzeText(ARTICLE);
    const { result, decisions } = withTrail(() => analyzeText(ARTICLE));
    const withoutWhy = result.quotes.map(quote => Object.fromEntries(Object.entries(quote).filter(([key]) => key !== 'why')));
    assert.deepStrictEqual(withoutWhy, plain.quotes);
    assert.ok(decisions.some(decision => decision.table === 'speaker-cues'));
    assert.ok(plain.quotes.every(quote => !('why' in quote)));
  });
});

describe('a description of a person with any verb (description-verb)', () => {
  const speakerOf = (text: string, opening: string): string | null | undefined => {
    const result = analyzeText(text);
    const quote = result.quotes.find(q => q.text.startsWith(opening));
    return quote ? (quote.speakerId ? result.entities.find(entity => entity.id === quote.speakerId)?.name ?? null : null) : undefined;
  };

  it('credits the person the description refers back to', () => {
    const text = 'Former minister Elna Vosk toured the port on Monday.\n\nBack on the quay, the former minister talked about the “need for new ships before the winter storms come” and her plan.';
    assert.strictEqual(speakerOf(text, 'need for new ships'), 'Elna Vosk');
  });

  it('credits no one when the description names nobody the article introduced, or the subject is no person', () => {
    assert.strictEqual(speakerOf('Back on the quay, the former minister talked about the “need for new ships before the winter storms come” and her plan.', 'need for new ships') ?? null, null);
    const ships = 'Former minister Elna Vosk toured the port on Monday.\n\nBack on the quay, the ships carried the “last of the winter grain to the southern towns before the ice.”';
    assert.strictEqual(speakerOf(ships, 'last of the winter grain') ?? null, null);
  });
});
