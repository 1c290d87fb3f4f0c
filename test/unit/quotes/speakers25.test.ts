// Round 25, kinds of speaker errors seen on real news copy, each shown with invented sentences: a sentence closed by
// ", said X" that holds several quotations (the earlier ones are X's too), the gender a pronoun that goes on with
// a person's quotation tells ("X said, “…” He continued, “…”") over a first name the lexicon files as the other sex, and
// a capitalised title between two names ("X campaign Chairman Y"), which makes the second the sentence's subject.
import { checkSpeakers, type Row } from './speakerRows';

describe('round 25: a closing ", said X" read through a later quotation of the same sentence', () => {
  const rows: Row[] = [
    // The first quotation has no cue of its own; the sentence's closing clause, past the second one, credits both.
    ['The Harbour Board checked both skippers last spring and found "nothing that should worry the town," apart from a "minor" lapse in their logbooks, said Marta Quill, the board chair.', 'nothing that should worry', 'Marta Quill'],
    ['The Harbour Board checked both skippers last spring and found "nothing that should worry the town," apart from a "minor" lapse in their logbooks, said Marta Quill, the board chair.', 'minor', 'Marta Quill'],
    // The first quotation closes its own sentence: the clause after the second belongs to a new sentence.
    ['The Harbour Board checked both skippers last spring and found "nothing that should worry the town." A "minor" lapse in their logbooks was noted, said Marta Quill, the board chair.', 'nothing that should worry', 'Harbour Board'],
  ];
  checkSpeakers(rows);
});

describe('round 25: "he"/"she" going on with a person\'s quotation tells their gender', () => {
  const rows: Row[] = [
    // "Meredith" is a woman's name in the lexicon; "He continued" after his quotation says otherwise.
    ['Harbour candidate Meredith Marrow spoke after his rival Ivo Sandal on Friday.\n\nMarrow said, "Nobody in this room wants the fees to rise again."\n\nHe continued, "Ivo Sandal has never once asked the crews what they need."', 'Ivo Sandal has never', 'Meredith Marrow'],
    ['Meredith Marrow ran the port for a decade. "The fees are too high for the small boats," Marrow said. "Ivo Sandal has never once asked the crews," he added.', 'Ivo Sandal has never', 'Meredith Marrow'],
    // A pronoun after another person's own sentence goes on with that person, not with the earlier speaker.
    ['Harbour candidate Meredith Marrow spoke after her rival Ivo Sandal on Friday.\n\nMarrow said, "Nobody in this room wants the fees to rise again."\n\nSandal answered later. He said, "The crews know I listen to them every week."', 'The crews know', 'Ivo Sandal'],
  ];
  checkSpeakers(rows);
});

describe('round 25: a capitalised title between two names ("X campaign Chairman Y") makes the second the subject', () => {
  const rows: Row[] = [
    // "he" goes on with the chairman, the sentence's subject, not with the candidate whose title he holds.
    ['The candidate has left the defence to Ivo Sandal and the press team.\n\nAnd Sandal campaign Chairman Tomas Brandel gave the crews a slogan on Monday about the fight ahead.\n\n"We will fight for the port and for every family on it," he said.', 'We will fight', 'Tomas Brandel'],
    // Joined by "and", the two are two people: the sentence's subject stays the first.
    ['The candidate has left the defence to the press team.\n\nIvo Sandal and Campaign Chairman Tomas Brandel spoke to the crews on Monday.\n\n"We will fight for the port and for every family on it," he said.', 'We will fight', 'Ivo Sandal'],
  ];
  checkSpeakers(rows);
});
