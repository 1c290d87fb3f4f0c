// The shared shape of the whole-engine speaker tests: each row is an invented text, the start of one of its
// quotations, and the canonical name of the entity that quotation must be credited to (null: no named speaker).
import * as assert from 'assert';
import { analyzeText } from '../../../src/core/analyze';

export type Row = readonly [text: string, quoteStart: string, speaker: string | null];

/** The speaker's canonical name, null when unattributed, undefined when no quotation starts so. */
export function speakerOf(text: string, quoteStart: string): string | null | undefined {
  const analysis = analyzeText(text);
  const quote = analysis.quotes.find(q => q.text.startsWith(quoteStart));
  if (!quote) {
    return undefined;
  }
  return quote.speakerId === null ? null : analysis.entities.find(e => e.id === quote.speakerId)?.name;
}

/** One mocha test per row, named by the start of its text and the speaker it wants. */
export function checkSpeakers(rows: readonly Row[], titleLength = 100): void {
  for (const [text, quoteStart, want] of rows) {
    it(`${JSON.stringify(text).slice(0, titleLength)} → ${want ?? 'null'}`, () => {
      assert.strictEqual(speakerOf(text, quoteStart), want);
    });
  }
}
