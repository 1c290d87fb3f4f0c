// Roles: titles before a name, appositives after it, "the prime minister, X"; as written, once per document,
// each with its span. Table rows are [text, person, expected roles].
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';

function rolesOf(text: string, name: string): string[] {
  const a = analyzeText(text);
  const e = a.entities.find(x => x.name === name);
  assert.ok(e, `no entity named ${name} in ${JSON.stringify(a.entities.map(x => x.name))}`);
  for (const r of e.roles) {
    assert.strictEqual(text.slice(r.start, r.end), r.text, 'a role is exactly its span');
  }
  return e.roles.map(r => r.text);
}

describe('roles', () => {
  describe('titles before a name', () => {
    const cases: [string, string, string[]][] = [
      ['Secretary of State Marco Rubio spoke.', 'Marco Rubio', ['Secretary of State']],
      ['Kremlin chief Vladimir Putin agreed.', 'Vladimir Putin', ['Kremlin chief']],
      ['UK Prime Minister Sir Keir Starmer arrived.', 'Keir Starmer', ['UK Prime Minister', 'Sir']],
      ['Nato Secretary General Mark Rutte warned.', 'Mark Rutte', ['Nato Secretary General']],
      ['European Commission President Ursula von der Leyen spoke.', 'Ursula von der Leyen', ['European Commission President']],
      ['Mr Trump envoy Steve Witkoff told CNN.', 'Steve Witkoff', ['Trump envoy']],
      ['US Vice-President JD Vance was there.', 'JD Vance', ['US Vice-President']],
      ['South Korean President Yoon Suk Yeol did not attend.', 'Yoon Suk Yeol', ['South Korean President']],
      ['Speaker of the House Mike Johnson declined.', 'Mike Johnson', ['Speaker of the House']],
      ['Sen. Mark Warner, D-Va., spoke.', 'Mark Warner', ['Sen.']],
      ['The late Pope Francis was remembered.', 'Francis', ['Pope']],
      ['Goldman Sachs economist Jan Hatzius wrote a note.', 'Jan Hatzius', ['Goldman Sachs economist']],
      ['Labour MP Diane Abbott spoke.', 'Diane Abbott', ['Labour MP']],
      ['But US Secretary of State Marco Rubio told CBS.', 'Marco Rubio', ['US Secretary of State']],
      ['Army Spokesman Rear Adm. Jane Doe briefed reporters.', 'Jane Doe', ['Army Spokesman', 'Rear Adm.']],
      ['Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani spoke.', 'Mohammed bin Abdulrahman Al Thani', ['Qatari Prime Minister', 'Sheikh']],
      ['State Department spokesman Matthew Miller said so.', 'Matthew Miller', ['State Department spokesman']],
      // A band's members by their instrument or place in the band (invented).
      ['Frontman Dario Kell told reporters the tour had sold out.', 'Dario Kell', ['Frontman']],
      ['Drummer Pike said the band would play on.', 'Pike', ['Drummer']],
      ['Former guitarist Ines Morrow now runs a studio.', 'Ines Morrow', ['Former guitarist']],
    ];
    for (const [text, name, expected] of cases) {
      it(text, () => assert.deepStrictEqual(rolesOf(text, name), expected));
    }
  });

  describe('appositives and "the title, Name"', () => {
    const cases: [string, string, string[]][] = [
      ['Mikhail Ulyanov, Russia’s envoy to international organisations in Vienna, said Russia agreed.', 'Mikhail Ulyanov', ['Russia’s envoy to international organisations in Vienna']],
      ['Mr Putin also spoke with Kazakhstan’s president, Kassym-Jomart Tokayev.', 'Kassym-Jomart Tokayev', ['Kazakhstan’s president']],
      ['The prime minister, Keir Starmer, backed his chancellor.', 'Keir Starmer', ['prime minister']],
      ['Kemi Badenoch, the Conservative leader, accused the government.', 'Kemi Badenoch', ['Conservative leader']],
      ['Mr Ruto, 55, a former deputy president, paid tribute.', 'Ruto', ['former deputy president']],
      ['Manfred Weber, leader of the European People’s Party (EPP), spoke.', 'Manfred Weber', ['leader of the European People’s Party']],
      ['Meanwhile, the Bank of England governor, Andrew Bailey, said rates would fall.', 'Andrew Bailey', ['Bank of England governor']],
      ['His spokesman, Raj Shah, said Mr Johnson would review it.', 'Raj Shah', ['spokesman']],
      ['The UN special envoy for Yemen, Jane Doe, said the lists were signed.', 'Jane Doe', ['UN special envoy for Yemen']],
      ['The agency’s head of delegation in Yemen, Jane Doe, said more was needed.', 'Jane Doe', ['agency’s head of delegation in Yemen']],
      ['The meteorological department’s director, Dr Jane Doe, said rain would come.', 'Jane Doe', ['meteorological department’s director', 'Dr']],
      ['Peter Kamau, a 52-year-old maize farmer who lost his house, said so.', 'Peter Kamau', ['52-year-old maize farmer']],
      ['Among the dead was Park Min-seo, a 34-year-old engineer from Busan who had moved there.', 'Park Min-seo', ['34-year-old engineer from Busan']],
      ['Ruth Achieng, an MP for the opposition Democratic Action Party-Kenya (DAP-K), said so.', 'Ruth Achieng', ['MP for the opposition Democratic Action Party-Kenya']],
      ['Rupert Lowe, the former Reform UK MP who is known for his rhetoric, asked a question.', 'Rupert Lowe', ['former Reform UK MP']],
      ['Sen. Lindsey Graham, R-S.C., the chairman of the Senate Judiciary Committee, objected.', 'Lindsey Graham', ['Sen.', 'chairman of the Senate Judiciary Committee']],
      ["The band's bassist, Ola Renn, wrote the song.", 'Ola Renn', ["band's bassist"]],
      ['The minister met Fahrettin Altun and the Turkish Presidency’s Communications Director, Ibrahim Kalin, on Friday.', 'Ibrahim Kalin', ['Turkish Presidency’s Communications Director']],
    ];
    for (const [text, name, expected] of cases) {
      it(text, () => assert.deepStrictEqual(rolesOf(text, name), expected));
    }
  });

  describe('not roles', () => {
    const cases: [string, string][] = [
      ['Italian Prime Minister Giorgia Meloni, an admirer of many of Mr Trump policies, came.', 'Giorgia Meloni'],
      ['Finnish President Alexander Stubb, who has played golf with Mr Trump, came.', 'Alexander Stubb'],
      ['Mr Putin briefed his close ally, Belarusian President Alexander Lukashenko, about the talks.', 'Alexander Lukashenko'],
      ['He turned to his son Rohan Vardhan, who has run the company since 2019.', 'Rohan Vardhan'],
      ['French President Emmanuel Macron, Italian Prime Minister Giorgia Meloni and others came.', 'Emmanuel Macron'],
    ];
    for (const [text, name] of cases) {
      it(text, () => {
        const roles = rolesOf(text, name);
        assert.ok(roles.every(r => !/admirer|who has|ally|Giorgia/.test(r)), `unexpected role in ${JSON.stringify(roles)}`);
      });
    }
    it('gives no role for a plural title before a list ("Presidents X and Y")', () => {
      assert.deepStrictEqual(rolesOf('Presidents Putin and Trump walking', 'Trump'), []);
    });
    it('attaches nothing to a title that names no one ("the Ukrainian leader said")', () => {
      const a = analyzeText('Volodymyr Zelensky arrived. The Ukrainian leader said he was ready.');
      assert.deepStrictEqual(a.entities[0].roles, []);
    });
  });

  describe('science and environment copy (invented)', () => {
    const cases: [string, string, string[]][] = [
      ['Dr Idris Marl, a seabird ecologist at the University of Tarlow, led the count.', 'Idris Marl', ['Dr', 'seabird ecologist at the University of Tarlow']],
      ['Glaciologist Orla Venn said the ice had thinned.', 'Orla Venn', ['Glaciologist']],
      ['Prof Tam Ruddle, an oceanographer at Kelso University, said so.', 'Tam Ruddle', ['Prof', 'oceanographer at Kelso University']],
      ['Co-author Dr Lise Harrow analysed the footage.', 'Lise Harrow', ['Co-author', 'Dr']],
      ["The reserve's warden, Bryn Tallis, said the birds were late.", 'Bryn Tallis', ["reserve's warden"]],
      ['A co-author, Prof Ewan Brack FRSE, of the Kelso Institute, said the sea had warmed.', 'Ewan Brack', ['co-author', 'Prof']],
    ];
    for (const [text, name, expected] of cases) {
      it(text, () => {
        assert.deepStrictEqual(rolesOf(text, name), expected);
      });
    }
  });

  it('lists each role once per document, in order of first appearance', () => {
    const text = 'US President Donald Trump spoke. Later, US President Donald Trump left. Mr Trump, the US president, returned.';
    assert.deepStrictEqual(rolesOf(text, 'Donald Trump'), ['US President']);
  });
});
