// Two outlets' reports of one event name the same people and bodies differently (transliterations, titles kept
// or dropped, given-name variants, a second surname, a club's or a council's form, abbreviations); linking must
// give them one id, and must keep apart the look-alikes news is full of (a father and his son, a company named
// after its founder, two tiers of one council, a brother and a sister). Invented names throughout.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { linkAnalyses } from '../../src/core/link';
import { SPELLING_RULES, translit, vowelVariantsAgree } from '../../src/core/linkSpellings';
import { StreamLinker } from '../../src/core/linkStream';
import type { DocumentAnalysis } from '../../src/core/model';

function entityWith(a: DocumentAnalysis, mention: string) {
  return a.entities.find(e => e.mentions.some(m => m.text === mention));
}

function idOf(a: DocumentAnalysis, mention: string): string | undefined {
  return entityWith(a, mention)?.id;
}

function linked(a: string, b: string): [DocumentAnalysis, DocumentAnalysis] {
  const [la, lb] = linkAnalyses([analyzeText(a), analyzeText(b)]);
  return [la, lb];
}

describe('spelling rules of the comparison key (linkSpellings.ts)', () => {
  for (const rule of SPELLING_RULES) {
    it(`${rule.id}: makes its pairs one and keeps its others apart`, () => {
      for (const [left, right] of rule.same) {
        assert.strictEqual(translit(left), translit(right), `${left} / ${right}`);
      }
      for (const [left, right] of rule.apart) {
        assert.notStrictEqual(translit(left), translit(right), `${left} / ${right}`);
      }
    });
  }

  it('lets given names differ by transliterated vowels only', () => {
    for (const [left, right] of [['mohammed', 'muhammad'], ['khalid', 'khaled'], ['youssef', 'yusuf'], ['ahmed', 'ahmad']]) {
      assert.ok(vowelVariantsAgree(left, right), `${left} / ${right}`);
    }
    // Another vowel (a / o, a / i), a final vowel that marks gender, a short name.
    for (const [left, right] of [['darren', 'doreen'], ['marek', 'mirek'], ['mario', 'maria'], ['dana', 'dina']]) {
      assert.ok(!vowelVariantsAgree(left, right), `${left} / ${right}`);
    }
  });
});

