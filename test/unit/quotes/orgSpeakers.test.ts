// Organisations, media and documents as speakers, and names inside title chains, found by the whole
// engine (analyzeText: real recogniser, then quotes) on invented sentences in several outlets' styles.
// Each row: the text, the start of one quotation, and the canonical name of the entity it is credited
// to (null: no named speaker).
import { checkSpeakers, type Row } from './speakerRows';

const check = (rows: readonly Row[]): void => checkSpeakers(rows);

describe('organisations, media and title chains as speakers (whole engine)', () => {
  describe('a person after a body and a title chain speaks, not the body', () => {
    check([
      ['"We had to face the numbers and the numbers were bad," said Riverside Carpenters Union Secretary-Treasurer Paul Haddad.', 'We had to face', 'Paul Haddad'],
      ['“We will keep the station open for as long as we can,” said Springfield Fire Department Deputy Chief Omar Bassi.', 'We will keep', 'Omar Bassi'],
      ['"Nobody on the base expected the order," said Harbor Patrol Command 2nd Lt. Marisol Vance.', 'Nobody on the base', 'Marisol Vance'],
      ['“The tunnel is safe and it will stay open,” said Northgate Transit Authority spokesman Kofi Mensah.', 'The tunnel is safe', 'Kofi Mensah'],
      ['Mayor Lena Ruiz lost the vote on Monday.\n\n"The count was wrong from the very first ballot," said Ruiz campaign spokesman Daniel Okafor.', 'The count was', 'Daniel Okafor'],
      ['Mayor Lena Ruiz lost the vote on Monday.\n\n“It was a fair count and she knows it,” said Ruiz ally Carl Benning.', 'It was a fair', 'Carl Benning'],
      // A verb between two names is no post: the first person is the clause's subject.
      ['During a speech earlier in the day, Lena Ruiz attacked Carl Benning for his vote on the bridge, saying, "He is careless and very unreliable."', 'He is careless', 'Lena Ruiz'],
      // No person after the body: the body itself speaks.
      ['“We will appeal this ruling at the first opportunity we are given,” said the Carver Foundation.', 'We will appeal', 'Carver Foundation'],
    ]);
  });

  describe('a body or person inside a description of an unnamed post holder does not speak ("said a <board> member")', () => {
    check([
      ['"If I was a donor, I would want answers," said a prominent Riverside Planning Board member who supports the mayor.', 'If I was a donor', null],
      ['“We are not going to comment on leaks,” said a Springfield Gazette spokeswoman.', 'We are not going', null],
      ['"The numbers do not add up and everyone knows it," said one Harbor Authority official.', 'The numbers do not', null],
      ['Mayor Lena Ruiz lost the vote on Monday.\n\n“We will ask for a recount in every ward,” said a Ruiz campaign spokeswoman.', 'We will ask', null],
      // The body itself, with no post after it, speaks.
      ['"The plan is dead and it will not come back," said the Riverside Planning Board.', 'The plan is dead', 'Riverside Planning Board'],
    ]);
  });

  describe('a reporting verb after a determiner and an adverb modifies a noun ("a swiftly called meeting")', () => {
    check([
      ['After a hastily called, evening session, the Regional Planning Board released a note describing the ballot as "a plain breach of rules each board member signed."', 'a plain breach', 'Regional Planning Board'],
    ]);
  });

  describe('"as X put it": the idiom reports X\'s words', () => {
    check([
      ['As the Springfield Gazette put it, "Nobody in the town hall seems to know where the money went."', 'Nobody in the town hall', 'Springfield Gazette'],
      ['As Tomas Brandel, the No. 2 in the council leadership, put it: “This plan will not pass. There is no reason to pretend that it will.”', 'This plan will not pass', 'Tomas Brandel'],
      ['As the Marwick Gazette puts it, Dana Kelso is making the town "an offer it cannot afford to refuse, and she knows it."', 'an offer it', 'Marwick Gazette'],
      // "put" without "it" is no reporting verb.
      ['Tomas Brandel put the file on the table. The Riverside Herald called the budget "a mess that nobody in the town can afford to ignore."', 'a mess that', 'Riverside Herald'],
    ]);
  });

  describe('a relay clause ("as reported by X", "which was first reported by X") credits the speaker it relays', () => {
    check([
      ['"We would act at once and make sure it never happened again," Tomas Brandel noted in an interview with a local radio host, as reported by the Springfield Gazette. "And I would take the blame myself if it did not work."', 'And I would take', 'Tomas Brandel'],
      ['“Holding the count again would hurt every member,” Jane Doran told colleagues in a letter, which was first reported by the Riverside Herald. “It would hand the result to whoever lost.”', 'It would hand', 'Jane Doran'],
      // A relay clause with no speaker before it: the outlet that reported the words.
      ['As reported by the Riverside Herald: “The plan would cost the town more than it can afford over the next ten years.”', 'The plan would cost', 'Riverside Herald'],
    ]);
  });

  describe('a body after an opening phrase and its article ("In …, the Gazette focuses on …:")', () => {
    check([
      ['Trying to press its case, the Springfield Gazette dwells on the price of the crossing: "By spending so much on a single bridge, the council proved how little the schools matter to it."', 'By spending so much', 'Springfield Gazette'],
      ['On its website, the Federal Audit Office lists “waste in public building projects as its top priority for the coming year.”', 'waste in public', 'Federal Audit Office'],
      // After a subordinator the clause is not the sentence's own: its body does not speak.
      ['And after the Harlow Appeals Court declined to take up the appeal, Gov. Jane Doran faulted the court\'s "three newest judges, who threw out every safeguard the county had."', 'three newest judges', 'Jane Doran'],
      // A place after the article is no speaker.
      ['In the end, the Midwest was "a place where every vote counted and every town was watched closely."', 'a place where', null],
    ]);
  });

  describe('a transcript line labelled with a surname the article never introduced is that person\'s (round 35: the label founds the person)', () => {
    const transcript = 'Senator Jane Doran spoke to the host on Sunday. Partial transcript as follows:\n\n"HALVORSEN: Let\'s start with the news of the week. Will you vote for the plan or not?\n\n"DORAN: I will vote for it, and I will tell you why. It is the only plan on the table.\n\n"HALVORSEN: But your party says otherwise. Are they wrong?';
    check([
      [transcript, 'HALVORSEN: Let', 'Halvorsen'],
      [transcript, 'DORAN: I will', 'Jane Doran'],
      [transcript, 'HALVORSEN: But', 'Halvorsen'],
    ]);
  });
  describe('a sentence opened by "according to Y," credits Y; a closing ", according to Y" after "X said" leaves X', () => {
    check([
      ['According to the Springfield Gazette, Tomas Brandel told the board on Friday: "The ferry will run until the ice comes."', 'The ferry will run', 'Springfield Gazette'],
      ['Dana Whitlock covers the council for the paper. On Friday, according to Whitlock, the treasurer said the budget was "short by a third, and nobody will say so."', 'short by a third', 'Dana Whitlock'],
      ['"We will not close the pier this winter," Mayor Lena Ruiz said on Monday, according to the Harbour Ledger.', 'We will not close', 'Lena Ruiz'],
      ['Tomas Brandel spoke at the rally. "The ferry will run until the ice comes," Brandel said in a statement according to the Northgate Courier.', 'The ferry will run', 'Tomas Brandel'],
      ['Tomas Brandel said that according to his figures, the town has lost money, but "the ferry will run until the ice comes."', 'the ferry will run', 'Tomas Brandel'],
    ]);
  });

  describe('a clause opened by a subordinator ("As X spoke, …") is not the sentence\'s own: the body that heads the main clause speaks', () => {
    check([
      ['Dana Kelso leads the ferry board. As Kelso spoke, the Ferry Riders Association was lobbying hard in the capital against "every single new rule for the ferries."', 'every single new', 'Ferry Riders Association'],
      // The same for the clause a reporting participle hangs on.
      ['Dana Kelso leads the ferry board. As Kelso spoke, the Ferry Riders Association was lobbying hard in the capital, urging members to oppose "every single new rule for the ferries."', 'every single new', 'Ferry Riders Association'],
      ['Dana Kelso leads the ferry board. While Kelso waited, Vardo Holdings posted a notice calling the fare rise "a fair price for a better and safer crossing."', 'a fair price', 'Vardo Holdings'],
      // No name heads the main clause: the subordinate clause's subject still speaks.
      ['Dana Kelso leads the ferry board. When Kelso took the floor, the room went quiet as she called the plan "a fair price for a better and safer crossing."', 'a fair price', 'Dana Kelso'],
    ]);
  });

  describe('a single unknown word alone after "according to" is a source even when named once', () => {
    check([
      ['The ferry runs daily. According to Kelsoweek, a notice at the pier warned, "Keep to the left lane and slow down near the ramp."', 'Keep to the left', 'Kelsoweek'],
      ['The ferry runs daily. According to Kelsoweek: "The crossing ran late on most winter days, and the new timetable has not fixed it."', 'The crossing ran late', 'Kelsoweek'],
      // A named person's surname used so is still the person.
      ['Dana Whitlock covers the council. On Friday, according to Whitlock, the treasurer said the budget was "short by a third, and nobody will say so."', 'short by a third', 'Dana Whitlock'],
    ]);
  });

  describe('a dateline before a dash ("MARWICK, July 25 (KNS) — …") is no part of the first clause', () => {
    check([
      ['MARWICK, July 25 (KNS) — The Vardo Ferry Board put out a notice on Monday, offering "a full refund and our sincere regret" to riders after the delays.', 'a full refund', 'Vardo Ferry Board'],
      ['MARWICK — The Vardo Ferry Board put out a notice on Monday, offering "a full refund and our sincere regret" to riders after the delays.', 'a full refund', 'Vardo Ferry Board'],
      // A dash inside the sentence's own words is no dateline.
      ['The town — and the Vardo Ferry Board — waited for "a full refund and some sincere regret" from the operator.', 'a full refund', null],
    ]);
  });

  describe('a body and a form of "be" before the introducing colon speak as a person does ("the board was blunt: “…”")', () => {
    check([
      ['The ferry vote was close. The Marwick Board of Elections was firm in its ruling: "No further review of this count will be allowed."', 'No further review', 'Marwick Board of Elections'],
      ['The ferry vote was close. As if to end the row at once, the Marwick Board of Elections was firm in its ruling: "No further review of this count will be allowed."', 'No further review', 'Marwick Board of Elections'],
      // A place is no speaker; nor is a body that is only the object of the clause.
      ['The ferry vote was close. As if to end the row, the mood at the Marwick Board of Elections was grim: "No further review of this count will be allowed."', 'No further review', null],
    ]);
  });

  describe('a unit written right after a body\'s name speaks for the body, then also by its head noun alone ("the Vell Gazette editorial board")', () => {
    check([
      ['Tom Rell spoke on Monday. “Rell should step aside before the summer,” the Vell Gazette editorial board writes.', 'Rell should step', 'Vell Gazette'],
      ['Tom Rell spoke on Monday. The Vardo Holdings board said “no deal will be made behind closed doors.”', 'no deal will', 'Vardo Holdings'],
      ['A headline from the Vell Gazette editorial board calls for a new mayor. Rell is “a good man in the wrong job,” the editorial board writes.', 'a good man', 'Vell Gazette'],
      // The phrase completes another head ("the head of …"), or a member speaks, not the unit.
      ['Tom Rell spoke on Monday. The head of the Vardo Holdings board said “no deal will be made behind closed doors.”', 'no deal will', null],
      ['Tom Rell spoke on Monday. “No deal will be made behind closed doors,” a Vardo Holdings board member said.', 'No deal will', null],
      ['The Vell Gazette covered the vote. Rell is “a good man in the wrong job,” the editorial board writes.', 'a good man', null],
    ]);
  });
  describe('a message the subject issued speaks for it through a relative clause ("X issued a statement that said “…”")', () => {
    check([
      ['Tom Rell spoke on Monday. Vardo Holdings issued a statement that said the deal “will not be made behind closed doors.”', 'will not be made', 'Vardo Holdings'],
      ['Tom Rell spoke on Monday. The Vell Gazette recently ran a piece that noted his “plan would help rich towns more than poor ones.”', 'plan would help', 'Vell Gazette'],
      ['Tom Rell spoke on Monday. Dana Kelso sent a letter that said the vote was “a disgrace to the whole valley.”', 'a disgrace to', 'Dana Kelso'],
      // Whoever reads or receives a letter did not write it.
      ['Tom Rell spoke on Monday. Dana Kelso read a letter that said the vote was “a disgrace to the whole valley.”', 'a disgrace to', null],
      ['Tom Rell spoke on Monday. Vardo Holdings received a letter that said the deal was “a disgrace to the whole valley.”', 'a disgrace to', null],
    ]);
  });
  describe('"the paper", "the newspaper", "the tabloid": a body whose name ends in a newspaper\'s head noun', () => {
    check([
      ['The Vell Gazette covered the vote on Monday. “Rell must go before the summer,” the paper said in an editorial.', 'Rell must go', 'Vell Gazette'],
      ['The Vell Gazette covered the vote on Monday. According to the newspaper, “Rell must go before the summer.”', 'Rell must go', 'Vell Gazette'],
      ['Tom Rell spoke. But as the nationalist Vell Times tabloid noted on Thursday, Rell “has made himself a few fans abroad.”', 'has made himself', 'Vell Times'],
      // A body that is no newspaper is not "the paper"; a paper the article said a body issued ("a paper from X") is that body's.
      ['Vardo Holdings covered the vote on Monday. “Rell must go before the summer,” the paper said in an editorial.', 'Rell must go', null],
      ['A paper from the Harlow Institute came out on Monday. “Rents will rise by a third this year,” the paper said.', 'Rents will rise', 'Harlow Institute'],
    ]);
  });
  describe('"the regulator", "the watchdog": the one body named before whose name ends in a regulator\'s head noun', () => {
    check([
      ['The Marwick Conduct Authority fined Vardo Holdings on Tuesday.\n\nIn a statement, the regulator said: “Vardo failed its customers over many years.”', 'Vardo failed its', 'Marwick Conduct Authority'],
      ['The Ardian Gaming Commission opened an inquiry into Vardo Holdings.\n\n“We will look at every payment,” the watchdog said.', 'We will look', 'Ardian Gaming Commission'],
      // Two such bodies, or none: no one.
      ['The Marwick Conduct Authority and the Ardian Gaming Commission fined Vardo Holdings.\n\n“Vardo failed its customers,” the regulator said.', 'Vardo failed its', null],
      ['Vardo Holdings was fined on Tuesday.\n\n“Vardo failed its customers,” the regulator said.', 'Vardo failed its', null],
    ]);
  });
  describe('"the DA\'s office", "the sheriff\'s office": the one body named before whose name ends in that title and "\'s Office"', () => {
    check([
      ['The Tarlow County District Attorney\'s Office charged Dana Kelso on Friday.\n\nIn a statement, the DA\'s office said Kelso had "betrayed the town."', 'betrayed the town', 'Tarlow County District Attorney\'s Office'],
      ['The Tarlow County Sheriff\'s Office arrested Dana Kelso on Friday.\n\n“The case is closed for now,” the sheriff\'s office said.', 'The case is closed', 'Tarlow County Sheriff\'s Office'],
      // No such body named, or the title does not fit: no one.
      ['Dana Kelso was charged on Friday.\n\nIn a statement, the DA\'s office said Kelso had "betrayed the town."', 'betrayed the town', null],
      ['The Tarlow County Sheriff\'s Office arrested Dana Kelso on Friday.\n\nIn a statement, the DA\'s office said Kelso had "betrayed the town."', 'betrayed the town', null],
    ]);
  });
});
