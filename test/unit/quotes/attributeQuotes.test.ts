import * as assert from 'assert';
import { attributeQuotes, findQuotes } from '../../../src/core/quotes';
import { buildEntities, slug, type EntitySpec } from './entityBuilder';

const PEOPLE: readonly EntitySpec[] = [
  { names: ['Keir Starmer', 'Starmer'], roles: ['Prime Minister'] },
  { names: ['Kemi Badenoch', 'Badenoch'] },
  { names: ['Joe Biden', 'Biden'] },
  { names: ['Kamala Harris', 'Harris'] },
  { names: ['Xi Jinping', 'Xi'] },
  { names: ['Cyril Ramaphosa', 'Ramaphosa'] },
  { names: ['Lula'] },
  { names: ['Recep Tayyip Erdoğan', 'Erdoğan'] },
  { names: ['Ursula von der Leyen', 'von der Leyen'] },
  { names: ['Annalena Baerbock', 'Baerbock'] },
  { names: ['Shigeru Ishiba', 'Ishiba'] },
  { kind: 'org', names: ['NATO'] },
  { kind: 'org', names: ['Reuters'] },
  { kind: 'org', names: ['European Commission'] },
  { kind: 'org', names: ['Goldman Sachs'] },
  { kind: 'org', names: ['White House'] },
  { kind: 'org', names: ['Kremlin'] },
  { kind: 'org', names: ['CNN'] },
  { kind: 'org', names: ['BBC'] },
  { kind: 'org', names: ['Hamas'] },
  { kind: 'org', names: ['Xinhua'] },
];

/** The speaker of the last speech quote of the text (canonical name), or null. */
function lastSpeaker(text: string): string | null | undefined {
  const quotes = attributeQuotes(text, findQuotes(text), buildEntities(text, PEOPLE));
  return quotes.length === 0 ? undefined : quotes[quotes.length - 1].speakerId;
}

function check(rows: readonly (readonly [string, string | null])[]): void {
  for (const [text, want] of rows) {
    it(`${JSON.stringify(text).slice(0, 110)} → ${want ?? 'null'}`, () => {
      assert.strictEqual(lastSpeaker(text), want === null ? null : slug(want));
    });
  }
}

