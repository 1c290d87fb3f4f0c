// Round 13 speaker shapes: a name inside an appositive is no subject, whether the appositive's last name stands after a
// preposition ("X, a lecturer who worked for Sen. Y, one of its sponsors, called it “…”") or is set off from the verb by a
// comma ("X, a pastor in Tarrow, Marwick, slammed …" leaves a later "he" to X); "a"/"an" and adjectives before a name
// after a quotation ("“…,” an angry X retaliated").
import { checkSpeakers, type Row } from './speakerRows';

describe('speakers (round 13): names inside an appositive', () => {
  const rows: Row[] = [
    [
      'The levy vote was held on Monday. Orla Brandt, a lecturer at Tarrow who once worked for Sen. Piet Ostrander (R-Ore.), one of the levy’s sponsors, called it “a repair that is thirty years late.”',
      'a repair that', 'Orla Brandt',
    ],
    [
      'The levy vote was held on Monday. Orla Brandt, a lecturer who worked for Piet Ostrander, one of its sponsors, called it “a repair that is thirty years late.”',
      'a repair that', 'Orla Brandt',
    ],
    // The appositive's own name speaks when it opens the clause before the verb.
    [
      'The levy vote was held on Monday. Writing back to Orla Brandt, the senator, Piet Ostrander called it “a repair that is thirty years late.”',
      'a repair that', 'Piet Ostrander',
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
    ['Ivo Sandal said the ferry would stop. “The ferry is finished,” he said.\n“The ferry will sail every morning,” an angry Dana Kelso retaliated. “We run it ourselves.”', 'The ferry will', 'Dana Kelso'],
    ['Ivo Sandal said the ferry would stop. “The ferry is finished,” he said.\n“The ferry will sail every morning,” an angry Dana Kelso retaliated. “We run it ourselves.”', 'We run it', 'Dana Kelso'],
    ['Ivo Sandal said the ferry would stop. “The ferry is finished,” he said.\n“The ferry will sail every morning,” a clearly weary Dana Kelso retaliated.', 'The ferry will', 'Dana Kelso'],
    // A description with no name after it credits no one new: the quotation stays with the paragraph's speaker.
    ['Ivo Sandal said the ferry would stop. “The ferry is finished,” he said.\n“The ferry will sail every morning,” a Marwick resident retaliated.', 'The ferry will', 'Ivo Sandal'],
  ];
  checkSpeakers(rows);
});

describe('speakers (round 13): a clause subject after a lower-case title, and an outlet addressed before the colon', () => {
  const rows: Row[] = [
    ['Former Vardo mayoral hopeful Ivo Sandal explained at length why the bypass was a mistake to the newspaper Marwick Ledger: “Kelso has built a road to nowhere.”', 'Kelso has built', 'Ivo Sandal'],
    ['Ivo Sandal explained at length why the bypass was a mistake to the Danish newspaper Marwick Ledger: “Kelso has built a road to nowhere.”', 'Kelso has built', 'Ivo Sandal'],
    ['Ivo Sandal explained at length why the bypass was a mistake to the weekly newspaper Marwick Ledger: “Kelso has built a road to nowhere.”', 'Kelso has built', 'Ivo Sandal'],
    ['Harbour Party mayoral nominee Ivo Sandal, in two radio phone-ins on Friday, described Mayor Dana Kelso as “the bypass’s best salesman” and said so again later.', 'the bypass', 'Ivo Sandal'],
    // No one named opens the clause: the outlet the words went to does not speak them.
    ['The bypass drew fire. In a letter to the Danish newspaper Marwick Ledger: “Kelso has built a road to nowhere.”', 'Kelso has built', null],
  ];
  checkSpeakers(rows);
});

describe('speakers (round 13): a second clause joined after a comma has its own subject', () => {
  const rows: Row[] = [
    ['Tomas Brandel on Friday froze the bypass budget, while Ivo Sandal, the former Marwick governor, urged the council to “count every penny twice” and said the mayor should resign.', 'count every penny', 'Ivo Sandal'],
    ['Tomas Brandel on Friday froze the bypass budget, and Ivo Sandal urged the council to “count every penny twice” before the vote.', 'count every penny', 'Ivo Sandal'],
    // One clause only: its subject keeps the quotation.
    ['Tomas Brandel on Friday froze the bypass budget and urged the council to “count every penny twice” before the vote.', 'count every penny', 'Tomas Brandel'],
  ];
  checkSpeakers(rows);
});

describe('speakers (round 13): a participle after the person, an adverb between', () => {
  const rows: Row[] = [
    ['A man with a banner was walked to the door of the hall, with Ivo Sandal apparently shouting: “Show him the way home!”', 'Show him', 'Ivo Sandal'],
    ['A man with a banner was walked to the door of the hall, with Ivo Sandal shouting: “Show him the way home!”', 'Show him', 'Ivo Sandal'],
    // A name after "a" only qualifies a thing; it does not speak the participle's words.
    ['Ivo Sandal spoke on Monday. In the new leaflet photo, three cyclists hold up a Sandal campaign banner on the bridge, yelling “no more lorries on our lanes!” together.', 'no more lorries', null],
  ];
  checkSpeakers(rows);
});