describe('cross-document variants of one name', () => {
  const cases: [string, string, string, string, string][] = [
    ['Ukrainian romanisation (-iuk / -yuk, -iia / -ia)',
      'Yuliia Hnatiuk, head of the grid company, said repairs had begun.', 'Yuliia Hnatiuk',
      'Grid chief Yulia Hnatyuk said two turbines would run by October.', 'Yulia Hnatyuk'],
    ['Arabic given names and particles (Mohammed / Muhammad, Khalid / Khaled, al- / Al, doubled letters)',
      'Sheikh Mohammed bin Khalid al-Qasimi hosted the talks.', 'Mohammed bin Khalid al-Qasimi',
      'The talks were chaired by Sheikh Muhammad bin Khaled Al Qassimi, a veteran mediator.', 'Muhammad bin Khaled Al Qassimi'],
    ['q / g and ou / u (Qaddouri / Gadduri)',
      'Colonel Hamza Qaddouri ordered the shutdown in May.', 'Hamza Qaddouri',
      'Col Hamza Gadduri closed the ports in May.', 'Hamza Gadduri'],
    ['ou / u in a given name, el- / Al before a surname',
      'Youssef el-Sharif, chairman of the oil company, said loading would resume.', 'Youssef el-Sharif',
      'Yusuf Al Sharif, head of the oil company, said exports could restart.', 'Yusuf Al Sharif'],
    ['a title kept in the name, a diminutive, a middle initial (Cllr Bill / William J.)',
      'Council leader William J. Ashcombe said the scheme was approved.', 'William J. Ashcombe',
      'Leader of the council, Cllr Bill Ashcombe, said: "We got it over the line."', 'Bill Ashcombe'],
    ['a second surname left out (Spanish names)',
      'Coach Luis de la Fuente Ortiz praised his players.', 'Luis de la Fuente Ortiz',
      'Luis de la Fuente, in his second season, said the players knew what to do.', 'Luis de la Fuente'],
    ['a council with and without its tier',
      'Marwick Borough Council will spend £12m on flood walls.', 'Marwick Borough Council',
      'Councillors at Marwick Council voted for the walls on Thursday.', 'Marwick Council'],
    ['a club with its form written out and abbreviated',
      'An embankment will be built beside the ground of Marwick Rovers Football Club.', 'Marwick Rovers Football Club',
      'Marwick Rovers FC will also benefit from the embankment.', 'Marwick Rovers FC'],
    ['an abbreviation that takes two letters of a word',
      'The Association of Lakeside Townships sent 40 observers.', 'Association of Lakeside Townships',
      'Observers from the ALAT were sent to every district.', 'ALAT'],
    ['a hyphenated compound given name and the same without its hyphen opening a sentence',
      'The president of the commission, Jean-Marc Obiang, blamed the weather.', 'Jean-Marc Obiang',
      'Jean Marc Obiang, head of the commission, said voting materials had arrived.', 'Jean Marc Obiang'],
    ['a government body with its head noun first and last',
      'The Department of Fisheries opened an inquiry on Monday.', 'Department of Fisheries',
      'The Fisheries Department said the inquiry would take months.', 'Fisheries Department'],
    ['a body named with its country in one report and without it in the other',
      'The U.S. Department of Coastal Safety declined to comment.', 'U.S. Department of Coastal Safety',
      'A spokesman for the Coastal Safety Department said nothing.', 'Coastal Safety Department'],
    ['a UN office named with "United Nations" in one report and as "the UN\'s" office in the other',
      'The United Nations Flood Recovery Office (UNFRO) sent a team on Monday.', 'United Nations Flood Recovery Office',
      'In Geneva, the UN\'s Flood Recovery Office said roads were cut.', 'Flood Recovery Office'],
    ['a UN office named "Office for …" with "United Nations" in one report and after "the UN\'s" in the other',
      'The United Nations Office for Flood Recovery (UNOFR) sent a team on Monday.', 'United Nations Office for Flood Recovery',
      'In Geneva, the UN\'s Office for Flood Recovery said roads were cut.', 'Office for Flood Recovery'],
    ['a company with its legal form "SA" in one report and without it in the other',
      'Shares in Tarnow SA fell 4% after the ruling.', 'Tarnow SA',
      'Shares in Tarnow fell 4% on Monday.', 'Tarnow'],
    ['a law firm with "LLP" in one report and without it in the other',
      'The claimants were represented by Dunmore & Pike LLP, which declined to comment.', 'Dunmore & Pike LLP',
      'A partner at Dunmore & Pike said the firm would appeal.', 'Dunmore & Pike'],
    ['diacritics and a hyphenated given name written with a space',
      'Jean-Baptiste Okemba, who heads the commission, blamed the weather. Hélène Dufrêne-Bastide said it was too early.', 'Hélène Dufrêne-Bastide',
      'The chief observer, Helene Dufrene-Bastide, said it was too soon to judge.', 'Helene Dufrene-Bastide'],
  ];
  for (const [what, a, inA, b, inB] of cases) {
    it(`links ${what}`, () => {
      const [la, lb] = linked(a, b);
      assert.ok(idOf(la, inA), `"${inA}" found in A`);
      assert.ok(idOf(lb, inB), `"${inB}" found in B`);
      assert.strictEqual(idOf(la, inA), idOf(lb, inB));
    });
  }

  it('joins a club\'s name without its opening word within one article ("Tornes" for "Real Tornes")', () => {
    const a = analyzeText('Almenar beat Real Tornes 3-2 after extra time. Tornes defender Diego Ferro was sent off.');
    const club = entityWith(a, 'Real Tornes');
    assert.ok(club, 'the club found');
    assert.strictEqual(entityWith(a, 'Tornes'), club);
  });

  it('joins a surname opened by a particle to the full name with a second surname, within one article', () => {
    const a = analyzeText('Coach Luis de la Fuente Ortiz praised his players. "They knew," said de la Fuente.');
    const coach = entityWith(a, 'Luis de la Fuente Ortiz');
    assert.ok(coach, 'the coach found');
    assert.strictEqual(entityWith(a, 'de la Fuente'), coach);
  });

  it('joins a given name and the first of two surnames to the full name, within one article, in either order', () => {
    const a = analyzeText('Tarrow MP Idris Penhale Ostby lost the vote. "Tomorrow I will call Idris Penhale," said Dana Kelso Marr. Penhale did not reply.');
    const mp = entityWith(a, 'Idris Penhale Ostby');
    assert.ok(mp, 'the MP found');
    assert.strictEqual(entityWith(a, 'Idris Penhale'), mp);
    assert.strictEqual(entityWith(a, 'Penhale'), mp);
    const b = analyzeText('Orla Vardo said the count was fair. Later the tribunal\'s head, Orla Vardo Kelso, certified it.');
    assert.strictEqual(entityWith(b, 'Orla Vardo'), entityWith(b, 'Orla Vardo Kelso'));
  });

  it('keeps apart two people whose full names share a given name and first surname', () => {
    const a = analyzeText('Ivo Sandal Ruiz and his cousin Ivo Sandal Marr both stood. Ivo Sandal did not comment.');
    assert.notStrictEqual(entityWith(a, 'Ivo Sandal Ruiz'), entityWith(a, 'Ivo Sandal Marr'));
    assert.notStrictEqual(entityWith(a, 'Ivo Sandal'), entityWith(a, 'Ivo Sandal Ruiz'));
  });

  it('keeps a body whose name opens with a given name a body', () => {
    const a = analyzeText('Will Power Group said it would appeal the ruling.');
    assert.strictEqual(entityWith(a, 'Will Power Group')?.kind, 'org');
  });

  it('reads a body named with "for" or "Community of" whole', () => {
    const a = analyzeText('The Northern Bank for Regional Development lent €400 million. The Economic Community of Lakeside States sent observers.');
    assert.ok(entityWith(a, 'Northern Bank for Regional Development'), 'the bank read whole');
    assert.ok(entityWith(a, 'Economic Community of Lakeside States'), 'the community read whole');
  });

  it('links a club\'s form and a body\'s head noun first or last in corpus mode as well', () => {
    for (const [left, right] of [['Marwick Rovers Football Club', 'Marwick Rovers FC'], ['Department of Fisheries', 'Fisheries Department']]) {
      const linker = new StreamLinker();
      const [first] = linker.link([{ kind: 'org', name: left, aliases: [] }]);
      const [second] = linker.link([{ kind: 'org', name: right, aliases: [] }]);
      assert.strictEqual(second.id, first.id, `${left} / ${right}`);
    }
  });
});