describe('attributeQuotes', () => {
  describe('cue after the quote', () => {
    check([
      ['"We will not back down," Starmer said.', 'Keir Starmer'],
      ['"We will not back down," said Mr Starmer.', 'Keir Starmer'],
      ['"We will not back down," Starmer told reporters in Downing Street.', 'Keir Starmer'],
      ['"The economy is strong," according to Biden.', 'Joe Biden'],
      ['"We will win," Erdoğan, who has ruled Turkey for two decades, told supporters.', 'Recep Tayyip Erdoğan'],
      ['"We will win," Lula, Brazil\'s president, told supporters.', 'Lula'],
      ['"It is time to act," European Commission President Ursula von der Leyen said.', 'Ursula von der Leyen'],
      ['"It is time to act," von der Leyen said.', 'Ursula von der Leyen'],
      ['"I\'m not going anywhere," Biden, 81, said.', 'Joe Biden'],
      ['"We want peace," Ramaphosa told CNN\'s "Amanpour" programme.', 'Cyril Ramaphosa'],
      ['"He is a liar," Badenoch said of Starmer.', 'Kemi Badenoch'],
      ['“BIG DAY FOR AMERICA!” Biden posted on his account, without elaborating.', 'Joe Biden'],
    ]);
  });

  describe('cue before the quote', () => {
    check([
      ['Starmer said: "We will not back down."', 'Keir Starmer'],
      ['Starmer told the BBC: "We will not back down."', 'Keir Starmer'],
      ['According to Biden, "the economy is strong."', 'Joe Biden'],
      ['Biden posted on X: "The economy is strong."', 'Joe Biden'],
      ['Biden wrote in a letter to Congress that the bill was "a historic step forward."', 'Joe Biden'],
      ['Biden said in a statement that the bill was "a historic step forward."', 'Joe Biden'],
      ['Biden described the bill as "a historic step forward".', 'Joe Biden'],
      ['Biden called Xi "a dictator" during the fundraiser.', 'Joe Biden'],
      ['Biden accused Xi of "playing games with the world economy".', 'Joe Biden'],
      ['Brazil\'s president, Lula, told supporters: "We will win."', 'Lula'],
      ['Harris, speaking in Atlanta, said: "We are not going back."', 'Kamala Harris'],
      ['Speaking in Atlanta, Harris said: "We are not going back."', 'Kamala Harris'],
      ['Ishiba told parliament he would "take responsibility" for the defeat.', 'Shigeru Ishiba'],
      ['Ramaphosa appeared on CNN\'s "Amanpour", where he said South Africa wanted "peace and justice for all".', 'Cyril Ramaphosa'],
      ['"She is wrong," Starmer said of Badenoch, adding that the Conservatives "left the country in a mess".', 'Keir Starmer'],
      ['Harris: "We are not going back."', 'Kamala Harris'],
    ]);
  });

  describe('passive and reported cues', () => {
    check([
      ['The remarks were described as "deeply troubling" by Baerbock.', 'Annalena Baerbock'],
      ['Baerbock was quoted as saying the talks were "very constructive".', 'Annalena Baerbock'],
      ['Xinhua quoted Xi as saying that China "will never seek hegemony".', 'Xi Jinping'],
      ['The plan was described as "deeply troubling".', null],
    ]);
  });

  describe('pronouns and descriptions', () => {
    check([
      ['Xi met Biden in Lima. "We must manage our differences," he said.', 'Xi Jinping'],
      ['Mrs Badenoch met Mr Starmer on Tuesday. "He has no plan," she said.', 'Kemi Badenoch'],
      ['Mr Starmer met Mrs Badenoch on Tuesday. "He has no plan," she said.', 'Kemi Badenoch'],
      ['Prime Minister Keir Starmer met Mrs Badenoch. "We will not back down," the prime minister said.', 'Keir Starmer'],
      ['European Commission President Ursula von der Leyen arrived in Kyiv. "It is time to act," the Commission president said.', 'Ursula von der Leyen'],
      ['Biden spoke in Delaware. The 81-year-old said he was "not going anywhere at all".', 'Joe Biden'],
      ['"We are not going back," Harris said. Biden nodded. She added: "We will win this."', 'Kamala Harris'],
    ]);
  });

  describe('quotes without a cue of their own', () => {
    check([
      ['"We are not going back," Harris said. "We are moving forward."', 'Kamala Harris'],
      ['"We are not going back," Harris said, "and we will win."', 'Kamala Harris'],
      ['"We are not going back," Harris said.\n\n"We are moving forward together."', 'Kamala Harris'],
      ['Harris said: "We are not going back.\n\n"We are moving forward together."', 'Kamala Harris'],
      ['"We are not going back," Harris said.\nHarris at a rally in Atlanta\n\n"We are moving forward together."', 'Kamala Harris'],
      ['"We are ready," a spokeswoman said.\n\n"The talks will continue next week."', null],
    ]);
  });

  describe('named organisations as sources', () => {
    check([
      ['"The alliance stands united," NATO said in a statement.', 'NATO'],
      ['"The deal is done," Reuters reported, citing two sources.', 'Reuters'],
      ['Hamas said in a statement that Israel was "responsible for the collapse of the talks".', 'Hamas'],
      ['The White House said the president "has full confidence" in his team.', 'White House'],
    ]);
  });

  describe('unnamed sources (false positives to avoid)', () => {
    check([
      ['"We are ready," a spokeswoman said.', null],
      ['"We are ready," the foreign ministry said in a statement.', null],
      ['"Talks were constructive," officials said.', null],
      ['"This is unacceptable," a source familiar with the matter told Reuters.', null],
      ['"No comment at this stage," said a spokesman for NATO.', null],
      ['"Prices will rise further this year," a spokesman for Goldman Sachs said.', null],
      ['"Prices will rise further this year," analysts at Goldman Sachs said.', null],
      ['A joint communique said the parties were "committed to peace and stability".', null],
      ['"We are ready to talk," the statement from Starmer\'s office said.', null],
      ['"We are ready to talk," Starmer\'s spokesman said.', null],
      ['Residents told Reuters the shelling was "worse than ever before".', null],
      ['"The situation is dire," a senior Western diplomat, speaking on condition of anonymity, said.', null],
    ]);
  });

  describe('what is not speech', () => {
    const none: readonly string[] = [
      'He appeared on NBC\'s "Meet the Press" on Sunday.',
      'She wrote the book "The Art of Diplomacy" in 2010.',
      'Joaquín "El Chapo" Guzmán was extradited.',
      'The so-called "coalition of the willing" met in Paris.',
      'He is 6\'2" tall and weighs 200lbs.',
      'The \'90s were a different era, and rock \'n\' roll was king.',
      'The "experts" were wrong again.',
      'Shares in the maker of the "Vision Pro" fell.',
      'Biden told CBS\u2019 \u201cFace the Press.\u201d',
      'Ishiba said in an interview with \u201c60 Minutes\u201d that he was ready.',
      'Supporters of his \u201cMake The Country Great Again\u201d movement gathered.',
    ];
    for (const text of none) {
      it(`reports no speech in ${JSON.stringify(text)}`, () => {
        const quotes = attributeQuotes(text, findQuotes(text), buildEntities(text, PEOPLE));
        assert.deepStrictEqual(quotes.map(q => q.text), []);
      });
    }
  });

  it('sets attribution to the cue and keeps spans exact', () => {
    const text = 'Talks resumed. "We will not back down," Starmer told reporters.';
    const [q] = attributeQuotes(text, findQuotes(text), buildEntities(text, PEOPLE));
    assert.strictEqual(text.slice(q.start, q.end), 'We will not back down,');
    assert.ok(q.attribution);
    assert.strictEqual(text.slice(q.attribution.start, q.attribution.end), 'Starmer told');
  });
});

