// Round 15 speaker shapes from quotation conventions outside US double-quoted copy (test/fixtures/fresh25): the speaker
// named in the next sentence only, a source given by "according to" and then quoted with "she said", a body called by
// the head noun of its own name after it was named only after a preposition, a possessive speech noun with an
// adjective before the colon, a document's title set off after its noun, a headline's bare body noun and "it" after
// "according to" a body's noun.
import * as assert from 'assert';
import { analyzeText } from '../../../src/core/analyze';
import { findQuotes } from '../../../src/core/quotes/findQuotes';
import { checkSpeakers, type Row } from './speakerRows';

describe('speakers (round 15): quotation conventions', () => {
  const rows: Row[] = [
    // The speaker only in the next sentence, pointing back.
    ['The pier was gone.\n\n“We are not leaving.” That was the verdict of Ilsa Marrow, a mother of two whose house took in water.', 'We are not leaving', 'Ilsa Marrow'],
    ['“The pier will stand,” Tobin Vael said.\n\n“If the boats go south, they may not come back.” That warning came from Ilsa Marrow, who chairs the harbour trust.', 'If the boats', 'Ilsa Marrow'],
    // Not a sentence that names someone else's doing, nor one naming two people.
    ['The pier was gone.\n\n“We are not leaving.” That night the storm reached the house of Ilsa Marrow.', 'We are not leaving', null],
    ['The pier was gone.\n\n“We are not leaving.” That was the view of Tobin Vael and Ilsa Marrow, who run the trust.', 'We are not leaving', null],
    // "according to" makes its person the one a later "she" continues.
    ['“Some of them are in their nineties,” Dana Kelso said.\n\nCrews pulled eleven people from cars overnight, according to crew manager Lena Voss. “Most were in cars,” she said.', 'Most were in cars', 'Lena Voss'],
    ['“Some of them are in their nineties,” Ann Kelso said.\n\nCrews pulled eleven people from cars overnight, according to a report by Lena Voss. “Most were in cars,” she said.', 'Most were in cars', 'Ann Kelso'],
    // A body named only after a preposition, then called by its own head noun.
    ['The leader of Marwick Borough Council, Dev Okoro, said the walls had held.\n\nThe council said in a statement that the centres would stay open “for as long as they are needed”.', 'for as long as', 'Marwick Borough Council'],
    // Two bodies so called: neither.
    ['The leader of Marwick Borough Council met the leader of Tarrow District Council.\n\nThe council said in a statement that the centres would stay open “for as long as they are needed”.', 'for as long as', null],
    ['The chair of Harbour Broadcasting Network, Dana Kelso, spoke first.\n\nOn Tuesday the network said its crews had been "careful at every stage of the shoot".', 'careful at every', 'Harbour Broadcasting Network'],
    // Another body the subject since: the description may be that body's; not the one named after the preposition.
    ['The chair of Harbour Broadcasting Network, Dana Kelso, spoke first. Vell Radio pushed back on Monday.\n\nOn Tuesday the network said its crews had been "careful at every stage of the shoot".', 'careful at every', null],
    // A possessive speech noun, its link and one word before the colon.
    ['The paper asked Ilsa Marrow when the school would reopen. Her answer was short: ‘When it’s safe, and not a day before.’', 'When it’s safe', 'Ilsa Marrow'],
    // A headline's bare body noun ("union warns") before the body is named: the one body whose name ends in it.
    ['Ferry staff out again\n\n‘No more cuts,’ union warns as boats stay tied up\n\nBy Ada Kemp\n\nStaff of Tarrow Ferries walked out on Friday. The Harbour Staff Union said the strike would last a week.', 'No more cuts', 'Harbour Staff Union'],
    // Not when two bodies end in the noun, nor in the body of the article.
    ['Ferry staff out again\n\n‘No more cuts,’ union warns as boats stay tied up\n\nThe Harbour Staff Union and the Deck Officers Union said the strike would last a week.', 'No more cuts', null],
    ['Staff of Tarrow Ferries walked out on Friday, and the boats stayed tied up.\n\n‘No more cuts,’ union warns the owners every year.\n\nThe Harbour Staff Union said the strike would last a week.', 'No more cuts', null],
    // "According to the union" opening the sentence before: "it" continues the body the article called so.
    ['The Harbour Staff Union called the strike on Monday.\n\nAccording to the union, half of its members live on the island. ‘Who will run the boats?’ it asked in a leaflet.', 'Who will run', 'Harbour Staff Union'],
    // Not where no body was called so, nor after "according to" a person.
    ['The Harbour Staff Fund paid for the leaflets.\n\nAccording to the union, half of its members live on the island. ‘Who will run the boats?’ it asked in a leaflet.', 'Who will run', null],
    ['The Harbour Staff Union called the strike on Monday.\n\nAccording to Dana Kelso, half of its members live on the island. ‘Who will run the boats?’ it asked in a leaflet.', 'Who will run', null],
  ];
  checkSpeakers(rows);

  it('reads a title-case name after a document noun and a comma as a title, not speech', () => {
    const text = 'The firm’s own strategy document, ‘Kelso 2030: A Bolder Port’, does not mention jobs.';
    assert.deepStrictEqual(findQuotes(text).map(span => span.kind), ['title']);
    assert.deepStrictEqual(analyzeText(text).quotes, []);
  });
});
