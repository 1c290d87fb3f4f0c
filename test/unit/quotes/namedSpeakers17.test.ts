// Round 17 named-speaker shapes: a document credited to whoever issued it ("according to a report by X", "an email
// sent out by X warned:", "X released a video that said"), and a quotation paragraph after narration whose last
// sentence reports a named person's words ("X argued in a letter that …") even when that narration names others; a
// title-case quotation in a headline that opens with a speaker label ("Kelso: Plan Appeals to ‘Worst Instincts Of The
// Town’") is that speaker's words, not a work's name.
import * as assert from 'assert';
import { findQuotes } from '../../../src/core/quotes/findQuotes';
import { checkSpeakers, type Row } from './speakerRows';

describe('speakers (round 17): documents and the narration before a quotation paragraph', () => {
  const rows: Row[] = [
    // A document and its issuer after "by"/"from", a participle of issuing allowed between.
    ['Tom Wrede is the county attorney.\n\n“The evidence does not support a charge on any count,” according to a court document filed by county attorney Tom Wrede.', 'The evidence does', 'Tom Wrede'],
    ['The Marwick Trust keeps the books.\n\n“The bridge fund is empty and the council must say so,” according to a report by the Marwick Trust.', 'The bridge fund', 'Marwick Trust'],
    ['Councillor Dana Kelso won the ward.\n\nA campaign email sent out by Kelso on Tuesday night warned of the fight ahead: “There are three votes next month, and the other side will spend whatever it takes.”', 'There are three', 'Dana Kelso'],
    ['Councillor Dana Kelso sold the plan.\n\nIn selling the plan, Kelso released a campaign video that said, “We are going to have the best bridge this county has ever seen.”', 'We are going', 'Dana Kelso'],
    // Not a document sent to someone, nor one the subject only read.
    ['Councillor Dana Kelso won the ward.\n\n“There are three votes next month, and the other side will spend whatever it takes,” according to a letter sent to Kelso on Tuesday.', 'There are three', null],
    ['Councillor Dana Kelso sold the plan.\n\nIn selling the plan, Kelso read a campaign video script that said, “We are going to have the best bridge this county has ever seen.”', 'We are going', null],
    // Narration whose last sentence reports a named person's words, though it names another, before a bare quotation paragraph.
    ['Councillor Dana Kelso ran against Mayor Idris Penhale.\n\nKelso argued in a column for the Marwick Herald that the members who backed Penhale may now reconsider.\n\n“A defeat in the north ward would show how weak the mayor is, and the council would have to ask whether it can stand behind her.”', 'A defeat in', 'Dana Kelso'],
    // Not when the last sentence reports nobody's words (two people named: either could speak).
    ['Councillor Dana Kelso ran against Mayor Idris Penhale.\n\nKelso met Penhale at the Marwick Herald office on Monday.\n\n“A defeat in the north ward would show how weak the mayor is, and the council would have to ask whether it can stand behind her.”', 'A defeat in', null],
    // A headline that opens with a speaker label: its title-case quotation is the speaker's.
    ['Dana Kelso: Marwick Council Plan Appeals to ‘Worst Instincts Of The Town.’\n\nCouncillor Dana Kelso said on Tuesday that the plan was a mistake.', 'Worst Instincts', 'Dana Kelso'],
    ['Kelso: Mayor Penhale’s ‘Record Is In Question.’\n\nCouncillor Dana Kelso said on Tuesday that Mayor Idris Penhale had made mistakes.', 'Record Is', 'Dana Kelso'],
  ];
  checkSpeakers(rows);

  it('keeps a title-case quotation a title outside a labelled headline', () => {
    const body = 'Councillor Dana Kelso said on Tuesday that the plan was a mistake.\n\nThe report on Mayor Penhale’s ‘Record Of The Town’ came out on Monday.';
    assert.deepStrictEqual(findQuotes(body).map(span => span.kind), ['title']);
    const headline = 'Dana Kelso: Marwick Council Plan Appeals to ‘Worst Instincts Of The Town.’\n\nThe report on Mayor Penhale’s ‘Record Of The Town’ came out.';
    assert.deepStrictEqual(findQuotes(headline).map(span => span.kind), ['speech', 'title']);
  });
});
