// Round 21: pronoun cues and the cues that stood in their way, on invented sentences (whole engine).
// Each row: the text, the start of one quotation, and the canonical name of its speaker (null: none).
import * as assert from 'assert';
import { analyzeText } from '../../../src/core/analyze';
import { checkSpeakers } from './speakerRows';

describe('pronoun speakers, round 21 (whole engine)', () => {
  describe('a cue before that names no one yields to a cue after that does (after-over-unnamed-before)', () => {
    checkSpeakers([
      ['Orla Brandt surprised her fans this week. After the story spread, the "Harbour Lights" singer posted a long note on her website about why nobody should be shocked: "Brothers, you will not vanish by sharing the family farm," she wrote.', 'Brothers, you will', 'Orla Brandt'],
      // Without a cue after, the description still credits no one.
      ['Orla Brandt surprised her fans this week. After the story spread, the "Harbour Lights" singer posted a long note on her website about why nobody should be shocked: "Brothers, you will not vanish by sharing the family farm."', 'Brothers, you will', null],
      // After a quotation closed by a full stop, the next sentence's cue credits nothing before it.
      ['Marwick accused the ferry board of "reckless spending on boats nobody needs." Harbour master Ivo Sandal said the fees would rise in May.', 'reckless spending', null],
      // A description the article can place keeps its quotation (the cue before still decides).
      ['Mayor Tom Wrede opened the pier on Monday with Dana Kelso. Later the mayor posted a note on the town website: "The pier will stay open all winter for the boats," he wrote.', 'The pier will stay', 'Tom Wrede'],
    ]);
  });

  describe('a named subject with a reporting verb over an inner clause\'s unplaced subject (reporting-subject-over-unnamed-before)', () => {
    checkSpeakers([
      ['Ferry worker Ivo Sandal replied to Tom Wrede, noting how strange the charge sounded from a rival who had once vowed new boats: "Your plan for the ferries is still on paper."', 'Your plan for', 'Ivo Sandal'],
      // Any other verb of the named subject does not make the quotation theirs.
      ['Ferry worker Ivo Sandal met a stranger at the quay, a rival who had once vowed new boats: "Your plan for the ferries is still on paper."', 'Your plan for', null],
    ]);
  });

  describe('a capitalised reporting verb after a quotation closed by a full stop opens a new sentence', () => {
    checkSpeakers([
      ['Dana Kelso spoke to the Marwick Ledger before the vote. "If she wins, she will keep the ferry running," she said. "If she loses, the crews will have to fight on without her, and nobody else will do it." Asked what that fight might look like, she said: "We will see, if and when it comes."', 'If she loses', 'Dana Kelso'],
      ['Dana Kelso spoke to the Marwick Ledger before the vote. "If she wins, she will keep the ferry running," she said. "If she loses, the crews will have to fight on without her, and nobody else will do it." Asked what that fight might look like, she said: "We will see, if and when it comes."', 'We will see', 'Dana Kelso'],
      // An inversion after a quotation that breaks off is still read: "…?” asked X".
      ['Tom Wrede chaired the hearing. "Who signed the ferry contract in the first place?" asked Idris Penhale.', 'Who signed', 'Idris Penhale'],
    ]);
  });

  describe('"he"/"she" and any verb after a quotation that breaks off (pronoun-verb-after)', () => {
    checkSpeakers([
      ['Tom Wrede was less sure about the plan. "Nobody has asked the crews what they want from the port," he shrugged.', 'Nobody has asked', 'Tom Wrede'],
      ['Dana Kelso met the crews at the quay on Monday. "Would anyone really sail in this weather with a cargo like that?" she laughed.', 'Would anyone', 'Dana Kelso'],
      // A capitalised pronoun after a full stop opens a sentence of its own.
      ['Tom Wrede was less sure about the plan. "Nobody has asked the crews what they want from the port." He left the hall early.', 'Nobody has asked', null],
    ]);
  });

  describe('two verbs sharing one subject: the first may be one that makes no speaker alone', () => {
    checkSpeakers([
      ['Idris Penhale lost the vote on the harbour fees and said the council had "ignored every fisherman in the valley for a decade."', 'ignored every', 'Idris Penhale'],
      ['Idris Penhale won the seat by nine votes and told the crowd the council had "ignored every fisherman in the valley for a decade."', 'ignored every', 'Idris Penhale'],
      // Alone, such a verb still makes no speech: "X lost “…”".
      ['Idris Penhale lost "the vote that every fisherman in the valley had waited a decade for" on Tuesday.', 'the vote that', null],
    ]);
  });

  describe('one who asks in a clause after the subject ("when Y asked whether …") is no second subject', () => {
    checkSpeakers([
      ['Idris Penhale sat down with the host of the Marwick morning show, Tom Wrede, on Sunday.\n\nPenhale also did not sound sure when Wrede asked whether his party would keep the harbour seats in May.\n\n"The one thing you can say about this year is that nobody can say anything about it," he said.', 'The one thing', 'Idris Penhale'],
      // One credited with words later in the sentence still is.
      ['Idris Penhale sat down with the host of the Marwick morning show, Tom Wrede, on Sunday.\n\nPenhale’s party will keep the harbour seats in May, Wrede said.\n\n"The one thing you can say about this year is that nobody can say anything about it," he said.', 'The one thing', 'Tom Wrede'],
    ]);
  });

  describe('a capitalised pronoun after an abbreviation\'s full stop opens the next sentence, not a name', () => {
    const names = (text: string): string[] => analyzeText(text).entities.map(entity => entity.name);
    it('"… in the U.K. She says …" names no "U.K. She"', () => {
      const found = names('The Vardo chain opened its first shop in the U.K. She says the staff in Marwick like the new hours.');
      assert.ok(!found.some(name => /\bShe\b/.test(name)), found.join(', '));
    });
    it('"… in the U.S. He told …" names no "U.S. He"', () => {
      const found = names('Tom Wrede sold his ferry firm and moved to the U.S. He told friends he would not come back to Marwick.');
      assert.ok(!found.some(name => /\bHe\b/.test(name)), found.join(', '));
      assert.ok(found.includes('Tom Wrede'), found.join(', '));
    });
  });
});
