// Speakers found by the whole engine (analyzeText: real recogniser, then quotes) on sentences written
// in several outlets' styles. Each row: the text, the start of one quotation, and the canonical name of
// the entity it is credited to (null: no named speaker).
import * as assert from 'assert';
import { analyzeText } from '../../../src/core/analyze';
import { checkSpeakers, type Row } from './speakerRows';

const check = (rows: readonly Row[]): void => checkSpeakers(rows);

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
      // A floating paragraph after one speaker's words that continues into a part naming another speaker is the later speaker's.
      ['“We will fight on,” the Tarrow Residents’ Association said in a statement.\n\n“It is the wrong road in the wrong place.\n\n“Nobody asked the farmers,” said Jon Brack, who chairs the group.', 'It is the wrong road', 'Jon Brack'],
      ['"The vote was fair," said Mayor Ilsa Marrow.\n\n"The committee read every letter.\n\n"Then it ignored them all," Tobin Vael, a resident, said.', 'The committee read', 'Tobin Vael'],
      // Not when the paragraph before introduces a relayed excerpt with a colon: the name inside it is the excerpt's.
      ['As the Marwick Courier reported on Friday:\n\n"The council would not comment on the vote.\n\n"Tobin Vael said the committee had ignored every letter," the paper wrote.', 'The council would not', 'Marwick Courier'],
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

  describe('subject phrases: brackets, "Ltd.", a person of a body, a body\'s officer', () => {
    check([
      ['The Ghana Medical Association (GMA) said the new rules were "a step backwards for patients" and urged talks.', 'a step backwards', 'Ghana Medical Association'],
      ['Sunfield Agro Ltd., the company that runs the estate, said it was "cooperating fully with investigators" on Monday.', 'cooperating fully', 'Sunfield Agro Ltd'],
      ['Prof Mei-Ling Chua of the National University of Singapore said the result was “genuinely surprising” for a first trial.', 'genuinely surprising', 'Mei-Ling Chua'],
      ['Dr Oluwaseun Bakare at Lagos University Teaching Hospital said the ward was “full every single night” in June.', 'full every single', 'Oluwaseun Bakare'],
      ['The European Fisheries Agency (EFA) funded the study.\n\n“We are proud to have supported this work from the start,” said EFA spokeswoman Ingrid Solberg.', 'We are proud', 'Ingrid Solberg'],
    ]);
  });

  describe('subject phrases: the body speaks when no person holds the office', () => {
    check([
      ['“We are proud to have supported this work from the start,” said the European Fisheries Agency in a statement.', 'We are proud', 'European Fisheries Agency'],
      ['Local radio reported on Monday that the Ghana Medical Association (GMA) said the rules were "a step backwards".', 'a step backwards', 'Ghana Medical Association'],
    ]);
  });

  describe('a body or a document referred back to by its kind', () => {
    check([
      ['Farmers’ group Kisan Ekta Manch said growers had not been paid for weeks. “If they can do this to us, who is safe?” the group said.', 'If they can do', 'Kisan Ekta Manch'],
      ['Ofgem, the energy regulator, opened an inquiry on Monday.\n\n“Customers were overcharged for months,” the regulator said.', 'Customers were', 'Ofgem'],
      ['The party’s spokesman, Tunde Bamidele-Ojo, said in a statement that the party respected the court.\n\n“Our members should remain calm,” the statement said.', 'Our members', 'Tunde Bamidele-Ojo'],
    ]);
  });

  describe('"the group"/"the organization" for the latest body that opened a sentence, this paragraph or the one before', () => {
    check([
      ['The Harbour Trust opened a new ward in Marwick on Friday.\n\n“Every bed here was paid for by our members,” the group said.', 'Every bed here', 'Harbour Trust'],
      ['Residents marched on Monday. The Harlow Coalition issued a statement on Tuesday.\n\n“We were never consulted about the plan,” the organization said.', 'We were never', 'Harlow Coalition'],
    ]);
  });

  describe('a body\'s kind that names no one in the article (false positives to avoid)', () => {
    check([
      ['The Marwick Gazette reported the vote on Monday.\n\n“We were never consulted about the plan,” the group said.', 'We were never', null],
      ['Funding came from the Vell Foundation, Dana Kelso said.\n\n“We were never consulted about the plan,” the group said.', 'We were never', null],
      ['The Vell Foundation spoke first.\n\nResidents marched on Monday.\n\nDana Kelso joined them.\n\n“We were never consulted about the plan,” the group said.', 'We were never', null],
      ['The US Embassy in Manila issued a warning on Monday.\n\n“We are monitoring the situation,” the Chinese embassy said.', 'We are monitoring', null],
      ['Mayor Ines Castillo met the board. “We are not selling,” the group said.', 'We are not selling', null],
    ]);
  });

  describe('colon introductions that end with the writer\'s name', () => {
    check([
      ['21.49 GMT\n\nAn email from Tendai Moyo: "I have followed this club for 30 years and never seen anything like it."', 'I have followed', 'Tendai Moyo'],
      ['A message from Kwabena Asante-Darko: “Please keep the fans in your thoughts tonight, everyone.”', 'Please keep', 'Kwabena Asante-Darko'],
      ['A spokesman for the Ghana Football Association: “We will review the footage before making any decision.”', 'We will review', null],
    ]);
  });

  describe('works named in title case are not speech', () => {
    const rows: readonly [string, string][] = [
      ['Ms Okonjo, whose 2021 memoir, “Fighting Corruption Is Dangerous,” sold widely, said she would stand again.', 'Fighting Corruption'],
      ['Dr. Haruki Sato, who wrote “The Quiet Epidemic,” a history of measles in Japan, said vaccination rates had fallen.', 'The Quiet Epidemic'],
      ['The director, who co-wrote “Rain Over Lagos” with her sister, spoke at the festival.', 'Rain Over Lagos'],
    ];
    for (const [text, title] of rows) {
      it(`${JSON.stringify(text).slice(0, 90)}: “${title}” is a title`, () => {
        assert.ok(!analyzeText(text).quotes.some(q => q.text.startsWith(title)));
      });
    }
    check([
      ['“We Will Not Give Up,” Amina Yusuf wrote on X, hours after the verdict.', 'We Will Not', 'Amina Yusuf'],
    ]);
  });

  describe('descriptions that match an abbreviated title, and occupations that rule a person out', () => {
    check([
      ['The army chief, Gen. Somchai Rattanakul, declined to comment. Asked whether troops would deploy, the general said: “The army will stay in its barracks.”', 'The army will', 'Somchai Rattanakul'],
      ['Sen. Ayanna Brooks opened the hearing.\n\n“We want answers today,” the senator said.', 'We want answers', 'Ayanna Brooks'],
      ['“This is a dangerous moment,” said Arjun Mehta, a political scientist at Delhi University.\n\n“We will hold the line,” the general said.', 'We will hold', null],
    ]);
  });

  describe('a quotation credited by the paragraph after it', () => {
    check([
      ['“We are not going to stop until the job is done.”\n\nThat was the message from Kenyan President William Tanui on Sunday, as protests continued.', 'We are not going', 'William Tanui'],
      ['“We are not going to stop. Not now.\n\n“Not ever.”\n\nThose were the words of Amina Diallo, whose son died in the protests.', 'Not ever', 'Amina Diallo'],
      ['“We are not going to stop. Not now.\n\n“Not ever.”\n\nThose were the words of Amina Diallo, whose son died in the protests.', 'We are not going', 'Amina Diallo'],
      // Two people named: no one is credited.
      ['“We will rebuild every school in this town.”\n\nThat was the pledge as Amina Diallo met Jean-Paul Mbeki on Sunday.', 'We will rebuild', null],
    ]);
  });

  describe('"said the <noun> of X": the phrase describes someone other than X', () => {
    check([
      ['“We are devastated,” said the family of Musa Bello in a statement.', 'We are devastated', null],
      ['“The outlook is weak for everyone,” said the head of the IMF, Desislava Todorova.', 'The outlook is weak', 'Desislava Todorova'],
      ['IMF chief Desislava Todorova spoke first.\n\n“The outlook is weak for everyone,” said the head of the IMF.', 'The outlook is weak', 'Desislava Todorova'],
      ['“It was a fair trial from start to end,” said the President of Kenya, William Tanui.', 'It was a fair trial', 'William Tanui'],
    ]);
  });

  describe('a quotation after a sentence opened by a description of a person, whatever its verb', () => {
    check([
      ['Coach Rafael Quintero spoke after the game. "We gave them two goals and you cannot do that," Quintero said.\n\nThe home coach also thought Emil Rojas was fouled for the winner. "For me it is a clear push, but the referee decided."', 'For me it is', 'Rafael Quintero'],
      ['Mayor Grace Njoroge toured the flooded estate. Residents were angry.\n\nThe mayor looked exhausted. “We have never seen water like this in the city.”', 'We have never', 'Grace Njoroge'],
      ['Police sealed off the street. The spokesman looked tired. “We are asking everyone to stay away from the area.”', 'We are asking', null],
    ]);
  });
});

