import * as assert from 'assert';
import { attributeQuotes, findQuotes } from '../../../src/core/quotes';
import { buildEntities, slug, type EntitySpec } from './entityBuilder';

const PEOPLE: readonly EntitySpec[] = [
  { names: ['Owen Hawkins', 'Hawkins'], roles: ['Prime Minister'] },
  { names: ['Funmi Adeyemi', 'Adeyemi'] },
  { names: ['Joe Marden', 'Marden'] },
  { names: ['Sunita Harmon', 'Harmon'] },
  { names: ['Qu Hanming', 'Qu'] },
  { names: ['Sipho Mahlangu', 'Mahlangu'] },
  { names: ['Juca'] },
  { names: ['Mehmet Kaan Özdoğan', 'Özdoğan'] },
  { names: ['Annika von der Hoven', 'von der Hoven'] },
  { names: ['Marlene Habicht', 'Habicht'] },
  { names: ['Takeshi Imaoka', 'Imaoka'] },
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
      ['"We will not back down," Hawkins said.', 'Owen Hawkins'],
      ['"We will not back down," said Mr Hawkins.', 'Owen Hawkins'],
      ['"We will not back down," Hawkins told reporters in Downing Street.', 'Owen Hawkins'],
      ['"The economy is strong," according to Marden.', 'Joe Marden'],
      ['"We will win," Özdoğan, who has ruled Turkey for two decades, told supporters.', 'Mehmet Kaan Özdoğan'],
      ['"We will win," Juca, Brazil\'s president, told supporters.', 'Juca'],
      ['"It is time to act," European Commission President Annika von der Hoven said.', 'Annika von der Hoven'],
      ['"It is time to act," von der Hoven said.', 'Annika von der Hoven'],
      ['"I\'m not going anywhere," Marden, 81, said.', 'Joe Marden'],
      ['"We want peace," Mahlangu told CNN\'s "Amanpour" programme.', 'Sipho Mahlangu'],
      ['"He is a liar," Adeyemi said of Hawkins.', 'Funmi Adeyemi'],
      ['“BIG DAY FOR AMERICA!” Marden posted on his account, without elaborating.', 'Joe Marden'],
    ]);
  });

  describe('cue before the quote', () => {
    check([
      ['Hawkins said: "We will not back down."', 'Owen Hawkins'],
      ['Hawkins told the BBC: "We will not back down."', 'Owen Hawkins'],
      ['According to Marden, "the economy is strong."', 'Joe Marden'],
      ['Marden posted on X: "The economy is strong."', 'Joe Marden'],
      ['Marden wrote in a letter to Congress that the bill was "a historic step forward."', 'Joe Marden'],
      ['Marden said in a statement that the bill was "a historic step forward."', 'Joe Marden'],
      ['Marden described the bill as "a historic step forward".', 'Joe Marden'],
      ['Marden called Qu "a dictator" during the fundraiser.', 'Joe Marden'],
      ['Marden accused Qu of "playing games with the world economy".', 'Joe Marden'],
      ['Brazil\'s president, Juca, told supporters: "We will win."', 'Juca'],
      ['Harmon, speaking in Atlanta, said: "We are not going back."', 'Sunita Harmon'],
      ['Speaking in Atlanta, Harmon said: "We are not going back."', 'Sunita Harmon'],
      ['Imaoka told parliament he would "take responsibility" for the defeat.', 'Takeshi Imaoka'],
      ['Mahlangu appeared on CNN\'s "Amanpour", where he said South Africa wanted "peace and justice for all".', 'Sipho Mahlangu'],
      ['"She is wrong," Hawkins said of Adeyemi, adding that the Conservatives "left the country in a mess".', 'Owen Hawkins'],
      ['Harmon: "We are not going back."', 'Sunita Harmon'],
    ]);
  });

  describe('passive and reported cues', () => {
    check([
      ['The remarks were described as "deeply troubling" by Habicht.', 'Marlene Habicht'],
      ['Habicht was quoted as saying the talks were "very constructive".', 'Marlene Habicht'],
      ['Xinhua quoted Qu as saying that China "will never seek hegemony".', 'Qu Hanming'],
      ['The plan was described as "deeply troubling".', null],
    ]);
  });

  describe('pronouns and descriptions', () => {
    check([
      ['Qu met Marden in Lima. "We must manage our differences," he said.', 'Qu Hanming'],
      ['Mrs Adeyemi met Mr Hawkins on Tuesday. "He has no plan," she said.', 'Funmi Adeyemi'],
      ['Mr Hawkins met Mrs Adeyemi on Tuesday. "He has no plan," she said.', 'Funmi Adeyemi'],
      ['Prime Minister Owen Hawkins met Mrs Adeyemi. "We will not back down," the prime minister said.', 'Owen Hawkins'],
      ['European Commission President Annika von der Hoven arrived in Kyiv. "It is time to act," the Commission president said.', 'Annika von der Hoven'],
      ['Marden spoke in Delaware. The 81-year-old said he was "not going anywhere at all".', 'Joe Marden'],
      ['"We are not going back," Harmon said. Marden nodded. She added: "We will win this."', 'Sunita Harmon'],
    ]);
  });

  describe('quotes without a cue of their own', () => {
    check([
      ['"We are not going back," Harmon said. "We are moving forward."', 'Sunita Harmon'],
      ['"We are not going back," Harmon said, "and we will win."', 'Sunita Harmon'],
      ['"We are not going back," Harmon said.\n\n"We are moving forward together."', 'Sunita Harmon'],
      ['Harmon said: "We are not going back.\n\n"We are moving forward together."', 'Sunita Harmon'],
      ['"We are not going back," Harmon said.\nHarris at a rally in Atlanta\n\n"We are moving forward together."', 'Sunita Harmon'],
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
      ['"We are ready to talk," the statement from Hawkins\'s office said.', null],
      ['"We are ready to talk," Hawkins\'s spokesman said.', null],
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
      'Marden told CBS\u2019 \u201cFace the Press.\u201d',
      'Imaoka said in an interview with \u201c60 Minutes\u201d that he was ready.',
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
    const text = 'Talks resumed. "We will not back down," Hawkins told reporters.';
    const [q] = attributeQuotes(text, findQuotes(text), buildEntities(text, PEOPLE));
    assert.strictEqual(text.slice(q.start, q.end), 'We will not back down,');
    assert.ok(q.attribution);
    assert.strictEqual(text.slice(q.attribution.start, q.attribution.end), 'Hawkins told');
  });
});