describe('cross-document look-alikes that stay apart', () => {
  it('keeps a father and his son apart', () => {
    const [la, lb] = linked('Aldo Ferrante, 88, founded the business in 1962. His son Luca Ferrante runs it.',
      'Chief executive Luca Ferrante will stay in charge.');
    assert.strictEqual(idOf(la, 'Luca Ferrante'), idOf(lb, 'Luca Ferrante'));
    assert.notStrictEqual(idOf(la, 'Aldo Ferrante'), idOf(lb, 'Luca Ferrante'));
  });

  it('keeps a company named after its founder apart from the founder', () => {
    const [la, lb] = linked('Aldo Ferrante founded the tyremaker in a garage in 1962.', 'Shares in Ferrante Group rose 29% on Monday.');
    assert.ok(idOf(la, 'Aldo Ferrante') && idOf(lb, 'Ferrante Group'), 'both found');
    assert.notStrictEqual(idOf(la, 'Aldo Ferrante'), idOf(lb, 'Ferrante Group'));
  });

  it('keeps two people of one surname apart when their given names differ by more than a transliteration', () => {
    for (const [a, inA, b, inB] of [
      ['Darren Vell, a farmer, said the river rose overnight.', 'Darren Vell', 'Doreen Vell, a teacher, said the school was closed.', 'Doreen Vell'],
      ['Mario Sandri, the club doctor, said the player was fine.', 'Mario Sandri', 'Maria Sandri, a fan, said the final was unforgettable.', 'Maria Sandri'],
      ['Miriam Kelso, the club doctor, treated the midfielder.', 'Miriam Kelso', 'Winger Jordan Kelso scored twice.', 'Jordan Kelso'],
    ]) {
      const [la, lb] = linked(a, b);
      assert.ok(idOf(la, inA) && idOf(lb, inB), `${inA} and ${inB} found`);
      assert.notStrictEqual(idOf(la, inA), idOf(lb, inB), `${inA} / ${inB}`);
    }
  });

  /** Each article's mention has an id of its own after linking all three. */
  function allApart(articles: readonly (readonly [string, string])[]): void {
    const analyses = linkAnalyses(articles.map(([text]) => analyzeText(text)));
    const ids = analyses.map((analysis, at) => idOf(analysis, articles[at][1]));
    assert.ok(ids.every(Boolean), `all found: ${ids.join(', ')}`);
    assert.strictEqual(new Set(ids).size, articles.length, ids.join(', '));
  }

  it('keeps "University of X" and "X University" apart, and two countries\' ministries', () => {
    const [la, lb] = linked('The University of Marwick admitted 400 students.', 'Marwick University admitted 300 students.');
    assert.ok(idOf(la, 'University of Marwick') && idOf(lb, 'Marwick University'), 'both found');
    assert.notStrictEqual(idOf(la, 'University of Marwick'), idOf(lb, 'Marwick University'));
    allApart([
      ['The Canada Fisheries Ministry issued a statement.', 'Canada Fisheries Ministry'],
      ['The Norway Fisheries Ministry issued a statement.', 'Norway Fisheries Ministry'],
    ]);
  });

  it('keeps two tiers of one place apart, and gives the tierless name to neither', () => {
    allApart([
      ['Marwick City Council approved the budget.', 'Marwick City Council'],
      ['Marwick County Council rejected the budget.', 'Marwick County Council'],
      ['Marwick Council said talks would continue.', 'Marwick Council'],
    ]);
  });

  it('gives a shortened name to neither of two longer ones it begins', () => {
    allApart([
      ['Marcus Tan Wei Ming, the chief executive, said the deal was done.', 'Marcus Tan Wei Ming'],
      ['Marcus Tan Boon Lee, a rival bidder, said he would appeal.', 'Marcus Tan Boon Lee'],
      ['Marcus Tan said the price was fair.', 'Marcus Tan'],
    ]);
  });

  it('keeps a society of two words apart from the company named by its first word (only a legal form leaves one word)', () => {
    allApart([
      ['The Tarnow Society said the hall would close.', 'Tarnow Society'],
      ['Shares in Tarnow SA fell 4% after the ruling.', 'Tarnow SA'],
    ]);
  });

  it('keeps an abbreviation that two bodies could spell apart from both', () => {
    allApart([
      ['The Association of Lakeside Townships met on Monday.', 'Association of Lakeside Townships'],
      ['The Alliance of Lakeland Traders met on Tuesday.', 'Alliance of Lakeland Traders'],
      ['The ALAT said the meeting went well.', 'ALAT'],
    ]);
  });
});

describe('a firm named by its partners, with and without its trade noun, across reports (round 15)', () => {
  it('links "Harrow & Quill Securities" in one report with "Harrow & Quill" in the other', () => {
    const [a, b] = linked(
      'Harrow & Quill Securities will cut 300 jobs. Dana Kelso, the chief executive of Harrow & Quill Securities, said the cuts were painful.',
      'Harrow & Quill is cutting jobs, its chief executive Dana Kelso said on Tuesday.');
    assert.ok(idOf(a, 'Harrow & Quill Securities'));
    assert.strictEqual(idOf(a, 'Harrow & Quill Securities'), idOf(b, 'Harrow & Quill'));
  });

  it('keeps a company apart from its holding company when no ampersand names partners', () => {
    const [a, b] = linked('Tarvell Logistics Holdings bought a depot in Marwick on Monday.', 'Tarvell Logistics opened a depot in Marwick on Monday.');
    assert.ok(idOf(a, 'Tarvell Logistics Holdings') && idOf(b, 'Tarvell Logistics'));
    assert.notStrictEqual(idOf(a, 'Tarvell Logistics Holdings'), idOf(b, 'Tarvell Logistics'));
  });
});
