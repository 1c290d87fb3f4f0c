// Round 19 pronoun-speaker shapes: a relative clause set off by dashes ("X — who once said he would “…” —"), a time
// phrase "in the past" between a relative pronoun's auxiliary and its verb, a subject pronoun with its auxiliary run
// into it ("He’s claiming that …", "he’s said"), and a possessed speech noun whose clause holds the quotation ("his
// warning that … “…”", "her call for “…”").
import { checkSpeakers, type Row } from './speakerRows';

describe('speakers (round 19): pronoun shapes', () => {
  const rows: Row[] = [
    // A relative clause set off by dashes is about the name before the first dash, as one set off by commas is.
    ['Dana Kelso chaired the harbour meeting.\n\nIvo Sandal — who once said he would “sink the ship and the harbour with it” — stayed silent.', 'sink the ship', 'Ivo Sandal'],
    ['Dana Kelso chaired the harbour meeting.\n\nIvo Sandal - who previously said he would "sink the ship and the harbour with it" - stayed silent.', 'sink the ship', 'Ivo Sandal'],
    ['Dana Kelso chaired the harbour meeting.\n\nIvo Sandal, who previously said he would "sink the ship and the harbour with it", stayed silent.', 'sink the ship', 'Ivo Sandal'],
    // "in the past" between the auxiliary and the verb of the relative clause.
    ['Dana Kelso chaired the harbour meeting.\n\nTom Wrede, who has in the past described the plan as "a gift to the builders of Vardo", voted for it.', 'a gift to the builders', 'Tom Wrede'],
    // "He’s claiming that …" reads as "He is claiming that …".
    ['Tom Wrede tells his supporters at a Vardo rally to "go down to the harbour" on Sunday.\n\nHe’s claiming that the plan is “a big, big mistake for this town”.', 'a big, big mistake', 'Tom Wrede'],
    ['Orla Brandt spoke at the Vardo rally on Sunday.\n\nShe\'s arguing that the plan is "a very big mistake for our harbour".', 'a very big mistake', 'Orla Brandt'],
    // "he’s said" reads as "he has said".
    ['Ever since Tom Wrede announced his candidacy last year, he\'s said the same thing at every stop: "It\'s about the harbour, not about me."', 'It\'s about the harbour', 'Tom Wrede'],
    // A possessed speech noun before the "that" or "for" whose clause holds the quotation, no reporting verb before it.
    ['Dana Kelso chaired the harbour meeting.\n\nTom Wrede leaves behind a furious row, particularly his warning that the town would go to "the back of the queue".', 'the back of the queue', 'Tom Wrede'],
    ['Dana Kelso chaired the harbour meeting.\n\nIvo Sandal\'s standing improved after the storm, and his call for "a complete halt to the works" was cheered.', 'a complete halt', 'Ivo Sandal'],
    ['Dana Kelso chaired the harbour meeting.\n\nOrla Brandt caused a stir last year with Tom Wrede’s remark that “the harbour belongs to the fishermen”.', 'the harbour belongs', 'Tom Wrede'],
    // Not a noun that names no words ("his plan for"), and a reporting verb before the quotation still wins.
    ['Dana Kelso chaired the harbour meeting.\n\nTom Wrede leaves behind a furious row, particularly his plan for "a complete halt to the works".', 'a complete halt', null],
    ['Dana Kelso chaired the harbour meeting.\n\nAfter his warning that the pier might fall, Orla Brandt said it was "safe for another hundred years".', 'safe for another', 'Orla Brandt'],
  ];
  checkSpeakers(rows);
});