describe('attributeQuotes in headlines, signatures and sport', () => {
  check([
    ['\u2018We will win\u2019: Erdoğan vows to fight on', 'Recep Tayyip Erdoğan'],
    ['Erdoğan: \u2018We will win this election\u2019', 'Recep Tayyip Erdoğan'],
    ['\u201cWe owe our members an answer.\u201d \u2014 Cyril Ramaphosa, party leader', 'Cyril Ramaphosa'],
    ['Ishiba spoke to the club on Friday. \u201cWe played with heart and deserved the win,\u201d the Japanese striker said.', 'Shigeru Ishiba'],
    ['\u201cThe vote is closer than it looks,\u201d said the senator from Vermont, Kamala Harris.', 'Kamala Harris'],
  ]);
});

describe('attributeQuotes after indirect speech', () => {
  check([
    ['Ramaphosa said the party would not be divided.\n\n"We will face the voters together and we will win."', 'Cyril Ramaphosa'],
    ['"We will win," Harris said. Ramaphosa said later that the party would not be divided.\n\n"We will face the voters together."', 'Cyril Ramaphosa'],
    ['Police said the suspect had fled.\n\n"He was armed and dangerous when he left."', null],
    ['Ramaphosa met Xi on Monday.\n\n"It was a very good meeting between friends."', null],
  ]);
});

describe('attributeQuotes with several appositives, possessive titles and "it"', () => {
  check([
    ['"We will win," Ishiba, 67, a former defence minister from Tottori, said.', 'Shigeru Ishiba'],
    ['Lula spoke in Brasilia on Monday. Brazil\'s president said the talks were "a waste of everyone\'s time".', 'Lula'],
    ['The European Commission said it would respond. "We will act decisively to protect our interests," it said.', 'European Commission'],
    ['Biden met Xi. "We will act decisively to protect our interests," it said.', null],
  ]);
});

describe('attributeQuotes where "by" is not an agent', () => {
  check([
    ['Harris said by phone that the campaign was "in very good shape".', 'Kamala Harris'],
    ['The plan, described by Baerbock as "a dangerous gamble", was dropped.', 'Annalena Baerbock'],
  ]);
});

describe('attributeQuotes credits every part of a quotation', () => {
  const rows: readonly (readonly [string, readonly (string | null)[]])[] = [
    ['\u201cWe are not going back.\n\n\u201cWe are moving forward together,\u201d Harris said.', ['Kamala Harris', 'Kamala Harris']],
    ['\u201cThe problem,\u201d Starmer said, \u201cis that nobody listens to the voters.\u201d', ['Keir Starmer', 'Keir Starmer']],
    ['Mr Starmer said at the meeting.\u201dEveryone agrees that this has to change.\u201d', ['Keir Starmer']],
    ['\u201cWe will win this election,\u201d Harris said. \u201cThey will not,\u201d Badenoch replied.', ['Kamala Harris', 'Kemi Badenoch']],
  ];
  for (const [text, want] of rows) {
    it(JSON.stringify(text).slice(0, 100), () => {
      const quotes = attributeQuotes(text, findQuotes(text), buildEntities(text, PEOPLE));
      assert.deepStrictEqual(quotes.map(q => q.speakerId), want.map(w => (w === null ? null : slug(w))));
    });
  }
});