describe('attributeQuotes in headlines, signatures and sport', () => {
  check([
    ['\u2018We will win\u2019: Özdoğan vows to fight on', 'Mehmet Kaan Özdoğan'],
    ['Özdoğan: \u2018We will win this election\u2019', 'Mehmet Kaan Özdoğan'],
    ['\u201cWe owe our members an answer.\u201d \u2014 Sipho Mahlangu, party leader', 'Sipho Mahlangu'],
    ['Imaoka spoke to the club on Friday. \u201cWe played with heart and deserved the win,\u201d the Japanese striker said.', 'Takeshi Imaoka'],
    ['\u201cThe vote is closer than it looks,\u201d said the senator from Vermont, Sunita Harmon.', 'Sunita Harmon'],
  ]);
});

describe('attributeQuotes after indirect speech', () => {
  check([
    ['Mahlangu said the party would not be divided.\n\n"We will face the voters together and we will win."', 'Sipho Mahlangu'],
    ['"We will win," Harmon said. Mahlangu said later that the party would not be divided.\n\n"We will face the voters together."', 'Sipho Mahlangu'],
    ['Police said the suspect had fled.\n\n"He was armed and dangerous when he left."', null],
    ['Mahlangu met Qu on Monday.\n\n"It was a very good meeting between friends."', null],
  ]);
});

describe('attributeQuotes with several appositives, possessive titles and "it"', () => {
  check([
    ['"We will win," Imaoka, 67, a former defence minister from Tottori, said.', 'Takeshi Imaoka'],
    ['Juca spoke in Brasilia on Monday. Brazil\'s president said the talks were "a waste of everyone\'s time".', 'Juca'],
    ['The European Commission said it would respond. "We will act decisively to protect our interests," it said.', 'European Commission'],
    ['Marden met Qu. "We will act decisively to protect our interests," it said.', null],
  ]);
});

describe('attributeQuotes where "by" is not an agent', () => {
  check([
    ['Harmon said by phone that the campaign was "in very good shape".', 'Sunita Harmon'],
    ['The plan, described by Habicht as "a dangerous gamble", was dropped.', 'Marlene Habicht'],
  ]);
});

describe('attributeQuotes credits every part of a quotation', () => {
  const rows: readonly (readonly [string, readonly (string | null)[]])[] = [
    ['\u201cWe are not going back.\n\n\u201cWe are moving forward together,\u201d Harmon said.', ['Sunita Harmon', 'Sunita Harmon']],
    ['\u201cThe problem,\u201d Hawkins said, \u201cis that nobody listens to the voters.\u201d', ['Owen Hawkins', 'Owen Hawkins']],
    ['Mr Hawkins said at the meeting.\u201dEveryone agrees that this has to change.\u201d', ['Owen Hawkins']],
    ['\u201cWe will win this election,\u201d Harmon said. \u201cThey will not,\u201d Adeyemi replied.', ['Sunita Harmon', 'Funmi Adeyemi']],
  ];
  for (const [text, want] of rows) {
    it(JSON.stringify(text).slice(0, 100), () => {
      const quotes = attributeQuotes(text, findQuotes(text), buildEntities(text, PEOPLE));
      assert.deepStrictEqual(quotes.map(q => q.speakerId), want.map(w => (w === null ? null : slug(w))));
    });
  }
});
