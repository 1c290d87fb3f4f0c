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
      ['Secretary of State Marco Rocha spoke.', 'Marco Rocha', ['Secretary of State']],
      ['Kremlin chief Vladimir Kazlov agreed.', 'Vladimir Kazlov', ['Kremlin chief']],
      ['UK Prime Minister Sir Owen Hawkins arrived.', 'Owen Hawkins', ['UK Prime Minister', 'Sir']],
      ['Nato Secretary General Mark Hulst warned.', 'Mark Hulst', ['Nato Secretary General']],
      ['European Commission President Annika von der Hoven spoke.', 'Annika von der Hoven', ['European Commission President']],
      ['Mr Brant envoy Steve Holbrook told CNN.', 'Steve Holbrook', ['Brant envoy']],
      ['US Vice-President JD Kessel was there.', 'JD Kessel', ['US Vice-President']],
      ['South Korean President Baek Jin Woo did not attend.', 'Baek Jin Woo', ['South Korean President']],
      ['Speaker of the House Mike Jessup declined.', 'Mike Jessup', ['Speaker of the House']],
      ['Sen. Mark Warden, D-Va., spoke.', 'Mark Warden', ['Sen.']],
      ['The late Pope Anselm was remembered.', 'Anselm', ['Pope']],
      ['Goldman Sachs economist Jan Holtzer wrote a note.', 'Jan Holtzer', ['Goldman Sachs economist']],
      ['Labour MP Diane Ashby spoke.', 'Diane Ashby', ['Labour MP']],
      ['But US Secretary of State Marco Rocha told CBS.', 'Marco Rocha', ['US Secretary of State']],
      ['Army Spokesman Rear Adm. Jane Doe briefed reporters.', 'Jane Doe', ['Army Spokesman', 'Rear Adm.']],
      ['Qatari Prime Minister Sheikh Mohammed bin Nasser Al Kuwari spoke.', 'Mohammed bin Nasser Al Kuwari', ['Qatari Prime Minister', 'Sheikh']],
      ['State Department spokesman Matthew Milner said so.', 'Matthew Milner', ['State Department spokesman']],
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
      ['Mikhail Ulitkin, Russia’s envoy to international organisations in Vienna, said Russia agreed.', 'Mikhail Ulitkin', ['Russia’s envoy to international organisations in Vienna']],
      ['Mr Kazlov also spoke with Kazakhstan’s president, Yerzhan-Arman Sapayev.', 'Yerzhan-Arman Sapayev', ['Kazakhstan’s president']],
      ['The prime minister, Owen Hawkins, backed his chancellor.', 'Owen Hawkins', ['prime minister']],
      ['Funmi Adeyemi, the Conservative leader, accused the government.', 'Funmi Adeyemi', ['Conservative leader']],
      ['Mr Tanui, 55, a former deputy president, paid tribute.', 'Tanui', ['former deputy president']],
      ['Manfred Kellner, leader of the European People’s Party (EPP), spoke.', 'Manfred Kellner', ['leader of the European People’s Party']],
      ['Meanwhile, the Bank of England governor, Andrew Bramley, said rates would fall.', 'Andrew Bramley', ['Bank of England governor']],
      ['His spokesman, Raj Mehra, said Mr Jessup would review it.', 'Raj Mehra', ['spokesman']],
      ['The UN special envoy for Yemen, Jane Doe, said the lists were signed.', 'Jane Doe', ['UN special envoy for Yemen']],
      ['The agency’s head of delegation in Yemen, Jane Doe, said more was needed.', 'Jane Doe', ['agency’s head of delegation in Yemen']],
      ['The meteorological department’s director, Dr Jane Doe, said rain would come.', 'Jane Doe', ['meteorological department’s director', 'Dr']],
      ['Peter Kamau, a 52-year-old maize farmer who lost his house, said so.', 'Peter Kamau', ['52-year-old maize farmer']],
      ['Among the dead was Park Min-seo, a 34-year-old engineer from Busan who had moved there.', 'Park Min-seo', ['34-year-old engineer from Busan']],
      ['Ruth Achieng, an MP for the opposition Democratic Action Party-Kenya (DAP-K), said so.', 'Ruth Achieng', ['MP for the opposition Democratic Action Party-Kenya']],
      ['Rupert Lowry, the former Reform UK MP who is known for his rhetoric, asked a question.', 'Rupert Lowry', ['former Reform UK MP']],
      ['Sen. Lindsey Grayson, R-S.C., the chairman of the Senate Judiciary Committee, objected.', 'Lindsey Grayson', ['Sen.', 'chairman of the Senate Judiciary Committee']],
      ["The band's bassist, Ola Renn, wrote the song.", 'Ola Renn', ["band's bassist"]],
      ['The minister met Fahrettin Altun and the Turkish Presidency’s Communications Director, Ibrahim Yalin, on Friday.', 'Ibrahim Yalin', ['Turkish Presidency’s Communications Director']],
    ];
    for (const [text, name, expected] of cases) {
      it(text, () => assert.deepStrictEqual(rolesOf(text, name), expected));
    }
  });

  describe('not roles', () => {
    const cases: [string, string][] = [
      ['Italian Prime Minister Ornella Marini, an admirer of many of Mr Brant policies, came.', 'Ornella Marini'],
      ['Finnish President Alexander Lund, who has played golf with Mr Brant, came.', 'Alexander Lund'],
      ['Mr Kazlov briefed his close ally, Belarusian President Alexander Dubrovenko, about the talks.', 'Alexander Dubrovenko'],
      ['He turned to his son Rohan Vardhan, who has run the company since 2019.', 'Rohan Vardhan'],
      ['French President Emmanuel Dorval, Italian Prime Minister Ornella Marini and others came.', 'Emmanuel Dorval'],
    ];
    for (const [text, name] of cases) {
      it(text, () => {
        const roles = rolesOf(text, name);
        assert.ok(roles.every(r => !/admirer|who has|ally|Ornella/.test(r)), `unexpected role in ${JSON.stringify(roles)}`);
      });
    }
    it('gives no role for a plural title before a list ("Presidents X and Y")', () => {
      assert.deepStrictEqual(rolesOf('Presidents Kazlov and Brant walking', 'Brant'), []);
    });
    it('attaches nothing to a title that names no one ("the Ukrainian leader said")', () => {
      const a = analyzeText('Yaroslav Koravsky arrived. The Ukrainian leader said he was ready.');
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
    const text = 'US President Donald Brant spoke. Later, US President Donald Brant left. Mr Brant, the US president, returned.';
    assert.deepStrictEqual(rolesOf(text, 'Donald Brant'), ['US President']);
  });
});
