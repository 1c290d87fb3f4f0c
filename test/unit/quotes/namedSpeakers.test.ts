// Quotations a named person said, in the cue shapes of several outlets' styles: a post between two names,
// a sentence closed by ", said X", a name and any verb after a broken-off quotation, a bracketed party
// before a stray comma, a bare weekday between subject and verb, "went on to say", a clause that
// introduces the quotation after an earlier clause's reporting verb, a colon after a prepositional
// object, a cue after the quotation over a bare passive before it, an inverted verb of any kind before a
// titled name, a rank abbreviation, and a single-quoted quotation nested in a passage between doubled
// apostrophes.
import * as assert from 'assert';
import { analyzeText } from '../../../src/core/analyze';
import { unglueClosingQuotes } from '../../../src/core/nlp/adapter';

/** The speaker's name of the quotation that starts with `opening`, or null. */
function speakerOf(text: string, opening: string): string | null {
  const { quotes, entities } = analyzeText(text);
  const quote = quotes.find(one => one.text.startsWith(opening));
  assert.ok(quote, `the quotation "${opening}" is found`);
  return quote.speakerId ? entities.find(entity => entity.id === quote.speakerId)?.name ?? null : null;
}

describe('named speakers', () => {
  it('takes the person after a post that another person\'s name qualifies, not that name', () => {
    const text = 'Orla Fenwick spoke to voters in Tarrow on Friday.\n\n"We have waited far too long for this bridge," said Fenwick campaign manager Dario Pell.';
    assert.strictEqual(speakerOf(text, 'We have waited'), 'Dario Pell');
    const adviser = 'Orla Fenwick spoke to voters in Tarrow on Friday.\n\n"We have waited far too long for this bridge," said former Fenwick adviser Dario Pell.';
    assert.strictEqual(speakerOf(adviser, 'We have waited'), 'Dario Pell');
  });

  it('takes the person after a relation noun that places them by another named person ("said Marrow constituent X")', () => {
    const text = 'Senator Ilse Marrow visited the ferry town last week.\n\n"She never answered my letters," said Marrow constituent Tobin Vasquez.';
    assert.strictEqual(speakerOf(text, 'She never answered'), 'Tobin Vasquez');
    const neighbour = 'Senator Ilse Marrow visited the ferry town last week.\n\n"She never answered my letters," said Marrow neighbour Tobin Vasquez.';
    assert.strictEqual(speakerOf(neighbour, 'She never answered'), 'Tobin Vasquez');
    const verb = 'Senator Ilse Marrow visited the ferry town last week.\n\n"The pier is falling apart," said Marrow, before Tobin Vasquez spoke.';
    assert.strictEqual(speakerOf(verb, 'The pier is falling'), 'Ilse Marrow');
  });

  it('takes a titled person after the comma closing a description ("said Marrow\'s introducer, actress X")', () => {
    const text = 'Senator Ilse Marrow spoke in Tarrow on Friday.\n\n"We will keep the pier open," said Marrow\'s introducer, actress Lena Okafor.';
    assert.strictEqual(speakerOf(text, 'We will keep'), 'Lena Okafor');
    const clause = 'Senator Ilse Marrow spoke in Tarrow on Friday.\n\n"We will keep the pier open," said Marrow\'s introducer, adding that Lena Okafor would sing.';
    assert.notStrictEqual(speakerOf(clause, 'We will keep'), 'Lena Okafor');
  });

  it('reads a clause opened by a lower-case "former" before a title and name as that name\'s ("Speaking later, former Mayor X agreed")', () => {
    const text = 'The harbour board met on Monday.\n\nSpeaking after the vote, former Marwick Mayor Ivo Sandal agreed, praising the plan as "one of the most careful budgets the town has ever seen."';
    assert.strictEqual(speakerOf(text, 'one of the most'), 'Ivo Sandal');
    const plain = 'The harbour board met on Monday.\n\nSpeaking after the vote, former members of the board agreed, praising the plan as "one of the most careful budgets the town has ever seen."';
    assert.strictEqual(speakerOf(plain, 'one of the most'), null);
  });

  it('reads the subject before "has since" with any verb ("X has since apologised: “…”")', () => {
    const text = 'The harbour board met on Monday.\n\nDana Kelso has since apologised for the late report: "I should have told the board about the second contract, and the fault is mine."';
    assert.strictEqual(speakerOf(text, 'I should have told'), 'Dana Kelso');
  });

  it('does not read a verb after a name as a post ("X attacked Y, saying")', () => {
    const text = 'Earlier, Tomas Brandel attacked Mara Jelnik for her support of the plan, saying, "She is reckless and far too eager to spend."';
    assert.strictEqual(speakerOf(text, 'She is reckless'), 'Tomas Brandel');
  });

  it('credits a quotation inside a sentence closed by ", said <name>"', () => {
    const text = 'The harbour plan “would hurt every family in the valley” in the long run, said Lakeside University professor Ana Brusco.';
    assert.strictEqual(speakerOf(text, 'would hurt'), 'Ana Brusco');
  });

  it('credits a broken-off quotation to the name and verb after it, whatever the verb', () => {
    assert.strictEqual(speakerOf('“We have waited far too long for this bridge,” Dario Pell fumed on Tuesday.', 'We have waited'), 'Dario Pell');
    assert.strictEqual(speakerOf('“Will you sign the bill before the summer recess?” Mara Jelnik pressed.', 'Will you sign'), 'Mara Jelnik');
  });

  it('prefers the subject of the clause the quotation sits in to a name after it', () => {
    const text = 'Ivo Sandal met Lena Marsh on Monday. While Sandal proclaims the plan a “triumph of patience and common sense,” Marsh fixates on its cost.';
    assert.strictEqual(speakerOf(text, 'triumph of patience'), 'Ivo Sandal');
  });

  it('reads a name before a bracketed party and a stray comma', () => {
    const text = 'Gov. Tomas Brandel (R-OH), said, “We will fight the closure of the hospital in every court.”';
    assert.strictEqual(speakerOf(text, 'We will fight'), 'Tomas Brandel');
  });

  it('steps over a bare weekday between the subject and the verb', () => {
    const text = 'Reince Priebel spoke to donors on Monday. Priebel later Thursday told Fox News: “Both men are meeting next week to talk about these things.”';
    assert.strictEqual(speakerOf(text, 'Both men'), 'Reince Priebel');
  });

  it('takes the subject of "went on to say"', () => {
    const text = 'Ana Bryne wrote a column for the Gazette. Bryne went on to say, “With all my heart, I believe the old library will open again.”';
    assert.strictEqual(speakerOf(text, 'With all my heart'), 'Ana Bryne');
  });

  it('lets the clause that introduces a quotation outrank a reporting verb of an earlier clause', () => {
    const colon = 'When Tomas Brandel suggested that the port would close, Mara Jelnik fired back forcefully: “If they close it, they will lose the town.”';
    assert.strictEqual(speakerOf(colon, 'If they close'), 'Mara Jelnik');
    const comma = 'When Dario Pell criticized Tomas Brandel during a debate, Mara Jelnik shot back, “I could have stayed home, but I chose to work.”';
    assert.strictEqual(speakerOf(comma, 'I could have'), 'Mara Jelnik');
  });

  it('takes the subject, not the object of a preposition, before an introducing colon', () => {
    const text = 'Tomas Brandel explained what was wrong with the plan to the weekly newspaper Harbour Courier: “It will cost more than it saves.”';
    assert.strictEqual(speakerOf(text, 'It will cost'), 'Tomas Brandel');
  });

  it('lets a cue after the quotation outrank a passive verb before it that names no one', () => {
    const text = 'Voters are told to list their picks in order, so the board is less likely to be "flooded with members who skipped every meeting," Tomas Brandel said.';
    assert.strictEqual(speakerOf(text, 'flooded'), 'Tomas Brandel');
  });

  it('reads an inverted verb of any kind before a capitalised phrase that ends in a person\'s name', () => {
    const text = 'Ola Brenn hosts a show. “Picture the mayor facing the whole council in one room,” mused Kestrel co-host Ola Brenn.';
    assert.strictEqual(speakerOf(text, 'Picture the mayor'), 'Ola Brenn');
  });

  it('steps over a rank abbreviation between a post and the name', () => {
    const text = 'Jeff Davies spoke on Monday. "We are already at war with them and we will stay the course," said Pentagon spokesman Capt. Jeff Davies.';
    assert.strictEqual(speakerOf(text, 'We are already'), 'Jeff Davies');
  });

  it('reads one capitalised word the recogniser missed after "said" as the person of that surname', () => {
    const text = 'Ben Carrow spoke to the convention on Monday. "That tide will lift all boats," said Carrow, who will address the convention again on Tuesday.';
    assert.strictEqual(speakerOf(text, 'That tide'), 'Ben Carrow');
  });

  it('lets a quotation after its predecessor\'s attribution sentence keep that speaker, not the sentence\'s last verb', () => {
    const text = 'Ron Liebl spoke for the company. Mayor Bill Dorran wants out of the deal.\n\n“They are not terminable at will,” Ron Liebl told the Harbour Courier in July, after Dorran stated an interest in ending the contracts. “These contracts are fully binding.”';
    assert.strictEqual(speakerOf(text, 'These contracts'), 'Ron Liebl');
  });

  it('credits a quotation nested in a doubled-apostrophe passage to the passage\'s speaker', () => {
    const after = 'Mr. Orlov spoke in Munich.\n\n\'\'We are told all the time, \'The valley is a special case,\'\'\' Mr. Orlov said. \'\'It is all lies.\'\'';
    assert.strictEqual(speakerOf(after, 'The valley'), 'Orlov');
    const before = '\'\'It gives an advantage to serious candidates,\'\' Mr. Gellner said. \'\'Because people will say, \'Hey, they know what they are talking about.\'.\'\'';
    assert.strictEqual(speakerOf(before, 'Hey, they know'), 'Gellner');
  });
  it('credits a surname the article gives alone when its reporting verb takes "she"/"he", but not a body after "the" nor a word opening a longer phrase', () => {
    assert.strictEqual(speakerOf('The council met on Monday.\n\nDuring the break, Brusquet confirmed she had voted against it and said, "The tunnel will never open."', 'The tunnel'), 'Brusquet');
    assert.strictEqual(speakerOf('Ana Brusco spoke to the council on Monday. The Ledger wrote, "The tunnel will never open in my lifetime, and everyone knows it."', 'The tunnel'), null);
    assert.strictEqual(speakerOf('"The tunnel will never open in my lifetime," said Tarrow resident Ana Brusco.', 'The tunnel'), 'Ana Brusco');
  });
  it('goes on with the speaker of narration over a run of bare quotation paragraphs, past a scare quote in the narration', () => {
    const text = [
      'Instead, Mara Jelnik told the radio station, her plan would merely be “to fix the roads” if she wins.',
      'What “fix the roads” actually means is left to the voters, since Jelnik gave few details on air.',
      '“Something must change, because the potholes cost every driver money.”',
      '“The contractors will have to work much harder than they have so far.”',
      '“Nobody is pushing them enough.”',
    ].join('\n\n');
    assert.strictEqual(speakerOf(text, 'Something must change'), 'Mara Jelnik');
    assert.strictEqual(speakerOf(text, 'The contractors will'), 'Mara Jelnik');
    assert.strictEqual(speakerOf(text, 'Nobody is pushing'), 'Mara Jelnik');
  });
  it('lets the speaker of "said that according to …" speak, not the source of a claim inside the words', () => {
    const text = 'Nils Varga, a member of the party\'s executive, said on Tuesday that according to its count, the party has won most seats, but "we are still counting every ballot."';
    assert.strictEqual(speakerOf(text, 'we are still'), 'Nils Varga');
    assert.strictEqual(speakerOf('According to Nils Varga, "we are still counting every ballot in the valley."', 'we are still'), 'Nils Varga');
  });

  it('credits a quotation to a person whose surname the article misspells once, one letter off', () => {
    const text = 'Dana Kiedrow spoke to reporters on Monday.\n\n"We will not sign the deal before spring," Keidrow said.\n\n'
      + 'Later, Tomas Brandelle and Mirela Vostrand met the board. Vostrnad went on to say, "The deal is off for good."';
    assert.strictEqual(speakerOf(text, 'We will not sign'), 'Dana Kiedrow');
    assert.strictEqual(speakerOf(text, 'The deal is off'), 'Mirela Vostrand');
  });

  it('joins a lone word one letter off two people\'s surnames, or off at an end, to neither', () => {
    const two = 'Dana Kiedrow and Ivo Kiedrow spoke to reporters.\n\n"We will not sign the deal before spring," Keidrow said.';
    // Neither namesake: the word stands for a speaker of its own (the lone quoted speaker), not a guess between them.
    assert.strictEqual(speakerOf(two, 'We will not sign'), 'Keidrow');
    const end = 'Mara Vellina spoke to reporters.\n\n"We will not sign the deal before spring," Vellin said.';
    assert.notStrictEqual(speakerOf(end, 'We will not sign'), 'Mara Vellina');
  });

  it('keeps a lone surname with the person it already stood for when a namesake is named in full later', () => {
    const text = 'Dana Kelso opened the session on Monday. Kelso said the deal was close.\n\n'
      + 'Kelso and her husband, the former mayor Ivo Kelso, attended the vote.\n\n'
      + '"We will not sign the deal before spring, whatever the board says," Kelso said.';
    assert.strictEqual(speakerOf(text, 'We will not sign'), 'Dana Kelso');
  });

  it('reads a name glued to the closing quotation mark before it (",”Kelso said")', () => {
    const full = 'The board met on Monday.\n\n"The deal is dead and everyone in this town knows it,"Mara Jelnik, who chairs the board, said in a statement.';
    assert.strictEqual(speakerOf(full, 'The deal is dead'), 'Mara Jelnik');
    const curly = 'The board met on Monday.\n\n“The deal is dead and everyone in this town knows it,”Mara Jelnik, who chairs the board, said.';
    assert.strictEqual(speakerOf(curly, 'The deal is dead'), 'Mara Jelnik');
  });

  it('leaves a straight mark that opens a quotation glued to its first word as it is', () => {
    assert.strictEqual(unglueClosingQuotes('Mara Jelnik said,"We will go." Then "we stay,"Dana Kelso said.'), 'Mara Jelnik said,"We will go." Then "we stay" Dana Kelso said.');
    assert.strictEqual(unglueClosingQuotes('“We stay,”Kelso said.'), '“We stay” Kelso said.');
    // Several glued marks in one paragraph: each is judged by the straight marks before it, opening and closing in turn.
    assert.strictEqual(
      unglueClosingQuotes('Vell said,"We go,"Kelso said,"and we stay,"Vell said,"Then we vote,"Ardia said.'),
      'Vell said,"We go" Kelso said,"and we stay" Vell said,"Then we vote" Ardia said.',
    );
  });

  it('credits a quotation to a lone surname the article names only as its speaker ("“…,” Ostrander said")', () => {
    const text = 'Turnout fell by a third compared with last year.\n\n"They took his plan and gave it to someone else," Ostrander said.';
    assert.strictEqual(speakerOf(text, 'They took his plan'), 'Ostrander');
  });

  it('leaves a lone unknown word that speaks in a statement, as a body does, to no person', () => {
    const text = 'The patrol returned on Monday.\n\n"He is conscious and his family has been told," Norcom said in a statement.';
    const { entities } = analyzeText(text);
    assert.ok(!entities.some(entity => entity.name === 'Norcom' && entity.kind === 'person'));
  });
});
