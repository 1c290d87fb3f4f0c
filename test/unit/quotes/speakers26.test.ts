// Round 26, kinds of speaker errors seen on real news copy, each shown with invented sentences: a quotation that closes
// a sentence naming no one, right after a sentence that credits someone with words ("X said … . Doing so “…”"), is
// more of that person's report.
import { checkSpeakers, type Row } from './speakerRows';

describe('round 26: a quotation closing a sentence that names no one goes on with the report before it', () => {
  const rows: Row[] = [
    // The sentence before credits Quill with words; "Doing so" names no one, so the quotation goes on with her report.
    ['The harbour board met on Monday.\n\nLike many of the skippers, Marta Quill said the board\'s delay before the vote had left her furious. Doing so “looked like an attempt to wear the crews down.” She thinks the vote could still go their way.', 'looked like an attempt', 'Marta Quill'],
    // A pronoun credits the sentence before; the quotation's own sentence only goes on with the point.
    ['Tomas Brandel, the author of a study of the port, said the days of one shared ferry timetable are gone.\n\nThis makes it harder to plan a crossing, he said. Good planning can still win, but only when “the timetable is printed early.”', 'the timetable is printed', 'Tomas Brandel'],
    // The quotation's sentence names someone else: their words, or a label they used, not the speaker's before.
    ['Marta Quill said the board\'s delay before the vote had left her furious. The owners called it “a normal step in any sale of a harbour.”', 'a normal step', null],
    // The sentence before credits no one with words: nothing to go on with.
    ['The harbour board met on Monday and the vote was put off again. Doing so “looked like an attempt to wear the crews down.”', 'looked like an attempt', null],
    // The quotation does not close its sentence: more follows it that the report before does not cover.
    ['Marta Quill said the board\'s delay before the vote had left her furious. Doing so “looked like an attempt to wear the crews down,” and the vote went ahead in May.', 'looked like an attempt', null],
  ];
  checkSpeakers(rows);
});
