// Speakers found by the whole engine (analyzeText: real recogniser, then quotes) on sentences written
// in several outlets' styles. Each row: the text, the start of one quotation, and the canonical name of
// the entity it is credited to (null: no named speaker).
import * as assert from 'assert';
import { analyzeText } from '../../../src/core/analyze';

type Row = readonly [text: string, quoteStart: string, speaker: string | null];

function speakerOf(text: string, quoteStart: string): string | null | undefined {
  const analysis = analyzeText(text);
  const quote = analysis.quotes.find(q => q.text.startsWith(quoteStart));
  if (!quote) {
    return undefined;
  }
  return quote.speakerId === null ? null : analysis.entities.find(e => e.id === quote.speakerId)?.name;
}

function check(rows: readonly Row[]): void {
  for (const [text, quoteStart, want] of rows) {
    it(`${JSON.stringify(text).slice(0, 100)} → ${want ?? 'null'}`, () => {
      assert.strictEqual(speakerOf(text, quoteStart), want);
    });
  }
}

describe('speakers in news copy (whole engine)', () => {
  describe('inverted cue with an abbreviated honorific ("said Dr. X")', () => {
    check([
      ['“It is a remarkable result,” said Dr. Nomvula Dlamini-Khumalo, a virologist at the University of Cape Town. “But one season is not enough.”', 'But one season', 'Nomvula Dlamini-Khumalo'],
      ['"The plant was never safe," said Sen. Harold Whitcombe, R-Ohio, the ranking member.', 'The plant was', 'Harold Whitcombe'],
      ['“We expect more rain,” said Prof. Kwame Mensah-Bonsu of the national weather agency.', 'We expect more', 'Kwame Mensah-Bonsu'],
      ['“Nobody told us anything,” said Gov. Lorraine Okafor.', 'Nobody told', 'Lorraine Okafor'],
    ]);
  });

  describe('quotations over paragraphs and paragraphs of quotation without a cue', () => {
    check([
      ['Foreign Minister Aiko Tanaka said the talks had been difficult. “Nothing is agreed\n\n“until everything is agreed,” she said.', 'Nothing is agreed', 'Aiko Tanaka'],
      ['Union organiser Siobhan Gallagher read out the last message a worker had sent his brother.\n\n“The smell is back. Nobody is listening.”\n\nInvestigators are still at the site.', 'The smell is back', 'Siobhan Gallagher'],
      ['Head coach Rafael Quintero spoke to reporters after the match:\n\n“We gave away two goals. You cannot do that at this level.”', 'We gave away', 'Rafael Quintero'],
      ['Sipho Nkosi, the mine’s safety officer, walked the tunnel on Tuesday.\n\n“It is worse than last year. Much worse.\n\n“Nobody should go down there.”', 'Nobody should go', 'Sipho Nkosi'],
    ]);
  });

  describe('descriptions: occupations and other words for the same office', () => {
    check([
      ['The ruling was read by Justice Folasade Adeyemi-Bello.\n\n“No court may ignore the documents before it,” the judge said.', 'No court may', 'Folasade Adeyemi-Bello'],
      ['The weather service’s director, Dr Tomasz Wieczorek, said more rain was on the way.\n\n“The ground is saturated,” the forecaster warned.', 'The ground is', 'Tomasz Wieczorek'],
      ['Dr Ana Lucía Ferreyra, who led the trial, said the results were strong. Critics were less sure.\n\n“We need a second season of data,” the epidemiologist added.', 'We need a second', 'Ana Lucía Ferreyra'],
    ]);
  });

  describe('no named speaker (false positives to avoid)', () => {
    check([
      ['Minister Aiko Tanaka met farmers on Monday.\n\n“We were promised water,” a farmer said.', 'We were promised', null],
      ['The company said it was cooperating. “We are reviewing every site,” a spokeswoman said.', 'We are reviewing', null],
    ]);
  });
});

