// Speaker shapes of outlets beyond US political news (British broadsheets and tabloids, wire copy, sports
// reports), each written with invented names: the inversions that name the speaker after the verb.
import { checkSpeakers, type Row } from './speakerRows';

describe('outlet styles: an inverted verb after the quotation, then a title and the name', () => {
  const rows: Row[] = [
    // Sports report: "admitted the <club> manager X".
    ['Marwick lost at home to Vardo. "We were poor in the first half and we paid for it," admitted the Marwick manager Tom Reed.', 'We were poor', 'Tom Reed'],
    // British tabloid: "conceded <club> boss X", single marks.
    ["Marwick lost at home to Vardo. 'We were poor in the first half and we paid for it,' conceded Marwick boss Tom Reed.", 'We were poor', 'Tom Reed'],
    // The listed "said" inversion with a title already worked; it still does.
    ['Marwick lost at home to Vardo. "We were poor in the first half and we paid for it," said the Marwick manager Tom Reed.', 'We were poor', 'Tom Reed'],
    // Leader column: "opined the <newspaper>", and a body's bare name right after the verb.
    ['The council met on Monday. "The new ferry timetable is a failure of planning," opined the Marwick Herald.', 'The new ferry timetable', 'Marwick Herald'],
    ['The council met on Monday. "The new ferry timetable is a failure of planning," reported Marwick Herald.', 'The new ferry timetable', 'Marwick Herald'],
    // No person at the end of the phrase: no one.
    ['Marwick lost at home to Vardo. "We were poor in the first half and we paid for it," admitted the Marwick manager.', 'We were poor', null],
    // A fragment inside a longer sentence, the title phrase the object of its verb: not the speaker.
    ['The remark, "we will never sell this club to anyone," angered the Marwick chairman Tom Reed.', 'we will never sell', null],
  ];
  checkSpeakers(rows);
});

describe('outlet styles: an inverted verb set off by commas before the quotation', () => {
  const rows: Row[] = [
    // Magazine style: the verb and name inside the sentence, the quotation continuing it.
    ['Tom Reed spoke after the vote. The vote was close, explained Reed, "and we will win the next one, and everybody knows it."', 'and we will win', 'Tom Reed'],
    // Feature style: a parenthetical "says X, an engineer," and the quotation later in the sentence.
    ['The bridge opened in May. The trouble with the bridge, says Tom Reed, an engineer with Vardo Holdings, is that it was "built for half the traffic it now carries."', 'built for half', 'Tom Reed'],
    // A description after the verb, the named person only inside it: not that person.
    ['Tom Reed spoke after the vote. The vote was close, said a spokesman for Reed, "and we will win the next one, and everybody knows it."', 'and we will win', null],
  ];
  checkSpeakers(rows);
});

describe('outlet styles: a colon introduction that ends with the person addressed', () => {
  const rows: Row[] = [
    // Wire style: "X sent a sharp warning to Y:" — X spoke, Y was addressed.
    ['Dana Kelso was there. Council Leader Tom Reed sent a sharp warning to Kelso: "It is time to stop blaming the staff and get on with the job."', 'It is time', 'Tom Reed'],
    // Sports report: "X turned to Y:".
    ['Dana Kelso was there. Tom Reed turned to Kelso: "It is time to stop blaming the staff and get on with the job."', 'It is time', 'Tom Reed'],
    // No named subject with a verb: no one, rather than the person addressed.
    ['Tom Reed and Dana Kelso spoke. Reed\'s reply to Kelso: "It is time to stop blaming the staff and get on with the job."', 'It is time', null],
    // After earlier quotations in the sentence, "with Y:" names whom the speaker compared; never Y.
    ['Tom Reed spoke for the union. Reed called the plan a "shambles," and compared the old board, which he called "lazy," with Dana Kelso: "She has done more in a month than they did in ten years."', 'She has done more', 'Tom Reed'],
    // The sender stays the speaker: "An email from X:", "A statement by X:".
    ['The council met on Monday. An email from Tom Reed: "It is time to stop blaming the staff and get on with the job."', 'It is time', 'Tom Reed'],
    ['The council met on Monday. A statement by Tom Reed: "It is time to stop blaming the staff and get on with the job."', 'It is time', 'Tom Reed'],
  ];
  checkSpeakers(rows);
});

describe('outlet styles: a complete quotation, then a named person with an appositive who reports new speech', () => {
  const rows: Row[] = [
    // Wire style: the next sentence is new reported speech ("said the club has …"), not the quotation's cue.
    ['Tom Reed hit out in a post. "We want to use this as soon as we can." Dana Kelso, the Vardo owner, said the club has yet to reply.', 'We want to use', null],
    // The same appositive closing the quotation's own sentence still credits the person.
    ['Tom Reed hit out in a post. "We want to use this as soon as we can," Dana Kelso, the Vardo owner, said on Monday.', 'We want to use', 'Dana Kelso'],
  ];
  checkSpeakers(rows);
});

describe('outlet styles: a speech noun with its possessor, and a colon after "X was …"', () => {
  const rows: Row[] = [
    // British sports copy: "X's verdict:" before, "was X's verdict" / "came X's reply" after.
    ["Marwick won at home. Tom Reed's verdict: 'They were magnificent from the first minute to the last.'", 'They were magnificent', 'Tom Reed'],
    ["Marwick won at home. 'They were magnificent from the first minute to the last,' was Tom Reed's verdict.", 'They were magnificent', 'Tom Reed'],
    ['Marwick lost at home. "We will fight on until the last game of the season," came Tom Reed\'s reply.', 'We will fight on', 'Tom Reed'],
    // A possessive with a noun that names no words: no one.
    ["Marwick won at home. Tom Reed's plan: 'They were magnificent from the first minute to the last.'", 'They were magnificent', null],
    // "X was full of praise …:" credits X; an agent after "by" or a cue after the quotation outranks it.
    ["Marwick won at home. Tom Reed was full of praise for his players: 'They were magnificent from the first minute to the last.'", 'They were magnificent', 'Tom Reed'],
    ['Marwick won at home. Tom Reed was told by the board: "You will never manage this club again, not after this."', 'You will never', null],
    ['Tom Reed was not the only one worried: "We all are, and we have been for weeks," said Dana Kelso.', 'We all are', 'Dana Kelso'],
    // A spaced dash introduces the quotation as the colon does (round 25); an agent after "by" still names another's words.
    ['Marwick lost at home. Tom Reed was blunt – "The referee had a bad night, and everyone in the ground saw it."', 'The referee had', 'Tom Reed'],
    ['Marwick lost at home. Tom Reed was told by the board — "You will never manage this club again, not after this."', 'You will never', null],
  ];
  checkSpeakers(rows);
});

describe('outlet styles: a quotation in single marks continued over paragraphs (British style)', () => {
  const rows: Row[] = [
    ["Tom Reed spoke to reporters.\n\n'We were poor and we know it. The fans deserve better.\n\n'We will work hard this week and put it right on Saturday.'", 'We were poor', 'Tom Reed'],
    ["Tom Reed spoke to reporters.\n\n'We were poor and we know it. The fans deserve better.\n\n'We will work hard this week and put it right on Saturday.'", 'We will work', 'Tom Reed'],
  ];
  checkSpeakers(rows);
});
