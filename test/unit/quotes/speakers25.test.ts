// Round 25, kinds of speaker errors seen on real news copy, each shown with invented sentences: a sentence closed by
// ", said X" that holds several quotations (the earlier ones are X's too).
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
