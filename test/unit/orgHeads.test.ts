// Organisations recognised by the shape of their names: an industry noun at the end ("… Semiconductor"),
// a German or Dutch compound ending in an organisation noun, and named storms and operations that are things.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';

function kinds(text: string): string[] {
  return analyzeText(text).entities
    .flatMap(e => e.mentions.map(m => ({ start: m.start, label: `${e.kind === 'person' ? 'p' : 'o'}:${m.text}` })))
    .sort((x, y) => x.start - y.start)
    .map(m => m.label);
}

describe('organisations named by their shape', () => {
  const cases: [string, string[]][] = [
    ['Daewon Semiconductor said on Monday it would buy Marusei Optics for $2bn.', ['o:Daewon Semiconductor', 'o:Marusei Optics']],
    ['Shares in Kavali Petroleum and Oyelaran Textiles fell.', ['o:Kavali Petroleum', 'o:Oyelaran Textiles']],
    ['Investors sold Tata Steel and bought Rongsheng Chemicals.', ['o:Tata Steel', 'o:Rongsheng Chemicals']],
    ['The Biju Janata Dal walked out of the assembly.', ['o:Biju Janata Dal']],
    ['The Deutscher Bauernverband rejected the plan.', ['o:Deutscher Bauernverband']],
    ['A spokesman for Hessische Landesbank declined to comment.', ['o:Hessische Landesbank']],
  ];
  for (const [sentence, expected] of cases) {
    it(sentence, () => assert.deepStrictEqual(kinds(sentence), expected));
  }

  it('reads a legal form with its full stop before a possessive as the legal form ("Inc.’s")', () => {
    assert.deepStrictEqual(kinds('The order covers every lot of Pebbleton Foods Inc.’s pouches. Pebbleton CEO Garrett Lindvall apologized.'),
      ['o:Pebbleton Foods Inc.', 'o:Pebbleton', 'p:Garrett Lindvall']);
    assert.deepStrictEqual(kinds("Shares of Vardo Holdings Corp.'s unit fell."), ['o:Vardo Holdings Corp.']);
  });

  it('keeps a school whose name holds a place word ("State", "Valley") a body, not a place', () => {
    assert.deepStrictEqual(kinds('Staff at Carrow State University and Dunmore Valley College went on strike.'),
      ['o:Carrow State University', 'o:Dunmore Valley College']);
    assert.deepStrictEqual(kinds('The river floods the Dunmore Valley every spring.'), []);
  });

  it('reads a periodical "Journal of X" whole as a body, not a journal and a person', () => {
    assert.deepStrictEqual(kinds('The study appeared on Wednesday in the Journal of Coastal Toxicology.'), ['o:Journal of Coastal Toxicology']);
  });

  it('reads an advocacy group "<people> for <cause>" whole, but not voters for a named person', () => {
    assert.deepStrictEqual(kinds('Money from Citizens for Clean Harbors poured in. She founded Parents for Safe Shelves in 2021.'),
      ['o:Citizens for Clean Harbors', 'o:Parents for Safe Shelves']);
    assert.deepStrictEqual(kinds('Mayor Dana Kelso spoke first. Voters for Dana Kelso outnumbered her critics.'), ['p:Dana Kelso', 'p:Dana Kelso']);
  });

  it('reads a campaigning body "<Campaign> to <Verb> <cause>" whole, but not "to" before a name or after another noun', () => {
    assert.deepStrictEqual(kinds('The Campaign to Protect Rural Vardo said the plan was reckless. The Alliance to End Marwick Hunger met on Monday.'),
      ['o:Campaign to Protect Rural Vardo', 'o:Alliance to End Marwick Hunger']);
    assert.deepStrictEqual(kinds('Dana Kelso spoke to Tom Wrede. The fund gave a grant to Marwick Rovers.'),
      ['p:Dana Kelso', 'p:Tom Wrede', 'o:Marwick Rovers']);
    assert.deepStrictEqual(kinds('Vardo Council to Tom Wrede: pay up. The Coalition to Marwick Rovers was a surprise.').filter(label => label.includes(' to ')), []);
  });

  it('reads a club, party or school named "<head> for <cause>" whole, but not one left "for" a place', () => {
    assert.deepStrictEqual(kinds('The Marwick Club for Fair Taxes said the plan was reckless. Taxpayers for Fair Rates held a rally.')
      .filter(label => label.includes(' for ')), ['o:Marwick Club for Fair Taxes', 'o:Taxpayers for Fair Rates']);
    assert.deepStrictEqual(kinds('The Kelso Clinic for the Elderly closed on Monday.'), ['o:Kelso Clinic for the Elderly']);
    assert.deepStrictEqual(kinds('Tom Wrede left the Tarrow Party for Marwick. Republicans for Dana Kelso met.').filter(label => label.includes(' for ')), []);
  });

  it('reads a second "for" inside a body named with "of" whole before a common word, not before a place', () => {
    assert.deepStrictEqual(kinds('The Board of Control for Fisheries said the quota was cut.'), ['o:Board of Control for Fisheries']);
    assert.deepStrictEqual(kinds('The Institute of Directors for Marwick said the tax was unfair.')[0], 'o:Institute of Directors');
  });

  it('reads a group "Friends of <place>" whole, opening a sentence or after "the", but not friends of a named person', () => {
    assert.deepStrictEqual(kinds('Friends of Kelso Woods, a volunteer group, will plant trees. The Friends of Marwick Library raised funds.'),
      ['o:Friends of Kelso Woods', 'o:Friends of Marwick Library']);
    assert.deepStrictEqual(kinds('Mayor Dana Kelso spoke first. Friends of Dana Kelso said she was tired.'), ['p:Dana Kelso', 'p:Dana Kelso']);
  });

  it('takes a town in capitals before a dash as a dateline, and a town after "a" before a body noun as its home', () => {
    assert.deepStrictEqual(kinds('MARWICK — Researchers at Carrow University found lead.\n\nParents for Safe Shelves, a Marwick group, said so.'),
      ['o:Carrow University', 'o:Parents for Safe Shelves']);
  });

  it('reads a picture credit as prose: its photographer and outlet are named, not a headline', () => {
    assert.deepStrictEqual(kinds('Dana Kelso greets voters in Marwick. (Photo: Tom Rellick for The Marwick Ledger)'),
      ['p:Dana Kelso', 'p:Tom Rellick', 'o:Marwick Ledger']);
    assert.deepStrictEqual(kinds('Dana Kelso tests samples in a lab. (Jordan Pellow / Courier)'), ['p:Dana Kelso', 'p:Jordan Pellow', 'o:Courier']);
  });

  it('reads a lone "PAC" as the common noun and a "… Lab" as a body', () => {
    assert.deepStrictEqual(kinds('A super PAC backing Dana Kelso, Harbor Voters PAC, spent $2 million. The PAC’s treasurer resigned.'),
      ['p:Dana Kelso', 'o:Harbor Voters PAC']);
    assert.deepStrictEqual(kinds('A survey by the Marwick Politics Lab put Dana Kelso ahead.'), ['o:Marwick Politics Lab', 'p:Dana Kelso']);
  });

  it('keeps the short form of an industry-named company with the company, not as a person', () => {
    const a = analyzeText('Daewon Semiconductor will pay in cash. Daewon said the deal would close in May.');
    const daewon = a.entities.filter(e => e.mentions.some(m => m.text === 'Daewon'));
    assert.strictEqual(daewon.length, 1);
    assert.strictEqual(daewon[0].kind, 'org');
    assert.strictEqual(daewon[0].mentions.length, 2);
  });

  it('still reads a title before a department as a title, not an organisation', () => {
    assert.deepStrictEqual(kinds('Energy Secretary Chris Wendell met Secretary of Energy Jennifer Grantley.'), ['p:Chris Wendell', 'p:Jennifer Grantley']);
  });
});

