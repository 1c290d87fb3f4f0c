// Quotations whose cue names the speaker by a pronoun: the whole engine (analyzeText) on invented
// sentences in several outlets' styles. Each row: the text, the start of one quotation, and the canonical
// name of the entity it is credited to (null: no speaker).
import * as assert from 'assert';
import { checkSpeakers, type Row } from './speakerRows';
import { attributeQuotes } from '../../../src/core/quotes/attributeQuotes';
import { findQuotes } from '../../../src/core/quotes/findQuotes';
import { buildEntities, slug, type EntitySpec } from './entityBuilder';

const check = (rows: readonly Row[]): void => checkSpeakers(rows, 110);

describe('pronoun speakers (whole engine)', () => {
  describe('a name after "he" or "she" in its clause is a complement, not the next antecedent', () => {
    check([
      ['Lena Hartwig has stayed neutral in this contest. She has picked sides before, though - she campaigned hard for 2016 party nominee Brock Tallow.\n\n“I knocked on doors every weekend,” she said.', 'I knocked on doors', 'Lena Hartwig'],
      ['Marek Olsen spoke to the radio station on Sunday. Asked who should lead the party, he named Tobias Lund.\n\n“I would say Tobias for now,” he said.', 'I would say', 'Marek Olsen'],
      // … and so is one after an interjected "she said": the pronoun credited with the sentence is its subject.
      ['Ms Brix Elland said the vote had been hard on her friend. What upset her most, she said, was the night a caller asked Ms Orla Brandt why she had run at all.\n\n“I was furious,” she said.', 'I was furious', 'Brix Elland'],
    ]);
  });

  describe('a name after a preposition and its title is a complement', () => {
    check([
      // … except the topic a sentence turns to: "As for X, he said …".
      ['Ronan Fitch called the contest a disaster. As for Ulrik Sand, he said he was not worried.\n\n“I think I will have the votes,” he said.', 'I think I will', 'Ulrik Sand'],
      ['Ronan Fitch spoke in the square on Monday. The crowd also cheered for former party chairman Ulrik Sand.\n\n“We will hold this seat,” he said.', 'We will hold', 'Ronan Fitch'],
      // "of" inside a title ("Chief of Staff") is no preposition before the name.
      ['Sorrel Quade spoke first. That, party Chief of Staff Ilse Varga explained, was by design.\n\n“Nobody had warned us,” she said.', 'Nobody had warned', 'Ilse Varga'],
    ]);
  });

  describe('gender: the article\'s own words tell who "he" and "she" can be', () => {
    check([
      ['Dorn Pelley met voters on Monday. Ashby Corr, a spokesman for the mayor, declined to comment.\n\n“We never got the letter,” she said.', 'We never got', 'Dorn Pelley'],
      // A woman named after a subject of unknown gender: "she" is the woman …
      ['Sen. Keld Pask said the inquiry had found gaps. Pask asked inspector Maria Dunmore how many plants her office had visited.\n\n“Fewer than I would like,” she said.', 'Fewer than I', 'Maria Dunmore'],
      // … not once the narration went on calling the subject "she" before naming the woman: that "she" told the
      // subject's gender, and the woman is only talked about.
      ['Tarrow councillor Brix Elland took a softer line. She wanted the harbour grant handed to Ms Orla Brandt’s shelter, not to the road fund.\n\n“We can still fix this,” she said.', 'We can still fix', 'Brix Elland'],
      ['Brix Elland runs the shelter on Quay Street. She told the board on Monday that a caller had asked Ms Orla Brandt to close it.\n\n“I was furious,” she said.', 'I was furious', 'Brix Elland'],
      // … but "he" stays with the subject: most people quoted are men, so an unknown subject may well be one.
      ['Keld Pask said the inquiry had found gaps. Pask asked inspector Robert Dunmore how many plants his office had visited.\n\n“Fewer than we would like,” he said.', 'Fewer than we', 'Keld Pask'],
      ['Kestrel Vane said she would not run again. Her rival, Ashby Corr, said he would.\n\n“The seat needs fresh blood,” she said.', 'The seat needs', 'Kestrel Vane'],
      // "X said he": the article's pronoun outweighs a first name the lexicon files as a woman's (a man's name in another language).
      ['The hall was full on Friday - Nicola Ferrante said he had never seen so many people at a vote. Dorn Pelley, a teacher, said he had come early. Ferrante said the count would end late.\n\n“We will wait as long as it takes,” he said.', 'We will wait', 'Nicola Ferrante'],
      // A woman named only as a side ("a Y supporter") is no antecedent for "she" after a subject of unknown gender.
      ['Sorrel Quade, a Mary Lind supporter and head of a think tank, asked Tomas Brandel whether he would run.\n\n“We want to hear it from him,” she said.', 'We want to hear', 'Sorrel Quade'],
      // … but not the pronoun after a verb whose subject is the person before: "a voter who backs X, said he".
      ['Greta Lund, an aide who backs Nicola Ferrante, said he was wrong. Ferrante left early.\n\n“We will wait as long as it takes,” she said.', 'We will wait', 'Nicola Ferrante'],
    ]);
  });

  describe('a person of the pronoun\'s gender named after a subject of the other gender is nearer than an older subject', () => {
    check([
      // The latest subject is a man; the woman named after him as a complement is who "she" continues, not a woman named paragraphs before.
      ['Ms. Orla Brandt opened the session in Marwick.\n\nOn Tuesday, Mr. Idris Penhale answered a letter from Mrs. Dana Kelso, asking that the depot stay open. “We cannot lose another forty jobs,” she wrote.', 'We cannot lose', 'Dana Kelso'],
      ['Tom Wrede spoke for the union on Monday.\n\nThe vote was called by Ms. Orla Brandt for Mr. Ivo Sandal, a carpenter from Tarrow who chairs the branch. “Nobody here wants a strike,” he said.', 'Nobody here wants', 'Ivo Sandal'],
      // Not when the narration went on calling the older subject "he" before the woman became a subject.
      ['Tom Wrede spoke for the union on Monday.\n\nThough the vote was close, he said, Ms. Orla Brandt would keep her seat for Mr. Ivo Sandal. That, he argued, was fair. “Nobody here wants a strike,” he said.', 'Nobody here wants', 'Tom Wrede'],
      // Nor when the latest subject is of the pronoun's gender: then it is the antecedent.
      ['Ms. Orla Brandt opened the session.\n\nOn Tuesday, Mr. Idris Penhale answered a letter from Mr. Tom Wrede. “We cannot lose another forty jobs,” he wrote.', 'We cannot lose', 'Idris Penhale'],
    ]);
  });

  describe('a person of unknown gender that "he" or "she" credited is known by that pronoun afterwards', () => {
    check([
      // "she" credited Quade (no honorific, no first name the lexicon knows), so the later "he" is not Quade's.
      ['Sorrel Quade waved at the gate.\n\n“We are staying put,” she said.\n\nTwo days later I sat down with Ivo Sandal at the depot. He looked tired.\n\n“There is a long road ahead,” he told me.', 'There is a long road', 'Ivo Sandal'],
      ['Sorrel Quade waved at the gate.\n\n“We are staying put,” he said.\n\nTwo days later I sat down with Ivo Sandal at the depot. He looked tired.\n\n“There is a long road ahead,” he told me.', 'There is a long road', 'Sorrel Quade'],
    ]);
  });

  describe('a sentence that opens with "he" or "she" keeps that subject over its later clauses', () => {
    check([
      ['Tom Wrede runs a bakery in Marwick. He opened it in May, sells rye to the school, and counts himself an Ivo Sandal voter.\n\n“Bread is cheaper than it was,” he said.', 'Bread is cheaper', 'Tom Wrede'],
      // After a dash the clause has a subject of its own.
      ['Orla Brandt met the board. She said the plan was fine — something Dana Kelso could not accept.\n\n“The figures do not add up,” the treasurer said.', 'The figures do not', 'Dana Kelso'],
    ]);
  });

  describe('"he" or "she" with any verb, ending in the colon that introduces the quotation', () => {
    check([
      ['Mirela Voss spoke to the council on Monday. “We have waited long enough,” Voss said.\n\nShe went on: “The bridge will open in the spring, as we promised the town.”', 'The bridge will', 'Mirela Voss'],
      ['Dana Kelso chaired the hearing. When the session resumed, she turned to the report again: “Nobody in this room has read the annex.”', 'Nobody in this', 'Dana Kelso'],
      // A paragraph that ends so introduces the quotation of the next paragraph.
      ['“Join me in backing the plan,” Ivo Sandal wrote to members.\n\nHe then listed the terms he would accept:\n\n“A fair price, a full audit and no job losses.”', 'A fair price', 'Ivo Sandal'],
      // A passive: the words are the questioner's.
      ['Tobin Marr took questions. He was asked: “Will you sign the bill before the summer?”', 'Will you sign', null],
    ]);
  });

  describe('"he" or "she" with any active verb before the quotation', () => {
    check([
      ['Ivo Sandal spoke first.\n\nHe then hinted that the council should be “held to account for every lost job in the valley.”', 'held to account', 'Ivo Sandal'],
      ['Mirela Voss ran the port for a decade. Years ago, she backed the new pier and said, “The town will thank us for this one day.”', 'The town will', 'Mirela Voss'],
      ['Dana Kelso chaired the hearing. She also wants “a full inquiry into how the money was spent.”', 'a full inquiry', 'Dana Kelso'],
      // A form of "be" makes no speaker; nor does a clause whose semicolon opens another subject.
      ['Tobin Marr took questions. He was asked whether the council should be “held to account for every lost job in the valley.”', 'held to account', null],
      ['When Ivo Sandal was at college in Marwick, he studied under Nils Varga; the old man’s motto was, “Never print what you cannot prove twice.”', 'Never print', null],
    ]);
  });

  describe('reporting verbs of elaboration and answer; a question put to the answerer is not theirs', () => {
    check([
      ['“We lost the vote,” Ivo Sandal said. Dana Kelso, his deputy, stood beside him.\n\n“The way I see it,” she elaborated, “nobody lost anything tonight.”', 'The way I see', 'Dana Kelso'],
      ['“We lost the vote,” Ivo Sandal said. Dana Kelso, his deputy, stood beside him.\n\n“Turnout was low because the rain never stopped,” she surmised.', 'Turnout was low', 'Dana Kelso'],
      ['Tobin Marr spoke on the morning show. Marr was asked, “If you had known about the deal, would you have stopped it?” He answered, “I have no idea, and friends get caught up in these things.”', 'I have no idea', 'Tobin Marr'],
      ['Tobin Marr spoke on the morning show. Marr was asked, “If you had known about the deal, would you have stopped it?” He replied, “I have no idea, and friends get caught up in these things.”', 'If you had known', null],
    ]);
  });

  describe('"X spokesman Y": the titled person, not the name before the title, is the subject', () => {
    check([
      ['Senator Ulrik Brand has promised action. Brand spokesman Tobin Marr would not say when the Senate will vote on the bill.\n\n“I have no announcements yet,” he said.', 'I have no announcements', 'Tobin Marr'],
      ['Senator Ulrik Brand has promised action. Brand’s campaign manager Tobin Marr would not say when the Senate will vote.\n\n“I have no announcements yet,” he said.', 'I have no announcements', 'Tobin Marr'],
      // Any job noun, not only a post's title: "X consultant Y".
      ['Tomas Kelso won the vote on Monday. “This was the best night this valley has had in years,” he said.\n\nKelso consultant Ivo Sandal, the most senior pollster in the county, took the same line that week. “Voters are beginning to see that they share a lot,” he said.', 'Voters are beginning', 'Ivo Sandal'],
      // … but "X and scholar Y" names two people, and the sentence stays with X.
      ['Governor Tomas Kelso signed the order on Friday after speaking with Attorney General Piet Brandel and scholar Ivo Sandal, who each told him the order was lawful. “I will sign it again if I must,” he said.', 'I will sign it', 'Tomas Kelso'],
    ]);
  });

  describe('who is the speaker of a sentence with two names and a reporting verb', () => {
    check([
      // "X said Y continued to …": "continued" only begins Y's verb; X is the one who spoke.
      ['Ronan Fitch, the party chairman, said Ulrik Sand continued to hurt the campaign by attacking the mayor.\n\n“It does not help us,” he said.', 'It does not help', 'Ronan Fitch'],
      // "X, field director for Y, said …": the verb is X's, not Y's.
      ['Tobin Marr, field director for Ulrik Sand, said the campaign had opened its tenth office since Sand won the first vote.\n\n“We are in good shape,” he said.', 'We are in good', 'Tobin Marr'],
      // "… , said Y": the inverted speaker, not the name that opened the sentence, is whom "he" continues.
      ['Ulrik Sand leads the race, and Mr. Sand has the most money. The Sand approach is paid for by its donors, said Dorn Pelley, a pollster. Others are “having to do more with less,” he said.', 'having to do more', 'Dorn Pelley'],
      ['Ulrik Sand leads the race, and Mr. Sand has the most money. Mr. Sand’s rivals are broke, said spokesman Dorn Pelley on Monday. Others are “having to do more with less,” he said.', 'having to do more', 'Dorn Pelley'],
    ]);
  });

  describe('round 20: a sentence that opens with a name and the next that opens with "She" tell the name\'s gender', () => {
    check([
      // A woman whose first name the lexicon files as a man's: "Quillan kept out of the row. She told …" tells her gender.
      ['Robert Quillan chairs the harbour board.\n\nQuillan kept out of the row for a week. She told the board on Monday that the grant should go to a clinic run by Ms. Dana Kelso.\n\n“We can wait a year for the road,” she said.', 'We can wait', 'Robert Quillan'],
      // Not when the first sentence names someone else: the pronoun may be theirs.
      ['Robert Quillan chairs the harbour board.\n\nQuillan met Ms. Dana Kelso on Monday. She said the clinic could wait.\n\n“We can wait a year,” she said.', 'We can wait', 'Dana Kelso'],
      // Nor after a quotation earlier in the paragraph: a short sentence about someone else is a pause in the speaker's turn.
      ['Robert Quillan chairs the harbour board.\n\n“We will not sell the quay,” Ms. Dana Kelso said. Quillan nodded. She added: “We can wait a year for the road.”', 'We can wait', 'Dana Kelso'],
      // Nor after a possessive: "Quillan’s wife … She" is the wife.
      ['Robert Quillan chairs the harbour board. Ms. Dana Kelso runs the clinic.\n\nQuillan’s sister took a calmer line. She said the clinic could wait.\n\n“We can wait a year,” she said.', 'We can wait', 'Dana Kelso'],
    ]);
  });

  describe('round 20: "For X, …" opening a sentence makes X its topic', () => {
    check([
      ['Mary Brandt runs the depot on Quay Street.\n\nFor Ilse Varga, a nurse from Tarrow, the night shift is a way to pay for school.\n\n“I sleep when I can,” she said.', 'I sleep when', 'Ilse Varga'],
      // "For" inside the sentence is a complement, and "For years" names no one.
      ['Mary Brandt runs the depot on Quay Street.\n\nThe night shift was a win for Ilse Varga, a nurse from Tarrow.\n\n“I sleep when I can,” she said.', 'I sleep when', 'Mary Brandt'],
    ]);
  });

  describe('round 20: "he"/"she" with a progressive is an active subject', () => {
    check([
      ['Mary Brandt chairs the trust. She was touring the new ward on Friday and conceded “a few small errors” in its accounts.', 'a few small errors', 'Mary Brandt'],
      // A passive still makes no speaker.
      ['Mary Brandt chairs the trust. She was asked about “a few small errors” in its accounts.', 'a few small errors', null],
    ]);
  });

  describe('round 20: the agent of a passive credited with words by "who said" is whom a later pronoun continues', () => {
    check([
      ['Mary Brandt spoke on Monday.\n\nBrandt’s plan was backed on Friday by Sen. Ilse Varga of Tarrow, the ranking member of the budget panel, who said the sums were sound.\n\n“Nobody has shown me a better plan,” she said.', 'Nobody has shown', 'Ilse Varga'],
      // An agent who only acts is not credited: the subject stands.
      ['Mary Brandt spoke on Monday.\n\nBrandt’s plan was backed on Friday by Sen. Ilse Varga of Tarrow, who chairs the budget panel.\n\n“Nobody has shown me a better plan,” she said.', 'Nobody has shown', 'Mary Brandt'],
    ]);
  });

  describe('a quotation that ends its sentence ends it for the subject reader too', () => {
    check([
      ['The party cut Ivo Sandal off from the voter files. Sandal called the move “arbitrary.” Tobin Marr, a party tech operative, warned on Saturday that the move could damage trust in the committee. “The stakes are higher than one fight between two candidates,” he wrote in a blog post.', 'The stakes are', 'Tobin Marr'],
    ]);
  });
});

describe('pronoun speakers after a surname the recogniser took for an organisation', () => {
  const text = 'Network president Arlo Vetch spoke at a forum. His uncle, Cyril Marsh, founded the network.\n\n'
    + '“We do not pay anyone to appear,” Vetch says.\n\n“There have been people who asked about the coverage,” he adds.';
  const speakerOfAdds = (specs: readonly EntitySpec[]): string | null | undefined =>
    attributeQuotes(text, findQuotes(text), buildEntities(text, specs)).find(quote => quote.text.includes('There have been'))?.speakerId;

  it('"he adds" after "X says" goes to the one person with surname X', () => {
    assert.strictEqual(speakerOfAdds([{ names: ['Arlo Vetch'] }, { names: ['Vetch'], kind: 'org' }, { names: ['Cyril Marsh'] }]), slug('Arlo Vetch'));
  });

  it('not when two people share the surname (then the subject before stands)', () => {
    assert.strictEqual(speakerOfAdds([{ names: ['Arlo Vetch'] }, { names: ['Vetch'], kind: 'org' }, { names: ['Cyril Marsh', 'Cyril Vetch'] }]), slug('Cyril Marsh'));
  });
});
