// Round 13 speaker shapes: a name inside an appositive is no subject, whether the appositive's last name stands after a
// preposition ("X, a professor who worked for Sen. Y, one of its authors, called it “…”") or is set off from the verb by a
// comma ("X, a pastor in Tarrow, Marwick, slammed …" leaves a later "he" to X); "a"/"an" and adjectives before a name
// after a quotation ("“…,” an angry X retaliated").
import { checkSpeakers, type Row } from './speakerRows';

describe('speakers (round 13): names inside an appositive', () => {
  const rows: Row[] = [
    [
      'The bill passed on Monday. Marty Wester, a professor at Harlow who once worked for Sen. Lamar Alvarado (R-Tenn.), one of the bill’s authors, called it “an incredibly significant development.”',
      'an incredibly', 'Marty Wester',
    ],
    [
      'The bill passed on Monday. Marty Wester, a professor who worked for Lamar Alvarado, one of its authors, called it “an incredibly significant development.”',
      'an incredibly', 'Marty Wester',
    ],
    // The appositive's own name speaks when it opens the clause before the verb.
    [
      'The bill passed on Monday. In a letter to Marty Wester, the senator, Lamar Alvarado called it “an incredibly significant development.”',
      'an incredibly', 'Lamar Alvarado',
    ],
    [
      'Pastor Tomas Vellan spoke on Sunday.\n\nVellan, a pastor who once advised Ivo Sandal, criticised the club on his morning programme, the Marwick Ledger first reported.\n\nHe then hinted that the scouts had gone astray, calling them “a troop that lost its compass” in the interview.',
      'a troop that', 'Tomas Vellan',
    ],
    [
      'Pastor Tomas Vellan spoke on Sunday.\n\nVellan left the hall, Dana Kelso said.\n\nShe then hinted that the scouts had gone astray, calling them “a troop that lost its compass” in the interview.',
      'a troop that', 'Dana Kelso',
    ],
  ];
  checkSpeakers(rows);
});

describe('speakers (round 13): an article and adjectives before the name after a quotation', () => {
  const rows: Row[] = [
    ['Ivo Sandal said the harbour would close. “The harbour is lost,” he claimed.\n“The harbour will stay open for good,” an angry Dana Kelso retaliated. “It never gives up.”', 'The harbour will', 'Dana Kelso'],
    ['Ivo Sandal said the harbour would close. “The harbour is lost,” he claimed.\n“The harbour will stay open for good,” an angry Dana Kelso retaliated. “It never gives up.”', 'It never', 'Dana Kelso'],
    ['Ivo Sandal said the harbour would close. “The harbour is lost,” he claimed.\n“The harbour will stay open for good,” a visibly tired Dana Kelso retaliated.', 'The harbour will', 'Dana Kelso'],
    // A description with no name after it credits no one new: the quotation stays with the paragraph's speaker.
    ['Ivo Sandal said the harbour would close. “The harbour is lost,” he claimed.\n“The harbour will stay open for good,” a Marwick resident retaliated.', 'The harbour will', 'Ivo Sandal'],
  ];
  checkSpeakers(rows);
});

describe('speakers (round 13): a clause subject after a lower-case title, and an outlet addressed before the colon', () => {
  const rows: Row[] = [
    ['Former Vardo presidential candidate Ivo Sandal explained at length what had gone wrong with the poster to the newspaper Marwick Ledger: “What Kelso did was so careless.”', 'What Kelso', 'Ivo Sandal'],
    ['Ivo Sandal explained at length what had gone wrong with the poster to the Dutch newspaper Marwick Ledger: “What Kelso did was so careless.”', 'What Kelso', 'Ivo Sandal'],
    ['Ivo Sandal explained at length what had gone wrong with the poster to the weekly newspaper Marwick Ledger: “What Kelso did was so careless.”', 'What Kelso', 'Ivo Sandal'],
    ['Republican presidential nominee Ivo Sandal, during several interviews on Thursday, referred to Mayor Dana Kelso as “the most valuable player” for the rival camp and repeated the charge twice.', 'the most valuable', 'Ivo Sandal'],
    // No one named opens the clause: the outlet the words went to does not speak them.
    ['The image drew fire. In a letter to the Dutch newspaper Marwick Ledger: “What Kelso did was so careless.”', 'What Kelso', null],
  ];
  checkSpeakers(rows);
});

describe('speakers (round 13): a second clause joined after a comma has its own subject', () => {
  const rows: Row[] = [
    ['Tomas Brandel on Monday signed an order to halt the plan, while Ivo Sandal, the former Marwick governor, proposed we “take a long look at the ledger” and said the mayor should resign.', 'take a long', 'Ivo Sandal'],
    ['Tomas Brandel on Monday signed an order to halt the plan, and Ivo Sandal suggested the council “take a long look at the ledger” before the vote.', 'take a long', 'Ivo Sandal'],
    // One clause only: its subject keeps the quotation.
    ['Tomas Brandel on Monday signed an order to halt the plan and suggested the council “take a long look at the ledger” before the vote.', 'take a long', 'Tomas Brandel'],
  ];
  checkSpeakers(rows);
});

describe('speakers (round 13): a participle after the person, an adverb between', () => {
  const rows: Row[] = [
    ['A heckler was led out of the hall, with Ivo Sandal reportedly yelling: “Take him out of here at once!”', 'Take him', 'Ivo Sandal'],
    ['A heckler was led out of the hall, with Ivo Sandal shouting: “Take him out of here at once!”', 'Take him', 'Ivo Sandal'],
    // A name after "a" only qualifies a thing; it does not speak the participle's words.
    ['Ivo Sandal spoke on Monday. In the new advert, two pupils wave a Sandal campaign poster at the camera, yelling “this is the only way to fix the roads in the valley!” in turn.', 'this is the only', null],
  ];
  checkSpeakers(rows);
});