describe('named storms and operations are not people', () => {
  const cases: [string, string[]][] = [
    ['Cyclone Remal hit the coast on Sunday, officials said.', []],
    ['Typhoon Gaemi forced Taiwan Power to cut supplies.', ['o:Taiwan Power']],
    ['Operation Sindoor began at dawn, Anil Chauhan said.', ['p:Anil Chauhan']],
  ];
  for (const [sentence, expected] of cases) {
    it(sentence, () => assert.deepStrictEqual(kinds(sentence), expected));
  }
});

describe('an organisation called by the noun its name is built on', () => {
  function entityOf(text: string, mention: string) {
    return analyzeText(text).entities.find(e => e.mentions.some(m => m.text === mention));
  }

  it('joins "the Commission" to the one "… Commission" of the article', () => {
    const e = entityOf('The African Union Commission met in Addis Ababa. The Commission said the vote was fair.', 'Commission');
    assert.strictEqual(e?.name, 'African Union Commission');
    assert.strictEqual(e?.mentions.length, 2);
  });

  it('joins "Parliament" and "the Bank" to "European Parliament" and "Bank of Korea"', () => {
    const text = 'The European Parliament will vote in May. Parliament is divided. The Bank of Korea held rates; the Bank said prices were stable.';
    assert.strictEqual(entityOf(text, 'Parliament')?.name, 'European Parliament');
    assert.strictEqual(entityOf(text, 'Bank')?.name, 'Bank of Korea');
  });

  it('leaves the noun alone when two organisations of the article are built on it', () => {
    const text = 'The Federal Trade Commission and the European Commission disagree. The Commission declined to comment.';
    const lone = entityOf(text, 'Commission');
    assert.ok(!lone || lone.mentions.every(m => m.text === 'Commission'), `joined ${lone?.name}`);
  });

  it('reads "National Disaster Response Force" as one organisation', () => {
    assert.deepStrictEqual(kinds('Teams from the National Disaster Response Force reached Puri.'), ['o:National Disaster Response Force']);
  });
});

