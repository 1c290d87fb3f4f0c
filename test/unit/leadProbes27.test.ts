// Kinds the lead's probes of round 27 found in invented Indigenous-affairs and energy copy: a company named for its
// energy trade ("Tarvik Midstream", "Orrin Pipelines") read as a person, having nothing else of a body; and the name
// before a post that only a body holds ("Tarvik chief executive X", "Orrin founder X") left unknown, as a place before a
// governor's title is; presiding officers styled in Irish and Welsh read as people; a group named as a slogan ending
// in a function word ("Justice Now") read as a person after a title word; and a body after "with" right before a
// participle ("with the X accusing … of “…”") not credited with the quotation. Every sentence and name is invented.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { entityKinds, mentionLabels, rolesOf } from './support/entityQueries';

function speakers(text: string): (string | null)[] {
  const analysis = analyzeText(text);
  return analysis.quotes.map(quote => analysis.entities.find(entity => entity.id === quote.speakerId)?.name ?? null);
}

describe('round 27 lead probes: energy trade names, the name before a body-only post', () => {
  it('reads a name ending in an energy trade word as a company, and its first word alone as the same company', () => {
    assert.deepStrictEqual(mentionLabels('The band signed a deal with Tarvik Midstream on Monday.'), ['o:Tarvik Midstream']);
    assert.deepStrictEqual(entityKinds('Orrin Pipelines will build the line. Orrin said work would start in May.'), ['org:Orrin Pipelines']);
    assert.deepStrictEqual(mentionLabels('Vardo Drilling and Kelso Refining bid for the field.'), ['o:Vardo Drilling', 'o:Kelso Refining']);
  });

  it('leaves a lower-case pipeline after a name to the installation rule', () => {
    assert.ok(!mentionLabels('Gas will flow through the Tarrow export pipelines next year.').some(label => label.startsWith('o:')));
  });

  it('reads the name before a post only a body holds as a body', () => {
    assert.deepStrictEqual(mentionLabels('Tarvik chief executive Graham Ostrowski called it a model.'), ['o:Tarvik', 'p:Graham Ostrowski']);
    assert.deepStrictEqual(mentionLabels('Orrin founder Dana Ruiz left the board in May.'), ['o:Orrin', 'p:Dana Ruiz']);
    assert.deepStrictEqual(entityKinds('We met Tarvik Midstream on Monday.\n\nTarvik chief executive Graham Ostrowski called it a model.'),
      ['org:Tarvik Midstream', 'person:Graham Ostrowski']);
  });

  it('does not read a place, a possessive owner or a politician before other posts as a body', () => {
    assert.ok(!mentionLabels('London chief executive Dana Ruiz confirmed the hires.').includes('o:London'));
    assert.ok(mentionLabels('Dana Kelso\'s chief executive Tom Vane confirmed it.').includes('p:Dana Kelso'));
    assert.ok(!mentionLabels('Kelso spokesman Tom Vane declined to comment.').includes('o:Kelso'));
  });
});

describe('round 27 lead probes: presiding officers styled in Irish and Welsh', () => {
  it('reads "Ceann Comhairle" as the title of the name after it, not as a person', () => {
    assert.deepStrictEqual(mentionLabels('The Ceann Comhairle, Dara Kelleher, allowed two hours for the debate.'), ['p:Dara Kelleher']);
    assert.deepStrictEqual(rolesOf('The Ceann Comhairle, Dara Kelleher, allowed two hours for the debate.', 'Dara Kelleher'), ['Ceann Comhairle']);
    assert.deepStrictEqual(rolesOf('The Llywydd, Elin Rhysward, called the vote.', 'Elin Rhysward'), ['Llywydd']);
  });

  it('leaves "Comhairle" inside a body\'s name to the body', () => {
    assert.ok(mentionLabels('Members of Comhairle Dhún Mharcais met on Monday.').every(label => !label.startsWith('p:')));
  });
});

describe('round 27 lead probes: slogan-named groups, a body speaking in an absolute clause', () => {
  it('reads no person in a group named as a slogan ending in a function word after a title word', () => {
    assert.ok(!mentionLabels('Members of Climate Justice Now marched on Friday.').some(label => label.startsWith('p:')));
    assert.deepStrictEqual(mentionLabels('Members of Justice Noakes\'s court rose on Friday.'), ['p:Noakes']);
  });

  it('credits a body named after "with" right before the participle, not the main clause\'s subject', () => {
    const text = 'Delegates at the Kelso Forum worked late, with the Tarrow Island Alliance accusing rich countries of "holding the fund hostage".';
    assert.deepStrictEqual(speakers(text), ['Tarrow Island Alliance']);
  });

  it('leaves a body that is no subject of the participle to the main clause', () => {
    const text = 'Dana Ruiz met delegates from the Tarrow Island Alliance on Friday, accusing rich countries of "holding the fund hostage".';
    assert.deepStrictEqual(speakers(text), ['Dana Ruiz']);
  });
});
