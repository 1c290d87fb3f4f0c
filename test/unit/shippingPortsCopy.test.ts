// Kinds of shipping, ports and dockworkers copy found by round 36's unseen set (r36-ports, fresh111): salvors, tug and
// terminal operators and stevedores named for their trade; a carrier named "<word> Shipping Line"; a firm's name
// closed by "&" and a second trade word; ship units and jargon in capitals; a port authority named after its town,
// whose first word alone is the town; a port's channel in a sentence about a ship; "An" opening a sentence before a
// body's initials that spell a legal form; a driver named by the first name alone as "a haulier". Every sentence is
// invented.
import * as assert from 'assert';
import { checkCase, mentionLabels, namedMentionLabels, rolesOf, speakerOf, type KindCase } from './support/entityQueries';

const CASES: readonly KindCase[] = [
  {
    title: 'reads a salvor, a tug operator, a terminal operator and stevedores named for their trade as bodies (list org-heads)',
    text: 'Tugs from Marrock Towage stood by while Pellworth Salvage pumped out the hold. Dockers employed by Ardglass Terminals and Corrie Stevedores refused to unload her.',
    exactly: ['o:Marrock Towage', 'o:Pellworth Salvage', 'o:Ardglass Terminals', 'o:Corrie Stevedores'],
  },
  {
    title: 'joins the first word alone to a terminal operator named for its trade (list company-heads)',
    text: 'Ardglass Terminals runs both berths. Staff at Ardglass voted to strike on Friday.',
    named: true,
    exactly: ['o:Ardglass Terminals:Ardglass Terminals', 'o:Ardglass Terminals:Ardglass'],
  },
  {
    title: 'reads "<word> Shipping Line" and "<word> Ferry Line" as carriers, and "the <word> Line" alone as no body (list line-carrier-trades)',
    text: 'The feeder ship, chartered by Brannock Shipping Line, missed her slot. Tolsey Ferry Line cancelled two crossings. Trains on the Hadley Line were cut.',
    exactly: ['o:Brannock Shipping Line', 'o:Tolsey Ferry Line'],
  },
  {
    title: 'keeps a firm\'s name whole across "&" before a second trade word',
    text: 'Crews from Halvard Salvage & Towage boarded the bulker. Halvard Salvage said the hull was sound.',
    named: true,
    exactly: ['o:Halvard Salvage & Towage:Halvard Salvage & Towage', 'o:Halvard Salvage & Towage:Halvard Salvage'],
  },
  {
    title: 'reads ship units and jargon written in capitals as no body (list non-org-acronyms)',
    text: 'The 11,000 TEU ship and a 300,000 DWT VLCC were held. Investigators took the VDR and AIS records.',
    exactly: [],
  },
  {
    title: 'reads the first word of a port body named after its town as the town, not a short form (list port-site-words)',
    text: 'Freight bound for Tarnmouth was diverted. The Tarnmouth Harbour Authority said the berth was shut. Hauliers who rely on Tarnmouth were angry.',
    named: true,
    exactly: ['o:Tarnmouth Harbour Authority:Tarnmouth Harbour Authority'],
  },
  {
    title: 'reads a place before "channel" in a sentence about a ship as the waterway\'s place, not a broadcaster (list waterway-nouns-after)',
    text: 'A dredger worked through the night to reopen the Ellerby channel for the tanker.',
    exactly: [],
  },
  {
    title: 'reads "An" opening a sentence before initials as the article, not a company "An SpA"',
    text: 'The Sandholm Port Authority (SPA) closed the quay. An SPA spokesman said the pilot was experienced.',
    lacks: ['o:An SPA'],
  },
];

describe('shipping, ports and dockworkers copy kinds of round 36 (r36-ports)', () => {
  for (const kindCase of CASES) {
    it(kindCase.title, () => checkCase(kindCase));
  }

  it('credits a pronoun after a carrier\'s post to the person who holds it, the carrier being a body', () => {
    const text = 'Brannock Shipping Line\'s head of operations, Ingrid Solvang, wrote to shippers. "We regret the delay and are rerouting cargo," she said.';
    assert.deepStrictEqual(mentionLabels(text), ['o:Brannock Shipping Line', 'p:Ingrid Solvang']);
    assert.strictEqual(speakerOf(text, 'We regret the delay'), 'Ingrid Solvang');
  });

  it('reads a given name before "a haulier" as a driver with that post, and the trade before a firm\'s name as the firm\'s (list person-plied-trades)', () => {
    const text = '"I have lost three days of work," said Kevin, a haulier from Goole.';
    assert.deepStrictEqual(mentionLabels(text), ['p:Kevin']);
    assert.deepStrictEqual(rolesOf(text, 'Kevin'), ['haulier from Goole']);
    assert.strictEqual(speakerOf(text, 'I have lost'), 'Kevin');
    assert.deepStrictEqual(namedMentionLabels('The haulier Tarrant said it would park 40 lorries.'), ['o:Tarrant:Tarrant']);
    assert.deepStrictEqual(mentionLabels('"The queue is ten miles long," said Janet Tebb, a long-distance haulier.'), ['p:Janet Tebb']);
  });
});