describe('"and" inside an organisation name at the start of a sentence', () => {
  it('keeps "The Securities and Exchange Commission" whole, as it does mid-sentence', () => {
    assert.deepStrictEqual(kinds('The Securities and Exchange Commission sued the lender.'), ['o:Securities and Exchange Commission']);
  });

  it('still splits two complete names joined by "and"', () => {
    assert.deepStrictEqual(kinds('The Adani Group and Vedanta Resources said nothing.'), ['o:Adani Group', 'o:Vedanta Resources']);
  });
});

describe('places named after "the city of", and nouns inside compounds', () => {
  it('reads a name after "the resort of" as a place, never a person', () => {
    assert.deepStrictEqual(kinds('Talks in the Egyptian resort of Sharm el-Sheikh ended, Holbrook Partners said.'), ['o:Holbrook Partners']);
  });

  it('finds a person after a kinship compound ("son-in-law X"), which is no thing noun', () => {
    assert.deepStrictEqual(kinds("Mr Kuznetsov's son-in-law Arkady Belov attended."), ['p:Kuznetsov', 'p:Arkady Belov']);
  });

  it('still reads "the law X" style things as things', () => {
    assert.deepStrictEqual(kinds('The warship Sierra Madre sailed.'), []);
  });

  it('reads "… Forum" as an organisation', () => {
    assert.deepStrictEqual(kinds('The Hostages and Missing Families Forum said it was a step.'), ['o:Hostages and Missing Families Forum']);
  });
});

describe('long "of"/"for" organisation names', () => {
  it('continues a name across a second "of" once inside an organisation name', () => {
    assert.deepStrictEqual(kinds('The Institute for the Study of War said so.'), ['o:Institute for the Study of War']);
  });

  it('reads "… Headquarters for the Treatment of …" as one organisation', () => {
    assert.deepStrictEqual(kinds('The Coordination Headquarters for the Treatment of Prisoners of War said 84 men were freed.'),
      ['o:Coordination Headquarters for the Treatment of Prisoners of War']);
  });

  it('reads a body whose remit lists its subjects with commas and "and" as one organisation, and its initials as that body', () => {
    assert.deepStrictEqual(kinds('The Ministry of Fisheries, Forestry and Harbours said the quota would rise. MFFH said it was final.'),
      ['o:Ministry of Fisheries, Forestry and Harbours', 'o:MFFH']);
    assert.strictEqual(analyzeText('The Ministry of Fisheries, Forestry and Harbours said the quota would rise. MFFH said it was final.').entities.length, 1);
    assert.deepStrictEqual(kinds('The Tarsian Committee on Tides, Harbours, and Fisheries met on Monday.'), ['o:Tarsian Committee on Tides, Harbours, and Fisheries']);
  });

  it('keeps bodies listed after a body\'s name apart (names, places, a name going on into another body)', () => {
    assert.deepStrictEqual(kinds('Staff from the Ministry of Defence, Oxfam and Unicef met on Monday.'), ['o:Ministry of Defence', 'o:Oxfam', 'o:Unicef']);
    assert.deepStrictEqual(kinds('The Bank of Tarsia, Marwick and Kelso Holdings said so.').includes('o:Bank of Tarsia'), true);
    assert.deepStrictEqual(kinds('The Department of Fisheries, Treasury and State Department declined to comment.')[0], 'o:Department of Fisheries');
  });

  it('does not run a person into "of"', () => {
    assert.deepStrictEqual(kinds('Amina Bello of Lagos said so.').filter(k => k.startsWith('p:')), ['p:Amina Bello']);
  });
});

