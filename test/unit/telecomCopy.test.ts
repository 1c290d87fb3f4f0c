// Kinds of telecoms, broadband and spectrum copy found by round 30's unseen set (r30-telecom, fresh91): network parts
// and standards written as letters read as bodies ("its IMS core", "FTTP broadband"); an operator's kind as letters
// ("MNO", "MVNO") before its name or alone; a multiword digital portfolio before a minister's name; a regulator's
// rulebook "General Conditions" read as a general named Conditions; a broker's firm after "stockbrokers" read as a
// person; a regulator's remit of two subjects joined by "and" after "Commission for". Every sentence is invented.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { mentionLabels, rolesOf } from './support/entityQueries';

describe('telecoms, broadband and spectrum copy kinds of round 30 (r30-telecom)', () => {
  it('reads network parts and standards written as letters as no body', () => {
    const text = 'Brannock Telecom said the fault hit its IMS core and the HSS, taking down VoLTE calls, LTE data and FTTP lines, so phones could not roam onto rival RANs.';
    assert.deepStrictEqual(mentionLabels(text), ['o:Brannock Telecom']);
  });

  it('reads an operator\'s kind written as letters as no body, alone or in the plural', () => {
    assert.deepStrictEqual(mentionLabels('Its MVNO partners were hit, two MVNOs said, and an ISP was fined.'), []);
  });

  it('reads an operator\'s kind as letters before a name as the kind of the body named after it', () => {
    assert.deepStrictEqual(mentionLabels('Danish MNO Skarvell has blamed a faulty update for the outage.'), ['o:Skarvell']);
    assert.deepStrictEqual(mentionLabels('Orvane, an MVNO, said its customers were cut off too.'), ['o:Orvane']);
  });

  it('reads a multiword digital portfolio before a minister\'s name as the post', () => {
    const text = 'Minister for Digital Infrastructure Jocasta Penhallow-Reid said operators must share masts. Penhallow-Reid will meet them on Friday.';
    assert.deepStrictEqual(mentionLabels(text), ['p:Jocasta Penhallow-Reid', 'p:Penhallow-Reid']);
    assert.deepStrictEqual(rolesOf(text, 'Jocasta Penhallow-Reid'), ['Minister for Digital Infrastructure']);
    assert.deepStrictEqual(mentionLabels('Minister for Telecommunications Oskar Vantongeren opened the exchange.'), ['p:Oskar Vantongeren']);
  });

  it('reads a regulator\'s "General Conditions" as a rulebook, not a general\'s name', () => {
    assert.deepStrictEqual(mentionLabels('The watchdog said the firm had breached the General Conditions of entitlement.'), []);
    assert.deepStrictEqual(mentionLabels('Fines are set out in the General Provisions, the regulator said.'), []);
    assert.ok(mentionLabels('General Idris Mbeki-Tran inspected the troops.').includes('p:Idris Mbeki-Tran'));
  });

  it('reads a firm named after "stockbrokers" or "brokers" as a body', () => {
    assert.ok(mentionLabels('Elsbeth Carrow, of stockbrokers Fennick Dray, said margins would fall.').includes('o:Fennick Dray'));
    assert.ok(mentionLabels('The target was cut by brokers Ormsby Tull on Monday.').includes('o:Ormsby Tull'));
  });

  it('keeps a regulator\'s remit of two subjects joined by "and" inside its name', () => {
    const text = 'Under the rules set by the Authority for Communications and Postcodes, operators must report outages.';
    assert.deepStrictEqual(mentionLabels(text), ['o:Authority for Communications and Postcodes']);
    assert.deepStrictEqual(mentionLabels('The Office for Water and Sewerage said bills would rise.'), ['o:Office for Water and Sewerage']);
    assert.strictEqual(analyzeText('Talks between the Department for Transport and Network Rail ended.').entities.length, 2);
  });
});
