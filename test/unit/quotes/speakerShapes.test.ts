// Speaker shapes that credited no one before (PolNeAR train null predictions, rewritten with invented names
// and sentences in several outlets' styles): a named person right after the quotation with an appositive
// the subject reader cannot cross.
import { checkSpeakers, type Row } from './speakerRows';

describe('speaker shapes: a name after the quotation with a long appositive', () => {
  const rows: Row[] = [
    // Wire style: age, home town and a relative clause between the name and the verb.
    ['The survey ended on Friday. "Both of those plans worry me," Harold Penn, 41, of Tarrow, Maine, who took part in the survey, said in a phone call later.', 'Both of those plans', 'Harold Penn'],
    // Web style: an appositive with a relative clause and no closing comma.
    ['"The new ferry tax is pulling votes away from the coastal towns," Nils Varga, the analyst who started a budget blog posted on Thursday.', 'The new ferry tax', 'Nils Varga'],
    // Broadsheet style: a title and a body in the appositive.
    ['“We will not close the ward while I sit on this board,” Mirela Voss, a member of the Harlow hospital trust since 2009, who chairs its finance panel, told the meeting.', 'We will not close', 'Mirela Voss'],
    // A possessive name is not the subject: the lawyer spoke, and the article never names the lawyer.
    ['Harold Penn was charged on Monday. "Both of those plans worry me," Harold Penn\'s lawyer, a former judge who retired in 2019, said in a phone call later.', 'Both of those plans', null],
  ];
  checkSpeakers(rows);
});

describe('speaker shapes: after the quotation, "as X said" and a name with any verb after its appositive', () => {
  const rows: Row[] = [
    // Magazine style: the quotation inside a sentence, its source in an "as" clause.
    ['Ivo Sandal hosts a weekly show. Still, the ferry vote "looks far too close to call," as Sandal said on his morning podcast on Tuesday, and the counts agree.', 'looks far too close', 'Ivo Sandal'],
    // Convention report: an unlisted verb after the appositive's closing comma.
    ['Guns are "the ultimate public health crisis of our age," Ivo Sandal, the former governor of the state, proclaimed to a cheering crowd.', 'the ultimate public', 'Ivo Sandal'],
    // Tabloid style: a broken-off quotation, a name, an appositive and "thundered".
    ['“Nobody in this town asked for a casino on the river,” Dana Orlov, who runs the bakery on Mill Street, thundered at the hearing.', 'Nobody in this town', 'Dana Orlov'],
    // "as" opening a time clause about someone else, the source named later: not the person in the "as" clause.
    ['Ivo Sandal and Dana Orlov met on Monday. "We cannot wait for the bridge any longer," as the crowd cheered, Dana Orlov said.', 'We cannot wait', 'Dana Orlov'],
  ];
  checkSpeakers(rows);
});

describe('speaker shapes: the sentence before opens with a named person and any verb', () => {
  const rows: Row[] = [
    // Broadsheet: the sentence before says what the speaker did, with no reporting verb.
    ['Marta Kolb spoke at the plant. Kolb praised her own work as an early backer of the ferry plan. "Our island families deserve a boat that runs on time."', 'Our island families', 'Marta Kolb'],
    // Wire: "X agreed." then the quotation.
    ['Dianne Vell, a professor at the state university, was asked about the race. Vell agreed. "Mainstream voters are running out of time to find someone else."', 'Mainstream voters', 'Dianne Vell'],
    // No person opens the sentence before: no speaker.
    ['The plant closed in the spring. The vote was delayed again on Monday. "Our island families deserve a boat that runs on time."', 'Our island families', null],
  ];
  checkSpeakers(rows);
});

describe('speaker shapes: a named subject with any verb after a long opening phrase', () => {
  const rows: Row[] = [
    // Two commas before the subject: only the first comma opened a clause before.
    ['Tomas Brandel chaired the hearing. Later, as part of the exchange with the minister, Brandel referenced an audit that found "less than one percent of the files" were kept.', 'less than one percent', 'Tomas Brandel'],
    // An opening phrase longer than twelve words.
    ['Ahead of the second contest of the season in the northern mountain state on Tuesday night, Pavel Brusk referred to his rival as "a bright, charismatic leader of the young."', 'a bright, charismatic', 'Pavel Brusk'],
  ];
  checkSpeakers(rows);
});

describe('speaker shapes: a paragraph that is only a dashed signature after the quotation', () => {
  const rows: Row[] = [
    // Fact-check style: the claim, then "- Name." on its own line.
    ['Kolb and Sandal met in the second debate.\n\n"I went to the bank before the crash and told them they would wreck the economy."\n\n- Kolb.\n\nKolb tends to overstate the point. Marta Kolb visited the bank once.', 'I went to the bank', 'Marta Kolb'],
    // Round-up style: an em dash, a title and a place.
    ['Voices from the convention floor.\n\n"Every week another shop on our street shuts its doors, and nobody at the council seems to notice."\n\n\u2014 Councillor Nora Pell, Springfield.', 'Every week another', 'Nora Pell'],
    // A dash that opens a sentence of narration is no signature.
    ['Voices from the convention floor.\n\n"Every week another shop on our street shuts its doors, and nobody at the council seems to notice."\n\n- Nora Pell left the hall early on Monday and did not come back.', 'Every week another', null],
  ];
  checkSpeakers(rows);
});
