// Round 17 named-speaker shapes: a document credited to whoever issued it ("according to a report by X", "an email
// sent out by X warned:", "X released a video that said"), and a quotation paragraph after narration whose last
// sentence reports a named person's words ("X argued in a letter that …") even when that narration names others; a
// title-case quotation in a headline that opens with a speaker label ("Sandal: Ferry Timetable ‘Never Costed’ By
// Board") is that speaker's words, not a work's name.
import * as assert from 'assert';
import { findQuotes } from '../../../src/core/quotes/findQuotes';
import { checkSpeakers, type Row } from './speakerRows';

describe('speakers (round 17): documents and the narration before a quotation paragraph', () => {
  const rows: Row[] = [
    // A document and its issuer after "by"/"from", a participle of issuing allowed between.
    ['Tom Wrede advises the harbour board.\n\n“No charge is justified on what the board holds,” according to a memo signed by Wrede in the spring.', 'No charge is', 'Tom Wrede'],
    ['The Marwick Trust keeps the books.\n\n“Rents rose faster than wages in every ward,” according to a survey by the Marwick Trust.', 'Rents rose faster', 'Marwick Trust'],
    ['Councillor Dana Kelso chairs the ferry group.\n\nA newsletter posted by Kelso on Friday morning warned of the cost ahead: “Without the subsidy the crossing closes in May.”', 'Without the subsidy', 'Dana Kelso'],
    ['Councillor Dana Kelso backs the new crossing.\n\nOn Friday Kelso published a short video that said, “Every family on the island deserves a boat that runs on time.”', 'Every family on', 'Dana Kelso'],
    // Not a document sent to someone, nor one the subject only read.
    ['Councillor Dana Kelso chairs the ferry group.\n\n“Without the subsidy the crossing closes in May,” according to a newsletter posted to Kelso before the vote.', 'Without the subsidy', null],
    ['Councillor Dana Kelso backs the new crossing.\n\nOn Friday Kelso read out a short video script that said, “Every family on the island deserves a boat that runs on time.”', 'Every family on', null],
    // Narration whose last sentence reports a named person's words, though it names another, before a bare quotation paragraph.
    ['Ivo Sandal sits on the ferry board with Orla Brandt.\n\nSandal wrote in a letter to the Marwick Herald that members who voted with Brandt had been misled.\n\n“The timetable was never costed, and the board was told it had been.”', 'The timetable was', 'Ivo Sandal'],
    // Not when the last sentence reports nobody's words (two people named: either could speak).
    ['Ivo Sandal sits on the ferry board with Orla Brandt.\n\nSandal had lunch with Brandt at the harbour on Monday.\n\n“The timetable was never costed, and the board was told it had been.”', 'The timetable was', null],
    // A headline that opens with a speaker label: its title-case quotation is the speaker's.
    ['Sandal: Ferry Timetable ‘Never Costed, Never Checked’ By Board\n\nIvo Sandal told members on Monday that the figures were wrong.', 'Never Costed', 'Ivo Sandal'],
    ['Orla Brandt: New Boats Will Be ‘Ready By The Summer’\n\nOrla Brandt said the yard had promised delivery in June.', 'Ready By', 'Orla Brandt'],
  ];
  checkSpeakers(rows);

  it('keeps a title-case quotation a title outside a labelled headline', () => {
    const body = 'Ivo Sandal told members on Monday that the figures were wrong.\n\nThe report on the board’s ‘Timetable For The Islands’ came out on Monday.';
    assert.deepStrictEqual(findQuotes(body).map(span => span.kind), ['title']);
    const headline = 'Sandal: Ferry Timetable ‘Never Costed, Never Checked’ By Board\n\nThe report on the board’s ‘Timetable For The Islands’ came out.';
    assert.deepStrictEqual(findQuotes(headline).map(span => span.kind), ['speech', 'title']);
  });
});
