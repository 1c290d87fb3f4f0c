// Round 19 pronoun-speaker shapes: a relative clause set off by dashes ("X — who once said the council should “…” —"), a time
// phrase "in the past" between a relative pronoun's auxiliary and its verb, a subject pronoun with its auxiliary run
// into it ("He’s claiming that …", "he’s said"), and a possessed speech noun whose clause holds the quotation ("his
// warning that … “…”", "her call for “…”").
import { checkSpeakers, type Row } from './speakerRows';

describe('speakers (round 19): pronoun shapes', () => {
  const rows: Row[] = [
    // A relative clause set off by dashes is about the name before the first dash, as one set off by commas is.
    ['Dana Kelso chaired the harbour meeting.\n\nIvo Sandal — who once said the council should “fill the dock with concrete” — stayed silent.', 'fill the dock', 'Ivo Sandal'],
    ['Dana Kelso chaired the harbour meeting.\n\nIvo Sandal - who once said the council should "fill the dock with concrete" - stayed silent.', 'fill the dock', 'Ivo Sandal'],
    ['Dana Kelso chaired the harbour meeting.\n\nIvo Sandal, who once said the council should "fill the dock with concrete", stayed silent.', 'fill the dock', 'Ivo Sandal'],
    // "in the past" between the auxiliary and the verb of the relative clause.
    ['Dana Kelso chaired the harbour meeting.\n\nTom Wrede, who had in the past dismissed the scheme as "a gift to the builders of Vardo", voted for it.', 'a gift to the builders', 'Tom Wrede'],
    // "He’s claiming that …" reads as "He is claiming that …".
    ['Tom Wrede opened the ferry debate in Vardo on Sunday with a map of the bay.\n\nHe’s insisting that the new berth is “too shallow for the winter boats”.', 'too shallow', 'Tom Wrede'],
    ['Orla Brandt spoke at the Vardo rally on Sunday.\n\nShe\'s arguing that the plan is "a very big mistake for our harbour".', 'a very big mistake', 'Orla Brandt'],
    // "he’s said" reads as "he has said".
    ['Since Tom Wrede joined the ferry board in May, he\'s repeated one line at each public meeting: "The boats come first, then the cafes."', 'The boats come first', 'Tom Wrede'],
    // A possessed speech noun before the "that" or "for" whose clause holds the quotation, no reporting verb before it.
    ['Dana Kelso chaired the harbour meeting.\n\nThe row over the dredging turned on Tom Wrede\'s warning that the channel would be "silted up within five winters".', 'silted up within', 'Tom Wrede'],
    ['Dana Kelso chaired the harbour meeting.\n\nIvo Sandal\'s standing rose after the storm, and his plea for "a pause on all dredging until spring" drew cheers.', 'a pause on all dredging', 'Ivo Sandal'],
    ['Dana Kelso chaired the harbour meeting.\n\nOrla Brandt caused a stir last year with Tom Wrede’s remark that “the harbour belongs to the fishermen”.', 'the harbour belongs', 'Tom Wrede'],
    // Not a noun that names no words ("his plan for"), and a reporting verb before the quotation still wins.
    ['Dana Kelso chaired the harbour meeting.\n\nThe row over the dredging turned on Tom Wrede\'s plan for "a pause on all dredging until spring".', 'a pause on all dredging', null],
    ['Dana Kelso chaired the harbour meeting.\n\nAfter his warning that the pier might fall, Orla Brandt said it was "safe for another hundred years".', 'safe for another', 'Orla Brandt'],
  ];
  checkSpeakers(rows);
});