describe('a possessive owner before a title', () => {
  it('reads "Donald Brant\'s envoy X" as two people, the owner too', () => {
    const a = analyzeText("Donald Brant's envoy Steve Holbrook arrived. Brant met him later.");
    assert.deepStrictEqual(a.entities.map(e => `${e.kind}:${e.name}:${e.mentions.length}`), ['person:Donald Brant:2', 'person:Steve Holbrook:1']);
    assert.deepStrictEqual(a.entities[1].roles.map(r => r.text), ["Donald Brant's envoy"]);
  });
});

describe('political parties named without "party"', () => {
  it('reads Labour, the Liberal Democrats and the SNP as organisations, and leaves lower-case "labour" alone', () => {
    assert.deepStrictEqual(kinds('Labour said the labour market was weak; the Liberal Democrats and the SNP disagreed.'), ['o:Labour', 'o:Liberal Democrats', 'o:SNP']);
  });
});

describe('wire credits, middle initials, workplaces and bodies joined by "and"', () => {
  it('finds the people of a wire credit line, middle initials and hyphenated Korean given names included', () => {
    const a = analyzeText('Shares rose.\n\n(Reporting by Tomás R. Villanueva and Kim Jae-won in Seoul; Editing by Priyanka Iyer)');
    assert.deepStrictEqual(a.entities.map(e => `${e.kind}:${e.name}`), ['person:Tomás R. Villanueva', 'person:Kim Jae-won', 'person:Priyanka Iyer']);
  });

  it('reads the workplace after "an analyst at" as a body', () => {
    assert.deepStrictEqual(kinds('"It is a big win," said Odile Marchetti, an analyst at Kepler.'), ['p:Odile Marchetti', 'o:Kepler']);
  });

  it('keeps an acronym and a following company apart', () => {
    assert.deepStrictEqual(kinds('The deal could hurt AMD and Taiwan Semiconductor Manufacturing Co.'), ['o:AMD', 'o:Taiwan Semiconductor Manufacturing Co']);
  });
});

describe('clipped short names of bodies', () => {
  it('reads "the Fed" as the Federal Reserve, and leaves "fed up" alone', () => {
    const a = analyzeText("The Federal Reserve held rates. Investors are fed up, but the Fed's chair said the Fed would wait.");
    assert.deepStrictEqual(a.entities.map(e => `${e.kind}:${e.name}:${e.mentions.length}`), ['org:Federal Reserve:3']);
  });

  it('knows more broadcasters by name ("in a Fox Business interview")', () => {
    assert.deepStrictEqual(kinds('Scott Benning said in a Fox Business interview that rates were too high.'), ['p:Scott Benning', 'o:Fox Business']);
  });
});

describe('bodies compromise takes for places, and well-known agencies', () => {
  it('reads "the State Department" as a body even when its words are tagged as places', () => {
    assert.deepStrictEqual(kinds('The State Department declined to comment.'), ['o:State Department']);
    assert.deepStrictEqual(kinds('Settlers in the West Bank clashed with soldiers.'), []);
  });

  it('knows aid agencies named without an organisation noun', () => {
    assert.deepStrictEqual(kinds('The World Food Programme and Doctors Without Borders warned of famine.'), ['o:World Food Programme', 'o:Doctors Without Borders']);
  });
});
