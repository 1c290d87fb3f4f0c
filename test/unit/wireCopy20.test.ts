// Kinds of round 20's agency wire set (fresh49): a football results block and a minister's resignation abroad, as
// 1990s news agencies wrote them. Every sentence is invented.
import * as assert from 'assert';
import { mentionLabels } from './support/entityQueries';
import { checkSpeakers } from './quotes/speakerRows';

describe('agency wire copy (r20-wire)', () => {
  describe('a score\'s label in a results block is no side of the match (list score-labels)', () => {
    it('drops "Halftime" before a score', () => {
      const found = mentionLabels('Kelso Rovers 2 (Brandt 12) Vardo Town 1 (Pell 80). Halftime 1-1. Attendance 9,120.');
      assert.ok(!found.some(label => label.includes('Halftime')), found.join(' | '));
      assert.ok(found.includes('o:Kelso Rovers'), found.join(' | '));
    });

    it('keeps a side written beside a score', () => {
      assert.ok(mentionLabels('Tarrow 1-1 Marwick on Saturday.').includes('o:Tarrow'));
    });
  });

  describe('a Scandinavian or central European club ends in its form\'s initials (club-form-endings, org-heads)', () => {
    it('reads "X IF", "X BK" and "X FF" as clubs', () => {
      const found = mentionLabels('Orla Brandt, signed from Danish club Tarrow IF in the close season, scored twice. Kelso BK beat Vardo FF 2-1.');
      for (const club of ['o:Tarrow IF', 'o:Kelso BK', 'o:Vardo FF']) {
        assert.ok(found.includes(club), `${club} in ${found.join(' | ')}`);
      }
    });

    it('leaves "IF" opening a headline in capitals alone', () => {
      assert.deepStrictEqual(mentionLabels('IF THE RAIN HOLDS, WE WILL PLAY.'), []);
    });
  });

  describe('a bank named in a Slavic language ends in "Banka" (org-heads)', () => {
    it('reads the bank, and not the town owning it, as the workplace', () => {
      const found = mentionLabels('"Rates will hold," said Orla Brandt, an economist at Tarrow\'s Vardska Banka.');
      assert.ok(found.includes('o:Vardska Banka'), found.join(' | '));
      assert.ok(!found.includes('o:Tarrow'), found.join(' | '));
    });

    it('still reads a workplace after an occupation and "at"', () => {
      assert.ok(mentionLabels('"Demand is soft," said an analyst at Brenmoor.').includes('o:Brenmoor'));
    });
  });

  describe('"the X captain" names the person the article calls "X skipper", and the other way round (SAME_OFFICE)', () => {
    checkSpeakers([
      ['Kelso skipper Tom Wrede was booked. Ivo Sandal was sent off later.\n\n"We were poor," the Kelso captain said.', 'We were poor', 'Tom Wrede'],
      ['Kelso captain Tom Wrede was booked. Ivo Sandal was sent off later.\n\n"We were poor," the Kelso skipper said.', 'We were poor', 'Tom Wrede'],
    ]);
  });

  describe('"the statement said" goes to the name right before "said in a statement" that closes a sentence', () => {
    checkSpeakers([
      ['Dana Marwick resigned on Tuesday, the Kelso Ministry said in a statement.\n\nMarwick, 44, had threatened to quit.\n\n"The minister can no longer meet the targets," the statement said.', 'The minister can', 'Kelso Ministry'],
      // The name opening the sentence issued the statement when it is the one before "said in a statement".
      ['Dana Marwick said in a statement on Tuesday that she would resign.\n\nThe Kelso Ministry gave no details.\n\n"I can no longer meet the targets," the statement said.', 'I can no longer', 'Dana Marwick'],
    ]);
  });
});
